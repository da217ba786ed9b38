import type { ErrorBody, Result } from '../../../shared/contract/errors';
import nl from '../../../shared/i18n/nl.json';
import { translate } from '../../../shared/i18n/translate';
import { OfflineError, RefusedError } from './team-client';

/** The sync's own refusals, with their Dutch message (like the registry's). */
export const refusal = (code: ErrorBody['code'], messageKey: string): Result<never> => ({
  ok: false,
  error: { code, messageKey, message: translate(nl, messageKey) },
});

/** An unreachable server or the server's refusal, as the answer to the user; anything else is a fault. */
export function asRefusal(error: unknown): Result<never> {
  if (error instanceof OfflineError) return refusal('CONFLICT', 'err.team.unreachable');
  if (error instanceof RefusedError) return { ok: false, error: error.error };
  throw error;
}
