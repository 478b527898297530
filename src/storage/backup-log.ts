/** When the user last saved a backup file, so the app can remind them. Kept in localStorage. */
const KEY = 'opensaq.last-backup';

export function lastBackup(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function recordBackup(now = new Date()): void {
  try {
    localStorage.setItem(KEY, now.toISOString());
  } catch {
    // Storage blocked: the reminder simply stays on.
  }
}
