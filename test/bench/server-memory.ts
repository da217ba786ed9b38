/**
 * The backend's memory as the app runs it: the built browser-mode server (dist/server/cli.cjs, the same bundle
 * `npm start` runs where there is no desktop runtime) in its own process, on the bench database, asked over HTTP
 * for the grid's 100,000 rows, once and then nine more times. Its RSS is read from outside, so nothing of the
 * benchmark (Playwright, the data generator, tsx) is counted in it.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { TOKEN_HEADER } from '../../electron/server/http-guard';
import { type Figure, round } from './measure';

/** Resident set size of another process, in MB (Linux: /proc; elsewhere the figure is left out). */
function rssOfMb(pid: number): number | null {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+) kB$/m);
    return line ? Number(line[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Asks for the grid's rows and reads the whole answer off the wire, as the renderer does; returns its bytes. */
async function listOverHttp(baseUrl: string, token: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/call`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: token },
    body: JSON.stringify({ method: 'initiatives:table', input: {} }),
  });
  if (!response.ok || !response.body) throw new Error(`initiatives:table over HTTP: ${response.status}`);
  const reader = response.body.getReader();
  let bytes = 0;
  for (let read = await reader.read(); !read.done; read = await reader.read()) bytes += read.value.byteLength;
  return bytes;
}

export async function serverMemory(dataDir: string, staffId: string, env: NodeJS.ProcessEnv = {}): Promise<Figure[]> {
  if (!rssOfMb(process.pid)) return [];
  writeFileSync(join(dataDir, 'settings.json'), JSON.stringify({ currentStaffId: staffId }));
  const server = spawn(process.execPath, ['dist/server/cli.cjs'], {
    env: { ...process.env, ...env, SAMENSPEL_DATA_DIR: dataDir, SAMENSPEL_PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    let address = '';
    for await (const line of createInterface({ input: server.stdout })) {
      address = /open (http:\S+)/.exec(line)?.[1] ?? '';
      if (address) break;
    }
    if (!address) throw new Error('the browser-mode server did not start (see its output above)');
    const url = new URL(address);
    const token = url.searchParams.get('token')!;
    const baseUrl = url.origin;
    const idle = rssOfMb(server.pid!)!;
    const wireBytes = await listOverHttp(baseUrl, token);
    const once = rssOfMb(server.pid!)!;
    for (let i = 1; i < 10; i++) await listOverHttp(baseUrl, token);
    const afterTen = rssOfMb(server.pid!)!;
    return [
      { name: 'backend_rss_idle_mb', value: round(idle), unit: 'MB' },
      { name: 'backend_rss_mb', value: round(once), unit: 'MB' },
      { name: 'backend_rss_after_10_lists_mb', value: round(afterTen), unit: 'MB' },
      { name: 'list_100k_http_mb', value: round(wireBytes / 1024 / 1024, 1), unit: 'MB' },
    ];
  } finally {
    // A server that could not start has ended already, and would never report its exit again.
    if (server.exitCode === null && server.signalCode === null) {
      const ended = new Promise((resolve) => server.once('exit', resolve));
      server.kill('SIGTERM');
      await ended;
    }
  }
}
