import { Link } from 'react-router';
import { SAVING_WORDS, say } from '@/content/words';
import type { SaveState } from '@/hooks/assessment-session';
import { FILES_URL } from '@/lib/paths';

/** The "saved" indicator: it says what the autosave machine knows, so it is always true. */
export function SaveIndicator({ save }: { save: SaveState }) {
  const failed = save.status === 'failed' || save.gone;
  return (
    <div
      className={`save-indicator save-indicator--${failed ? 'failed' : save.status}`}
      role="status"
      aria-live="polite"
    >
      {!failed && save.status === 'saved'
        ? say(SAVING_WORDS, save.mode === 'memory' ? 'indicator.memory' : 'indicator.saved')
        : null}
      {!failed && save.status === 'saving' ? say(SAVING_WORDS, 'indicator.saving') : null}
      {failed ? (
        <>
          <strong>{say(SAVING_WORDS, 'indicator.not-saved')}</strong> {save.error}{' '}
          {save.gone ? (
            <button type="button" className="link-button" onClick={save.recreate}>
              {say(SAVING_WORDS, 'indicator.keep')}
            </button>
          ) : (
            <button type="button" className="link-button" onClick={save.retry}>
              {say(SAVING_WORDS, 'indicator.try-again')}
            </button>
          )}{' '}
          {say(SAVING_WORDS, 'indicator.or')}{' '}
          <Link to={FILES_URL}>{say(SAVING_WORDS, 'indicator.save-copy')}</Link>.
        </>
      ) : null}
    </div>
  );
}
