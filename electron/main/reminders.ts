import { Notification } from 'electron';
import type { Backend } from '../backend/create-backend';
import { dueReminder } from '../backend/reminders';

/** Often enough to catch the turn of the day on a laptop left open; the check itself is one cached query. */
const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Shows the day's reminder of due follow-ups as a desktop notification (once a day while the app runs; a
 * click brings the window forward, where "Mijn werk" carries the same count).
 */
export function remindOfDueWork(backend: Backend, focus: () => void) {
  let lastShownOn: string | null = null;
  const check = async () => {
    if (!Notification.isSupported()) return;
    const [work, session] = await Promise.all([backend.invoke('work:overview', {}), backend.invoke('session:get', {})]);
    // Before the first start is completed there is no user, and so no work.
    if (!work.ok || !session.ok) return;
    const reminder = dueReminder(work.data, lastShownOn, session.data.settings.language);
    if (!reminder) return;
    lastShownOn = work.data.today;
    const notification = new Notification(reminder);
    notification.on('click', focus);
    notification.show();
  };
  void check();
  setInterval(() => void check(), CHECK_EVERY_MS).unref();
}
