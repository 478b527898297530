import { useState } from 'react';
import { UI_WORDS, say } from '@/content/words';

/** Copies text to the clipboard and says so in a live region. Falls back to selecting the text. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [status, setStatus] = useState('');
  return (
    <span className="copy">
      <button
        type="button"
        className="button button--secondary"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setStatus(say(UI_WORDS, 'copy.done'));
          } catch {
            setStatus(say(UI_WORDS, 'copy.failed'));
          }
        }}
      >
        {label}
      </button>
      <span className="copy__status" role="status">
        {status}
      </span>
    </span>
  );
}
