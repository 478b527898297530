import type { ReactNode } from 'react';

/** A wide table scrolls inside this labelled, focusable box, so the page never scrolls sideways. */
export function TableScroll({
  label,
  children,
}: {
  label: string;
  children: ReactNode;
  key?: string;
}) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- keyboard users must be able to scroll it
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
