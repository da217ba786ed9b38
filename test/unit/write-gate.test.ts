import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pacedBy, pause } from '../../electron/backend/pacing';
import { writeGate } from '../../electron/backend/write-gate';

describe('the write gate', () => {
  it('never runs a write beside a long write; every write ends (long writes never wait on each other)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            long: fc.boolean(),
            steps: fc.integer({ min: 0, max: 4 }),
            delay: fc.integer({ min: 0, max: 3 }),
          }),
          { minLength: 1, maxLength: 12 },
        ),
        async (calls) => {
          const gate = writeGate();
          let busy = 0;
          let alone = false;
          const broken: string[] = [];
          const finished: number[] = [];
          const work = async (index: number, steps: number) => {
            for (let step = 0; step < steps; step++) await pause();
            finished.push(index);
          };
          await Promise.all(
            calls.map(async ({ long, steps, delay }, index) => {
              for (let i = 0; i < delay; i++) await pause();
              await gate.write(async () => {
                if (!long) {
                  if (alone) broken.push(`write ${index} inside a long write`);
                  busy++;
                  await work(index, steps).finally(() => busy--);
                  return;
                }
                // A long write waiting for its turn does nothing yet; once alone, no other write may be at work.
                await gate.alone(async () => {
                  if (busy > 0 || alone) broken.push(`long write ${index} beside ${busy} others`);
                  alone = true;
                  await work(index, steps).finally(() => (alone = false));
                });
              });
            }),
          );
          expect(broken).toEqual([]);
          expect(finished.sort((a, b) => a - b)).toEqual(calls.map((_, i) => i));
        },
      ),
    );
  });
});

describe('pacing long work by the clock', () => {
  it('pauses only once the given time has run since the last pause', async () => {
    let pauses = 0;
    const counted = async () => void pauses++;
    const never = pacedBy(counted, 60_000);
    for (let i = 0; i < 1_000; i++) if (never.due()) await never.pause();
    expect(pauses).toBe(0);
    const always = pacedBy(counted, 0);
    for (let i = 0; i < 10; i++) if (always.due()) await always.pause();
    expect(pauses).toBe(10);
  });
});
