import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Assessment } from '@/domain/assessment/model';
import { hadData, lastBackup } from '@/storage/backup-log';

/** Tells the user plainly where their work lives, whether the browser may evict it, and when they last backed up. */
export function DataNotice({
  hasWork,
  assessments,
  listFailed,
}: {
  hasWork: boolean;
  assessments: readonly Assessment[];
  listFailed: boolean;
}) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  // This browser held assessments before, and now holds none: say what probably happened.
  const vanished = hadData() && (listFailed || (assessments.length === 0 && !hasWork));
  // Changes since the last backup file: remind after every session with changes.
  const backup = lastBackup();
  const unsaved = assessments.some((a) => !backup || a.updatedAt > backup);
  useEffect(() => {
    // Ask the browser to keep our storage even when disk space runs low.
    if (!hasWork || !navigator.storage?.persist) return;
    navigator.storage.persist().then(setPersisted, () => setPersisted(false));
  }, [hasWork]);
  // Read once per mount: the reminder does not need to tick while the page is open.
  const [days] = useState(() => {
    const backup = lastBackup();
    return backup ? Math.floor((Date.now() - Date.parse(backup)) / 86_400_000) : null;
  });

  if (!window.isSecureContext)
    return (
      <div className="notification notification--warning" role="alert">
        <h2 className="notification__title">This page is not served securely</h2>
        <p>
          OpenSAQ is open over plain HTTP from another computer. Browsers only allow saving work,
          protected backups and offline use on HTTPS or on this computer (localhost). Ask whoever
          set it up to serve it over HTTPS; until then, do not rely on your work being kept.
        </p>
      </div>
    );
  if (vanished)
    return (
      <div className="notification notification--warning" role="alert">
        <h2 className="notification__title">Your saved work is no longer in this browser</h2>
        <p>
          This browser held OpenSAQ assessments before, but they are not here now. The usual
          reasons: browsing data was cleared, the browser freed space, the computer wiped its
          profiles, or this is a different browser or user profile. If you saved a backup file,{' '}
          <Link to="/files">open it here</Link> to get your work back.
        </p>
      </div>
    );
  if (!hasWork && !unsaved) return null;

  return (
    <div className="notification" role="status">
      <p>
        Your work is kept only in this browser, on this computer.{' '}
        {persisted === true ? 'The browser has agreed to keep it even when space runs low.' : ''}
        {persisted === false
          ? 'The browser may clear it if space runs low, or if browsing data is cleared.'
          : ''}{' '}
        {days === null
          ? 'You have not saved a backup file yet.'
          : days > 30
            ? `Your last backup was ${days} days ago.`
            : unsaved
              ? 'You have made changes since your last backup.'
              : ''}{' '}
        <Link to="/files">Save a backup file</Link>.
      </p>
    </div>
  );
}
