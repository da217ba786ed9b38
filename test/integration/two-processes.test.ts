import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { startInitializedBackend } from '../fixtures/backend';

function writer(
  dataDir: string,
  staffId: string,
  prefix: string,
  count: number,
): Promise<{ created: number; failures: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/fixtures/writer-process.ts', dataDir, staffId, prefix, String(count)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out) as { created: number; failures: string[] })
        : reject(new Error(`writer exited ${code}`)),
    );
  });
}

describe('two processes on one data folder', () => {
  it('both write without "Er ging iets mis": each write waits for the other instead of failing', async () => {
    const { backend, me } = await startInitializedBackend();
    backend.close();
    const [a, b] = await Promise.all([
      writer(backend.dataDir, me.id, 'A', 300),
      writer(backend.dataDir, me.id, 'B', 300),
    ]);
    expect(a).toEqual({ created: 300, failures: [] });
    expect(b).toEqual({ created: 300, failures: [] });
  }, 120_000);
});
