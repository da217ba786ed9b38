import type { MyWork } from '../../shared/contract/work';
import type { Backend } from './create-backend';
import { dueFollowUpCount } from '../../shared/domain/field-work';
import en from '../../shared/i18n/en.json';
import nl from '../../shared/i18n/nl.json';
import { translate } from '../../shared/i18n/translate';

export interface Reminder {
  title: string;
  body: string;
}

/**
 * The desktop's reminder on the day: once a day, when follow-ups are due today or overdue, so they do not wait
 * until someone opens Mijn werk. Null when there is nothing due, or when today's reminder was already shown.
 */
export function dueReminder(
  work: Pick<MyWork, 'today' | 'overdue' | 'overdueCount' | 'upcoming'>,
  lastShownOn: string | null,
  language: 'nl' | 'en',
): Reminder | null {
  if (lastShownOn === work.today) return null;
  const count = dueFollowUpCount(work);
  if (count === 0) return null;
  const messages = language === 'en' ? en : nl;
  // The oldest overdue one, else the first of today: the one to start with.
  const first = (work.overdue[0] ?? work.upcoming.find((f) => f.dueDate <= work.today))?.title;
  return {
    title: translate(messages, count === 1 ? 'reminder.title_one' : 'reminder.title_other', { count }),
    body: translate(messages, first ? 'reminder.bodyWithFirst' : 'reminder.body', { first: first ?? '' }),
  };
}

/** Where the day of the last reminder is kept, so that restarting the app on the same day does not remind again. */
export interface ReminderMemory {
  shownOn(): string | null;
  remember(day: string): void;
}

/** The reminder to show now, if any, and marks the day as reminded. Null before the first start is completed. */
export async function reminderToShow(backend: Pick<Backend, 'invoke'>, memory: ReminderMemory) {
  const [work, session] = await Promise.all([backend.invoke('work:overview', {}), backend.invoke('session:get', {})]);
  if (!work.ok || !session.ok) return null;
  const reminder = dueReminder(work.data, memory.shownOn(), session.data.settings.language);
  if (reminder) memory.remember(work.data.today);
  return reminder;
}
