import type { Backend } from '../../electron/backend/create-backend';
import { inChromium } from './in-chromium';
import { median, round, time, type Figure } from './measure';

/**
 * The printable report over the whole corporation (2,000 complexes): from opening the page to the PDF's bytes,
 * through the same print path a user takes (Chromium's PDF printer with the page's @page rules). Median of 3.
 * Before it, the dashboard's figures for the whole corporation (median of 3, requirements already derived).
 */
export async function reportPdf(backend: Backend, year: number): Promise<Figure[]> {
  const dashboard: number[] = [];
  for (let i = 0; i < 3; i++) dashboard.push((await time(() => backend.invoke('dashboard:figures', { year }))).ms);
  const figures: Figure[] = [{ name: 'dashboard_figures_100k_ms', value: round(median(dashboard)), unit: 'ms' }];
  return [
    ...figures,
    ...(await inChromium(backend, 'report_pdf_2000_ms', async (context, baseUrl) => {
      const times: number[] = [];
      let bytes = 0;
      for (let i = 0; i < 3; i++) {
        const page = await context.newPage();
        const start = performance.now();
        await page.goto(`${baseUrl}#/rapportage?jaar=${year}`);
        await page.locator('[data-ready="true"]').waitFor({ timeout: 60_000 });
        const pdf = await page.pdf({ preferCSSPageSize: true });
        times.push(performance.now() - start);
        bytes = pdf.length;
        await page.close();
      }
      return [
        { name: 'report_pdf_2000_ms', value: round(median(times)), unit: 'ms' },
        { name: 'report_pdf_2000_kb', value: round(bytes / 1024), unit: 'KB' },
      ];
    })),
  ];
}
