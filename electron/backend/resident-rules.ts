import type { HandlerContext } from './context';
import { nowIso } from './context';
import { fieldError } from './app-error';
import type { ResidentFields } from './db/repositories/residents';

/** The rules every write of a resident follows, from the form and from an import alike. */
const PERSONAL = ['name', 'houseNumber', 'phone', 'email', 'roles', 'ageBand', 'profile', 'complexId'] as const;

/**
 * AVG: the append-only audit log never holds personal data, so an erasure leaves nothing behind. Entries say
 * which fields changed, not their values.
 */
export function redactedChanges(before: Partial<ResidentFields> | null, after: ResidentFields) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of PERSONAL) {
    if (!before || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      changes[field] = { from: '[persoonsgegeven]', to: '[persoonsgegeven]' };
  }
  return changes;
}

/** Contact details are kept only with a consent: an earlier one, or one given now with its purpose. */
export function consentFor(
  ctx: HandlerContext,
  fields: ResidentFields,
  purpose: string | undefined,
  existing: { at: string | null; purpose: string | null; by: string | null } | undefined,
  byId: string,
  /** When the consent was given, if earlier than now (an imported register); YYYY-MM-DD. */
  givenOn?: string,
) {
  const hasContact = fields.phone !== null || fields.email !== null;
  if (purpose) return { at: givenOn ? `${givenOn}T00:00:00.000Z` : nowIso(ctx), purpose, by: byId };
  if (existing?.at && existing.purpose && existing.by)
    return { at: existing.at, purpose: existing.purpose, by: existing.by };
  if (hasContact) throw fieldError(fields.phone !== null ? 'phone' : 'email', 'err.resident.consentRequired');
  return null;
}
