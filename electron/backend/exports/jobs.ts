import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportStatus } from '../../../shared/contract/exports';
import { AppError } from '../app-error';
import { pacedBy, pause } from '../pacing';

/**
 * Export jobs: a workbook is written to `<id>.part.xlsx` in the data folder's exports/ and only renamed to
 * `<id>.xlsx` (the name the download route serves) when it is complete, so a cancelled or failed export never
 * leaves a file that looks finished. Jobs live in memory; a job nobody asks about for ten minutes is dropped.
 */
export interface Job extends ExportStatus {
  partPath: string;
  finalPath: string;
  cancelRequested: boolean;
  expiry: NodeJS.Timeout;
  /** Releases what the writer holds when the job is dropped unfinished (a grid export whose page went away). */
  onDrop?: () => Promise<void>;
}

const IDLE_MS = 10 * 60 * 1000;
const jobs = new Map<string, Job>();

const status = ({ id, state, done, total, rows }: Job): ExportStatus => ({ id, state, done, total, rows });

function keepAlive(job: Job) {
  clearTimeout(job.expiry);
  job.expiry = setTimeout(() => {
    jobs.delete(job.id);
    if (job.state !== 'bezig') return;
    void (job.onDrop?.() ?? Promise.resolve()).finally(() => rmSync(job.partPath, { force: true }));
  }, IDLE_MS);
  job.expiry.unref();
}

/** Exports are for downloading, not for keeping: files older than a day are removed when the next one starts. */
function sweepOldExports(folder: string, now: number) {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    // A file another export removed meanwhile has nothing left to sweep.
    const modified = statSync(path, { throwIfNoEntry: false })?.mtimeMs;
    if (modified !== undefined && now - modified > 24 * 60 * 60 * 1000) rmSync(path, { force: true });
  }
}

export function startJob(dataDir: string, id: string, total: number): Job {
  const folder = join(dataDir, 'exports');
  mkdirSync(folder, { recursive: true });
  sweepOldExports(folder, Date.now());
  const job: Job = {
    id,
    state: 'bezig',
    done: 0,
    total,
    rows: 0,
    partPath: join(folder, `${id}.part.xlsx`),
    finalPath: join(folder, `${id}.xlsx`),
    cancelRequested: false,
    expiry: setTimeout(() => {}, 0),
  };
  jobs.set(id, job);
  keepAlive(job);
  return job;
}

export function jobOf(id: string): Job {
  const job = jobs.get(id);
  if (!job) throw new AppError('NOT_FOUND', 'err.export.unknown');
  keepAlive(job);
  return job;
}

export const jobStatus = (id: string) => status(jobOf(id));

/**
 * Asks a running job to stop; the writer notices between pages, removes its part file and says 'geannuleerd'.
 * A job that finished just before the click is cancelled too: its file is removed, as the user asked.
 */
export function requestCancel(id: string): ExportStatus {
  const job = jobOf(id);
  if (job.state === 'bezig') job.cancelRequested = true;
  if (job.state === 'klaar') {
    rmSync(job.finalPath, { force: true });
    job.state = 'geannuleerd';
  }
  return status(job);
}

export function progress(job: Job, done: number, rows = job.rows) {
  job.done = Math.min(done, job.total);
  job.rows = rows;
}

export function finish(job: Job, outcome: 'klaar' | 'geannuleerd' | 'mislukt') {
  if (outcome === 'klaar' && existsSync(job.partPath)) renameSync(job.partPath, job.finalPath);
  else rmSync(job.partPath, { force: true });
  job.state = outcome;
  if (outcome === 'klaar') job.done = job.total;
  return status(job);
}

/** Runs a writer in the background: the call that started it returns at once, the renderer polls the status. */
export function runInBackground(job: Job, write: () => Promise<void>) {
  void write().then(
    () => finish(job, job.cancelRequested ? 'geannuleerd' : 'klaar'),
    (error: unknown) => {
      console.error(`Samenspel: export ${job.id} failed`, error);
      finish(job, 'mislukt');
    },
  );
}

/** Between pages of rows: lets other calls (status, cancel, saves) through, and says whether to stop. */
async function yieldAndCheck(job: Job): Promise<boolean> {
  await pause();
  return job.cancelRequested;
}

/** Lets other calls through about every 20 ms of the job's work; `pause()` answers whether the job was cancelled. */
export const pacedJob = (job: Job) => pacedBy(() => yieldAndCheck(job), 20);
