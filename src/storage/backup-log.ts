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

const HAD_DATA = 'opensaq.had-data';

/** Remembers (outside IndexedDB) that this browser once held work, to notice if it vanishes. */
export function markHadData(): void {
  try {
    localStorage.setItem(HAD_DATA, '1');
  } catch {
    // Nothing to do: without localStorage the app cannot tell, and says nothing.
  }
}

export function hadData(): boolean {
  try {
    return localStorage.getItem(HAD_DATA) === '1';
  } catch {
    return false;
  }
}

/** The user removed their last assessment on purpose: nothing has vanished. */
export function clearHadData(): void {
  try {
    localStorage.removeItem(HAD_DATA);
  } catch {
    // See markHadData.
  }
}
