import { describe, expect, it } from 'vitest';
import { dueReminder } from '../../electron/backend/reminders';

const followUp = (title: string, dueDate: string) => ({ title, dueDate });
const work = (overdue: { title: string; dueDate: string }[], upcoming: { title: string; dueDate: string }[]) =>
  ({ today: '2026-12-03', overdue, overdueCount: overdue.length, upcoming }) as Parameters<typeof dueReminder>[0];

describe('the desktop reminder of due follow-ups', () => {
  it('stays silent when nothing is due today or overdue', () => {
    expect(dueReminder(work([], [followUp('Later', '2026-12-04')]), null, 'nl')).toBeNull();
  });

  it('is shown once a day', () => {
    const due = work([followUp('Bellen met mevrouw Jansen', '2026-12-01')], []);
    expect(dueReminder(due, '2026-12-03', 'nl')).toBeNull();
    expect(dueReminder(due, '2026-12-02', 'nl')).not.toBeNull();
  });

  it('counts overdue and today, and names the oldest overdue one first', () => {
    const due = work(
      [followUp('Bellen met mevrouw Jansen', '2026-11-20')],
      [followUp('Slang ophalen', '2026-12-03'), followUp('Later', '2026-12-09')],
    );
    expect(dueReminder(due, null, 'nl')).toEqual({
      title: 'Samenspel: 2 acties vandaag of over tijd',
      body: 'Als eerste: Bellen met mevrouw Jansen. Open Mijn werk om af te vinken.',
    });
  });

  it("uses the singular for one, and today's first when nothing is overdue, in the chosen language", () => {
    expect(dueReminder(work([], [followUp('Slang ophalen', '2026-12-03')]), null, 'en')).toEqual({
      title: 'Samenspel: 1 action today or overdue',
      body: 'First: Slang ophalen. Open My work to tick them off.',
    });
  });
});
