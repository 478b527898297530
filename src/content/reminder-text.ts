/** The calendar reminders' words (`content/text/reminders.json`), filled in for the .ics file. */
import table from '../../content/text/reminders.json';
import { fillText, type FillParams } from './fill';

export type ReminderCode = keyof typeof table;

export function sayReminder(code: ReminderCode, params?: FillParams): string {
  return fillText(table[code], params);
}
