import type { ReactNode } from 'react';
import { lengthText } from '@/domain/files/files-text';
import { fieldLimit, lengthStatus, type LimitedField } from '@/domain/limits';
import { UI_WORDS, say } from '@/content/words';

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
          <span className="visually-hidden">{say(UI_WORDS, 'error.prefix')}</span> {error}
        </p>
      ) : null}
    </>
  );
}

const describedBy = (id: string, hint?: string, error?: string, count?: boolean) =>
  [hint ? `${id}-hint` : '', error ? `${id}-error` : '', count ? `${id}-count` : '']
    .filter(Boolean)
    .join(' ') || undefined;

/**
 * The most a text field keeps: one of the assessment's fields (`'row.notes'`), whose limit comes
 * from the one table of limits, or a number of characters.
 */
export type TextLimit = LimitedField | number;

const limitOf = (limit: TextLimit | undefined) =>
  limit === undefined ? undefined : typeof limit === 'number' ? limit : fieldLimit(limit);

/**
 * How long the text is against its limit, shown only near it (90%) or past it (an older value): the
 * same limit the store and the file reader keep, so what is typed can always be saved and read back.
 * Not a live region: it is read with the field, and the field itself stops at the limit.
 */
function CharacterCount({ id, value, limit }: { id: string; value: string; limit: number }) {
  const status = lengthStatus(value, limit);
  if (!status.near) return null;
  return (
    <div
      className={`hint character-count${status.over ? ' character-count--over' : ''}`}
      id={`${id}-count`}
    >
      {lengthText(status)}
    </div>
  );
}

/** Whether the count shows (so the field names it in aria-describedby). */
const counted = (value: string, limit: number | undefined) =>
  limit !== undefined && lengthStatus(value, limit).near;

/** A text control's frame: the form group, its label, its hint and error, then the control. */
function LabelledControl({
  id,
  label,
  hint,
  error,
  className,
  children,
}: BaseProps & { className?: string; children: ReactNode }) {
  return (
    <div
      className={`form-group${error ? ' form-group--error' : ''}${className ? ` ${className}` : ''}`}
    >
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <Described id={id} hint={hint} error={error} />
      {children}
    </div>
  );
}

/** A labelled drop-down list: its hint and error described as for every other field. */
export function SelectField({
  id,
  label,
  hint,
  error,
  value,
  options,
  onChange,
}: BaseProps & {
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      <select
        className="input"
        id={id}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </LabelledControl>
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
  limit,
}: BaseProps & {
  value: string | undefined;
  onChange: (v: string) => void;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date';
  autoComplete?: string;
  /** The most it keeps: typing stops there, and a count shows near it. */
  limit?: TextLimit;
}) {
  const max = limitOf(limit);
  const text = value ?? '';
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error}>
      <input
        className={`input${type === 'date' ? ' input--date' : ''}`}
        id={id}
        type={type}
        value={text}
        maxLength={max}
        autoComplete={autoComplete}
        aria-describedby={describedBy(id, hint, error, counted(text, max))}
        onChange={(e) => onChange(e.target.value)}
      />
      {max === undefined ? null : <CharacterCount id={id} value={text} limit={max} />}
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
  limit,
  className,
}: BaseProps & {
  value: string | undefined;
  onChange: (v: string) => void;
  rows?: number;
  /** The most it keeps: typing stops there, and a count shows near it. */
  limit?: TextLimit;
  /** A class for its frame (a compact layout, as on a requirement row). */
  className?: string;
}) {
  const max = limitOf(limit);
  const text = value ?? '';
  return (
    <LabelledControl id={id} label={label} hint={hint} error={error} className={className}>
      <textarea
        className="textarea"
        id={id}
        rows={rows}
        value={text}
        maxLength={max}
        aria-describedby={describedBy(id, hint, error, counted(text, max))}
        onChange={(e) => onChange(e.target.value)}
      />
      {max === undefined ? null : <CharacterCount id={id} value={text} limit={max} />}
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
