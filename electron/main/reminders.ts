import { Notification } from 'electron';
import type { Backend } from '../backend/create-backend';
import { reminderToShow, type ReminderMemory } from '../backend/reminders';

/** Often enough to catch the turn of the day on a laptop left open; the check itself is one cached query. */
const CHECK_EVERY_MS = 15 * 60_000;

/**
 * Shows the day's reminder of due follow-ups as a desktop notification (once a day, also over restarts); a
 * click brings the window forward on Mijn werk, where the follow-ups are.
 */
export function remindOfDueWork(backend: Backend, memory: ReminderMemory, onClick: () => void) {
  const check = async () => {
    if (!Notification.isSupported()) return;
    const reminder = await reminderToShow(backend, memory);
    if (!reminder) return;
    const notification = new Notification(reminder);
    notification.on('click', onClick);
    notification.show();
  };
  void check();
  setInterval(() => void check(), CHECK_EVERY_MS).unref();
}
