import type { UseFormRegisterReturn } from 'react-hook-form';
import { UI_WORDS, say } from '@/content/words';

export interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

interface ChoicesProps {
  /** radio: exactly one; checkbox: any number. */
  type: 'radio' | 'checkbox';
  /** Base id: the first input gets this id, so an error summary link can focus it. */
  id: string;
  legend: string;
  /** Render the legend as the page's h1 (one question per page). */
  legendIsHeading?: boolean;
  caption?: string;
  hint?: string;
  error?: string;
  options: ChoiceOption[];
  registration: UseFormRegisterReturn;
}

/** A fieldset of radios or checkboxes with a legend, hint and error message, all wired for screen readers. */
export function Choices({
  type,
  id,
  legend,
  legendIsHeading,
  caption,
  hint,
  error,
  options,
  registration,
}: ChoicesProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`form-group${error ? ' form-group--error' : ''}`}>
      <fieldset className="fieldset" aria-describedby={describedBy}>
        <legend className="fieldset__legend">
          {caption ? <span className="caption">{caption}</span> : null}
          {legendIsHeading ? <h1 className="fieldset__heading">{legend}</h1> : legend}
        </legend>
        {hint ? (
          <div id={hintId} className="hint">
            {hint}
          </div>
        ) : null}
        {error ? (
          <p id={errorId} className="error-message">
            <span className="visually-hidden">{say(UI_WORDS, 'error.prefix')}</span> {error}
          </p>
        ) : null}
        <div className={type === 'radio' ? 'radios' : 'checkboxes'}>
          {options.map((option, index) => {
            const inputId = index === 0 ? id : `${id}-${index + 1}`;
            const optionHintId = option.hint ? `${inputId}-hint` : undefined;
            return (
              <div className="choice" key={option.value}>
                <input
                  className="choice__input"
                  id={inputId}
                  type={type}
                  value={option.value}
                  aria-describedby={optionHintId}
                  {...registration}
                />
                <label className="choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint ? (
                  <div id={optionHintId} className="hint choice__hint">
                    {option.hint}
                  </div>
                ) : null}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
