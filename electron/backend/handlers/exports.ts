import { AppError } from '../app-error';
import { actor } from '../context';
import { uuidv7 } from '../db/ids';
import { appendGridRows, beginGrid, closeGrid, isGridExport } from '../exports/grid-xlsx';
import { finish, jobOf, jobStatus, progress, requestCancel, runInBackground, startJob } from '../exports/jobs';
import { writeOverview } from '../exports/overview-xlsx';
import type { HandlerGroup } from './types';

type ExportMethods =
  | 'exports:overview'
  | 'exports:status'
  | 'exports:cancel'
  | 'exports:gridBegin'
  | 'exports:gridRows'
  | 'exports:gridFinish';

/** Workbooks written in the backend with progress and cancel; the file is downloaded from /api/exports/<id>.xlsx. */
export const exportHandlers: HandlerGroup<ExportMethods> = {
  'exports:overview': ({ filters }, ctx) => {
    actor(ctx);
    const job = startJob(ctx.info.dataDir, uuidv7(), ctx.repos.exports.overviewSize(filters));
    runInBackground(job, () => writeOverview(ctx, job, filters));
    return jobStatus(job.id);
  },

  'exports:status': ({ id }, ctx) => {
    actor(ctx);
    return jobStatus(id);
  },

  'exports:cancel': async ({ id }, ctx) => {
    actor(ctx);
    const job = jobOf(id);
    if (isGridExport(id)) {
      await closeGrid(job);
      return finish(job, 'geannuleerd');
    }
    return requestCancel(id);
  },

  'exports:gridBegin': ({ sheet, total, columns }, ctx) => {
    actor(ctx);
    const job = startJob(ctx.info.dataDir, uuidv7(), total);
    beginGrid(job, sheet, columns);
    return jobStatus(job.id);
  },

  'exports:gridRows': ({ id, rows }, ctx) => {
    actor(ctx);
    const job = jobOf(id);
    if (!isGridExport(id)) throw new AppError('CONFLICT', 'err.export.notRunning');
    const added = appendGridRows(job, rows);
    progress(job, job.rows + added, job.rows + added);
    return jobStatus(id);
  },

  'exports:gridFinish': async ({ id }, ctx) => {
    actor(ctx);
    const job = jobOf(id);
    if (!isGridExport(id)) throw new AppError('CONFLICT', 'err.export.notRunning');
    await closeGrid(job, true);
    return finish(job, 'klaar');
  },
};
