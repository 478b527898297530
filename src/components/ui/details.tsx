import type { ReactNode } from 'react';

/** An expandable help section (native details/summary: keyboard and screen-reader friendly). */
export function Details({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="details">
      <summary className="details__summary">
        <span className="details__summary-text">{summary}</span>
      </summary>
      <div className="details__text">{children}</div>
    </details>
  );
}
