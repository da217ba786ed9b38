import { randomBytes } from 'node:crypto';
import type { EncryptionStatus } from '../../../shared/contract/encryption';
import { AppError } from '../app-error';
import { actor, type HandlerContext } from '../context';
import type { HandlerGroup } from './types';
import { cipherInstalled, isMarkedEncrypted, markEncrypted, recoveryKeyText } from '../db/encryption';

/** Why this installation cannot be encrypted now (a translation key), or null. */
function unavailable(ctx: HandlerContext): string | null {
  const { custody, cipherBinding } = ctx.encryption;
  if (!custody) return 'err.encryption.noCustody';
  return custody.unavailable() ?? (cipherInstalled(cipherBinding) ? null : 'err.encryption.noDriver');
}

function status(ctx: HandlerContext): EncryptionStatus {
  const { custody, active } = ctx.encryption;
  const state = active ? 'encrypted' : isMarkedEncrypted(ctx.info.dataDir) ? 'pending' : 'plain';
  return {
    state,
    custody: custody?.kind ?? null,
    where: custody?.kind === 'file' ? custody.where : null,
    unavailable: state === 'plain' ? unavailable(ctx) : null,
  };
}

export const encryptionHandlers: HandlerGroup<'encryption:status' | 'encryption:enable'> = {
  'encryption:status': (_input, ctx) => status(ctx),

  'encryption:enable': (_input, ctx) => {
    actor(ctx);
    if (status(ctx).state !== 'plain') throw new AppError('CONFLICT', 'err.encryption.already');
    const reason = unavailable(ctx);
    if (reason) throw new AppError('CONFLICT', reason);
    // The key is in safe keeping before the marker says the installation is encrypted: a crash in between leaves a
    // kept key, and the next start encrypts with it.
    const key = randomBytes(32);
    ctx.encryption.custody!.save(key);
    markEncrypted(ctx.info.dataDir, ctx.encryption.custody!, ctx.clock.now());
    return { recoveryKey: recoveryKeyText(key) };
  },
};
