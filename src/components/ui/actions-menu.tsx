import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

/**
 * A row's actions behind one button (a disclosure, not an ARIA menu): the table keeps its width at
 * any screen size, and the actions open below the button, inside the row, never clipped.
 */
export function ActionsMenu({
  label,
  hiddenLabel,
  children,
}: {
  /** The button's visible text ("Actions"). */
  label: string;
  /** What it is about, for screen readers (" for SAQ A, Harbour Hospice"). */
  hiddenLabel: string;
  /** The actions, each a button; `close` folds the list away after one is used. */
  children: (close: () => void) => ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const toggle = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const close = () => setOpen(false);
  // Escape folds the list away; focus left on nothing (the used action is gone) returns to the button.
  useEffect(() => {
    if (!open) {
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (wasOpen.current && lost) toggle.current?.focus();
      wasOpen.current = false;
      return;
    }
    wasOpen.current = true;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [open]);
  return (
    <div className="actions-menu">
      <button
        ref={toggle}
        type="button"
        className="button button--secondary actions-menu__toggle"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span className="visually-hidden">{hiddenLabel}</span>
      </button>
      <div id={id} className="actions-menu__list" hidden={!open}>
        {open ? children(close) : null}
      </div>
    </div>
  );
}
