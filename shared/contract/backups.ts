import { z } from 'zod';
import { method } from './method';

/** A verified backup: when, why, and what it holds (read back from the copy itself). */
export interface BackupInfo {
  file: string;
  reason: string;
  createdAt: string;
  schemaVersion: number;
  complexes: number;
  initiatives: number;
  residents: number;
  bytes: number;
}

/**
 * A backup's file name: when it was made (UTC, to the second, and since this version to the millisecond, so two
 * copies made within one second never share a file) and why.
 */
export const BACKUP_FILE_NAME = /^samenspel-(\d{8}-\d{6})(?:-\d{3})?-([a-z-]+)\.db$/;
const backupFile = z.string().regex(BACKUP_FILE_NAME, { error: 'err.backup.unknown' });

export const backupMethods = {
  /** The backups in the backup folder, newest first, with their date and counts. */
  'backups:list': method<{ folder: string; backups: BackupInfo[] }>()(z.object({}).strict().default({}), {
    reads: ['settings'],
  }),
  /** "Back-up maken": a verified backup now. */
  'backups:create': method<BackupInfo>()(z.object({}).strict().default({}), { changes: ['settings'], sync: 'local' }),
  /** "Terugzetten": puts this backup back at the next start (after a backup of the current state). */
  'backups:restore': method<{ staged: string }>()(z.object({ file: backupFile }).strict(), {
    changes: ['settings'],
    sync: 'local',
  }),
} as const;
