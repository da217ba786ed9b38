import type { Result } from '../../../shared/contract/errors';
import { refused } from '../error-envelope';
import { OfflineError, RefusedError } from './team-client';

/** An unreachable server or the server's refusal, as the answer to the user; anything else is a fault. */
export function asRefusal(error: unknown): Result<never> {
  if (error instanceof OfflineError) return refused('CONFLICT', 'err.team.unreachable');
  if (error instanceof RefusedError) return { ok: false, error: error.error };
  throw error;
}
