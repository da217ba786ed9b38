import { Worker } from 'node:worker_threads';
import { type Db, driverForWorker, WORKER_OPEN } from './connection';

/**
 * The app's connection checkpoints only when the WAL holds this many pages (40 MB): the backstop should the
 * checkpoint worker be gone, so the WAL cannot grow without end.
 */
const BACKSTOP_PAGES = 10_000;
const EVERY_MS = 250;

// A connection of its own that copies committed pages from the WAL into the database file, PASSIVE so it never
// waits for or blocks a writer; synchronous=FULL so the database file is fsynced as SQLite's own checkpoint does.
const CHECKPOINT_WORKER = `${WORKER_OPEN}
  const { parentPort, workerData } = require('node:worker_threads');
  const db = open(workerData.file, { fileMustExist: true });
  db.pragma('synchronous = FULL');
  const checkpoint = () => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} };
  const timer = setInterval(checkpoint, workerData.everyMs);
  parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.close(); });`;

/**
 * Moves WAL checkpoints off the commit path. With SQLite's automatic checkpoint, every ~50th create paid for
 * copying a thousand pages into the database file inside the user's commit (2.3–8 ms, against 0.6 ms for the
 * rest); a worker thread now does that every quarter second. Durability is unchanged: a commit is durable when
 * its WAL frames are fsynced (synchronous=FULL), whoever checkpoints them later. Returns a stop function.
 */
export function checkpointInBackground(db: Db): () => void {
  let worker: Worker;
  try {
    worker = new Worker(CHECKPOINT_WORKER, {
      eval: true,
      workerData: { file: db.name, driver: driverForWorker(), everyMs: EVERY_MS },
    });
  } catch {
    return () => {};
  }
  // Without the worker (it failed to start or died) the app's connection checkpoints as before.
  const restore = () => db.open && db.pragma('wal_autocheckpoint = 1000');
  worker.once('error', restore);
  worker.unref();
  db.pragma(`wal_autocheckpoint = ${BACKSTOP_PAGES}`);
  return () => {
    worker.off('error', restore);
    worker.postMessage('stop');
  };
}
