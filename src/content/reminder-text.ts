/** The calendar reminders' words (`content/text/reminders.json`), filled in for the .ics file. */
import table from '../../content/text/reminders.json';
import { say, type TextParams } from './text';

export type ReminderCode = keyof typeof table;

export function sayReminder(code: ReminderCode, params?: TextParams): string {
  return say(table, code, params);
}
