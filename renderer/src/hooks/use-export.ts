import { useRef, useState } from 'react';
import type { ExportStatus } from '../../../shared/contract/exports';
import { call } from '../bridge/api';
import { downloadUrl } from '../grid/download';

export type Progress = { done: number; total: number };
type Outcome = ExportStatus['state'];
/** One export: reports progress, stops when the signal fires, hands the file over, and says how it ended. */
export type ExportWork = (onProgress: (progress: Progress) => void, signal: AbortSignal) => Promise<Outcome>;

/**
 * Runs one export at a time with a progress bar and cancel, and remembers whether the last one was cancelled or failed.
 */
export function useExport() {
  const [progress, setProgress] = useState<Progress | null>(null);
  const [ended, setEnded] = useState<Outcome | null>(null);
  const controller = useRef<AbortController | null>(null);
  async function run(work: ExportWork) {
    const current = new AbortController();
    controller.current = current;
    setEnded(null);
    setProgress({ done: 0, total: 0 });
    try {
      setEnded(await work(setProgress, current.signal));
    } catch {
      setEnded('mislukt');
    } finally {
      setProgress(null);
    }
  }
  return { progress, ended, run, cancel: () => controller.current?.abort() };
}

/** Downloads a finished backend workbook under a readable name. */
export function downloadWorkbook(status: ExportStatus, name: string): Outcome {
  if (status.state === 'klaar') downloadUrl(`/api/exports/${status.id}.xlsx`, name);
  return status.state;
}

/** Waits, but no longer than until the user cancels. */
function pause(ms: number, signal: AbortSignal) {
  return new Promise<void>((resolve) => {
    const timer = window.setTimeout(resolve, ms);
    signal.addEventListener(
      'abort',
      () => {
        window.clearTimeout(timer);
        resolve();
      },
      { once: true },
    );
  });
}

/** Follows a workbook the backend writes on its own (the Overzicht), asking it to stop when the signal fires. */
export async function followBackendExport(
  started: ExportStatus,
  onProgress: (progress: Progress) => void,
  signal: AbortSignal,
): Promise<ExportStatus> {
  let status = started;
  let cancelSent = false;
  for (;;) {
    // Checked after every answer too: a click while a status call was under way still cancels, even when that
    // answer says the workbook is done (the backend then removes it).
    if (signal.aborted && !cancelSent) {
      cancelSent = true;
      status = await call('exports:cancel', { id: status.id });
    }
    if (status.state !== 'bezig') return status;
    onProgress(status);
    await pause(250, signal);
    if (!signal.aborted || cancelSent) status = await call('exports:status', { id: status.id });
  }
}
