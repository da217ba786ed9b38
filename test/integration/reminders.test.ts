import { afterEach, describe, expect, it } from 'vitest';
import { reminderToShow, type ReminderMemory } from '../../electron/backend/reminders';
import {
  sampleComplex,
  startInitializedBackend,
  startTestBackend,
  testClock,
  type TestBackend,
} from '../fixtures/backend';

let backend: TestBackend;
afterEach(() => backend?.dispose());

/** The day kept as electron-store keeps it: a stored value that outlives the memory object (a restart). */
function storedDay() {
  let day: string | null = null;
  const memory = (): ReminderMemory => ({ shownOn: () => day, remember: (shown) => (day = shown) });
  return { memory, day: () => day };
}

describe('the desktop reminder of due follow-ups, against a real backend', () => {
  it('reminds once a day, also when the app is restarted that day, and again the next day', async () => {
    const clock = testClock('2026-03-10T08:00:00.000Z');
    const started = await startInitializedBackend({ clock });
    backend = started.backend;
    const complex = await backend.ok('complexes:create', sampleComplex());
    await backend.ok('followUps:create', {
      title: 'Slang ophalen',
      dueDate: '2026-03-10',
      ownerId: started.me.id,
      complexId: complex.id,
    });
    const store = storedDay();

    expect(await reminderToShow(backend, store.memory())).toMatchObject({ body: expect.stringContaining('Slang') });
    expect(store.day()).toBe('2026-03-10');
    expect(await reminderToShow(backend, store.memory())).toBeNull();

    clock.advance(24 * 3600_000);
    expect(await reminderToShow(backend, store.memory())).toMatchObject({
      title: 'Samenspel: 1 actie vandaag of over tijd',
    });
    expect(store.day()).toBe('2026-03-11');
  });

  it('stays silent, and remembers nothing, before the first start or when nothing is due', async () => {
    backend = startTestBackend();
    const store = storedDay();
    expect(await reminderToShow(backend, store.memory())).toBeNull();
    backend.dispose();

    backend = (await startInitializedBackend()).backend;
    expect(await reminderToShow(backend, store.memory())).toBeNull();
    expect(store.day()).toBeNull();
  });
});
