import type { ReactNode } from 'react';

interface BaseProps {
  id: string;
  label: ReactNode;
  hint?: string;
  error?: string;
}

function Described({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint ? (
        <div className="hint" id={`${id}-hint`}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="error-message" id={`${id}-error`}>
          <span className="visually-hidden">Error:</span> {error}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A text control's frame: the form group, its label, then its hint and error. */
function LabelledControl({
  id,
  label,
  hint,
  error,
  children,
}: BaseProps & { children: ReactNode }) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Described id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A labelled text input that saves as the user types. */
export function TextField({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  type = 'text',
  autoComplete,
}: BaseProps & {
  value: string | undefined;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autoComplete?: string;
}) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      <input
        className={`input${type === 'date' ? ' input--date' : ''}`}
        id={id}
        type={type}
        value={value ?? ''}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </LabelledControl>
  );
}

export function TextArea({
  id,
  label,
  hint,
  error,
  value,
  onChange,
  rows = 3,
}: BaseProps & { value: string | undefined; onChange: (v: string) => void; rows?: number }) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      <textarea
        className="textarea"
        id={id}
        rows={rows}
        value={value ?? ''}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </LabelledControl>
  );
}

/** A small radio group (yes/no and the like) whose first input carries `id`, for error links. */
export function RadioGroup<T extends string>({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: BaseProps & {
  value: T | undefined;
  options: { value: T; label: string }[];
  onChange: (v: T) => void;
}) {
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className="fieldset__legend fieldset__legend--small">{label}</legend>
        <Described id={id} hint={hint} error={error} />
        <div className="radios radios--small radios--inline">
          {options.map((o, i) => (
            <div className="choice" key={o.value}>
              <input
                className="choice__input"
                type="radio"
                id={i === 0 ? id : `${id}-${o.value}`}
                name={id}
                checked={value === o.value}
                onChange={() => onChange(o.value)}
              />
              <label className="choice__label" htmlFor={i === 0 ? id : `${id}-${o.value}`}>
                {o.label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

export function Checkbox({
  id,
  label,
  hint,
  checked,
  onChange,
}: {
  id: string;
  label: ReactNode;
  hint?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
}) {
  return (
    <div className="choice choice--checkbox">
      <input
        className="choice__input"
        type="checkbox"
        id={id}
        checked={checked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className="choice__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <div id={`${id}-hint`} className="hint choice__hint">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
