import { Link } from 'react-router';
import type { SaveState } from '@/hooks/assessment-session';
import { FILES_URL } from '@/lib/paths';

/** The "saved" indicator: it says what the autosave machine knows, so it is always true. */
export function SaveIndicator({ save }: { save: SaveState }) {
  return (
    <div
      className={`save-indicator save-indicator--${save.status}`}
      role="status"
      aria-live="polite"
    >
      {save.status === 'saved' && save.mode === 'memory'
        ? 'This browser does not allow saving: your changes are kept only in this tab. Save a copy to a file before you close it.'
        : null}
      {save.status === 'saved' && save.mode === 'browser'
        ? 'All changes saved in this browser'
        : null}
      {save.status === 'saving' ? 'Saving\u2026' : null}
      {save.status === 'failed' ? (
        <>
          Not saved: this browser refused to store your changes ({save.error}). They are still on
          screen: do not close this tab.{' '}
          <button type="button" className="link-button" onClick={save.retry}>
            Try again
          </button>{' '}
          or <Link to={FILES_URL}>save a copy to a file</Link>.
        </>
      ) : null}
    </div>
  );
}
