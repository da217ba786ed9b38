import { app, BrowserWindow, dialog, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { methods } from '../../shared/contract/methods';
import type { Result } from '../../shared/contract/errors';
import { refused } from '../backend/error-envelope';

/**
 * 'report:savePdf' for the desktop: Chromium prints the asking page to PDF with the page's own @page rules (the
 * header and "Pagina n van m"), and the user picks where it goes in the native save dialog. The input is checked
 * with the same contract schema the registry uses.
 */
export async function savePageAsPdf(
  sender: WebContents,
  input: unknown,
): Promise<Result<{ saved: boolean; path: string | null }>> {
  const parsed = methods['report:savePdf'].input.safeParse(input);
  if (!parsed.success) return refused('VALIDATION', 'err.report.fileName');
  const window = BrowserWindow.fromWebContents(sender);
  const options = {
    title: 'Opslaan als PDF',
    defaultPath: join(app.getPath('documents'), parsed.data.fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
  };
  const choice = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return { ok: true, data: { saved: false, path: null } };
  const pdf = await sender.printToPDF({ preferCSSPageSize: true, printBackground: true });
  await writeFile(choice.filePath, pdf);
  return { ok: true, data: { saved: true, path: choice.filePath } };
}
