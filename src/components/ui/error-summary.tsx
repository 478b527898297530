import { useEffect, useRef } from 'react';
import { UI_WORDS, say } from '@/content/words';

export interface FieldError {
  /** The id of the field the error is about; the link moves focus there. */
  href: string;
  message: string;
}

/** GOV.UK-style error summary: takes focus when it appears, links to each field in error. */
export function ErrorSummary({ errors }: { errors: FieldError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const key = errors.map((e) => e.message).join('|');
  useEffect(() => {
    if (key) ref.current?.focus();
  }, [key]);
  if (errors.length === 0) return null;
  return (
    <div
      className="error-summary"
      role="alert"
      aria-labelledby="error-summary-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 id="error-summary-title" className="error-summary__title">
        {say(UI_WORDS, 'error-summary.title')}
      </h2>
      <ul className="error-summary__list">
        {errors.map((e) => (
          <li key={e.href}>
            <a
              href={`#${e.href}`}
              onClick={(event) => {
                event.preventDefault();
                document.getElementById(e.href)?.focus();
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
