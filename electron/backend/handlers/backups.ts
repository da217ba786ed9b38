import { AppError } from '../app-error';
import { backupDir, createBackup, listBackups, stageRestore } from '../db/backups';
import { actor } from '../context';
import type { HandlerGroup } from './types';

export const backupHandlers: HandlerGroup<'backups:list' | 'backups:create' | 'backups:restore'> = {
  'backups:list': (_input, ctx) => ({ folder: backupDir(ctx.info.dataDir), backups: listBackups(ctx.info.dataDir) }),

  'backups:create': (_input, ctx) => {
    actor(ctx);
    return createBackup(ctx.db, ctx.info.dataDir, 'handmatig', ctx.clock.now());
  },

  'backups:restore': async ({ file }, ctx) => {
    actor(ctx);
    // A laptop in a team gets its data from the team server; an old copy would only be overwritten or diverge.
    if (ctx.team.status().mode === 'team') throw new AppError('CONFLICT', 'err.backup.team');
    if (!listBackups(ctx.info.dataDir).some((b) => b.file === file))
      throw new AppError('NOT_FOUND', 'err.backup.unknown');
    await createBackup(ctx.db, ctx.info.dataDir, 'voor-terugzetten', ctx.clock.now());
    stageRestore(ctx.info.dataDir, file);
    return { staged: file };
  },
};
