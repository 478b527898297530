import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { HOME_WORDS, say } from '@/content/words';
import type { Assessment } from '@/domain/assessment/model';
import { FILES_URL } from '@/lib/paths';
import { hadData, lastBackup } from '@/storage/backup-log';

const w = (code: keyof typeof HOME_WORDS, params?: Record<string, string | number>) =>
  say(HOME_WORDS, code, params);

/** Tells the user plainly where their work lives, whether the browser may evict it, and when they last backed up. */
export function DataNotice({
  hasWork,
  assessments,
  hadAssessments,
  listFailed,
}: {
  hasWork: boolean;
  /** The assessments shown (in workshop view, only the shown organisation's). */
  assessments: readonly Assessment[];
  /** Whether the browser holds any assessment at all. */
  hadAssessments: boolean;
  listFailed: boolean;
}) {
  const [persisted, setPersisted] = useState<boolean | null>(null);
  // This browser held assessments before, and now holds none: say what probably happened.
  const vanished = hadData() && (listFailed || (!hadAssessments && !hasWork));
  // Changes since the last backup file: remind after every session with changes.
  const backup = lastBackup();
  const unsaved = assessments.some((a) => !backup || a.updatedAt > backup);
  const any = hasWork || assessments.length > 0;
  useEffect(() => {
    // Ask the browser to keep our storage even when disk space runs low.
    if (!any || !navigator.storage?.persist) return;
    navigator.storage.persist().then(setPersisted, () => setPersisted(false));
  }, [any]);
  // Read once per mount: the reminder does not need to tick while the page is open.
  const [days] = useState(() => {
    const backup = lastBackup();
    return backup ? Math.floor((Date.now() - Date.parse(backup)) / 86_400_000) : null;
  });

  if (!window.isSecureContext)
    return (
      <div className="notification notification--warning" role="alert">
        <h2 className="notification__title">{w('notice.insecure.title')}</h2>
        <p>{w('notice.insecure.body')}</p>
      </div>
    );
  if (vanished)
    return (
      <div className="notification notification--warning" role="alert">
        <h2 className="notification__title">{w('notice.vanished.title')}</h2>
        <p>
          {w('notice.vanished.body')} <Link to={FILES_URL}>{w('notice.vanished.link')}</Link>.
        </p>
      </div>
    );
  if (!any && !unsaved) return null;

  return (
    <div className="notification" role="status">
      <p>
        {w('notice.kept')} {persisted === true ? w('notice.persisted') : ''}
        {persisted === false ? w('notice.not-persisted') : ''}{' '}
        {days === null
          ? w('notice.no-backup')
          : days > 30
            ? w('notice.backup-old', { days })
            : unsaved
              ? w('notice.changed')
              : ''}{' '}
        <Link to={FILES_URL}>{w('notice.save')}</Link>.
      </p>
    </div>
  );
}
