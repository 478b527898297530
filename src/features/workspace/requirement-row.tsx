import { memo, useId, useState } from 'react';
import { Checkbox, TextArea, TextField } from '@/components/ui/fields';
import { isPlaceholder, type FullEntry, type RequirementEntry } from '@/content/schema';
import { CCW_FIELDS, type Response, type RowAnswer } from '@/domain/assessment/model';
import { rowState } from '@/domain/assessment/rules';
import { ASSESSMENT_WORDS, WORKSPACE_WORDS, say } from '@/content/words';
import { rowAnchor } from '@/lib/paths';

interface RowProps {
  id: string;
  entry: RequirementEntry | undefined;
  note?: string;
  notForMerchants?: boolean;
  responses: readonly Response[];
  row: RowAnswer | undefined;
  error?: string;
  onChange: (id: string, patch: Partial<RowAnswer>) => void;
  onConfirm: (id: string) => void;
}

const ww = (code: keyof typeof WORKSPACE_WORDS, params?: Record<string, string | number>) =>
  say(WORKSPACE_WORDS, code, params);

/** The id of the page's explanation of a response, which every row's radio refers to. */
export const responseHintId = (r: Response | 'dont-know') => `response-hint-${r}`;

/**
 * What the responses mean, once per page: each row's radios are described by these lines (their
 * accessible description), instead of repeating them on every row.
 */
export function ResponseExplanation({ responses }: { responses: readonly Response[] }) {
  return (
    <section className="response-explanation" aria-labelledby="response-explanation-title">
      <h2 id="response-explanation-title" className="response-explanation__title">
        {ww('explain.title')}
      </h2>
      <ul className="list response-explanation__list">
        {responses.map((r) => (
          <li key={r} id={responseHintId(r)}>
            {ww(`explain.${r}`)}
          </li>
        ))}
        <li id={responseHintId('dont-know')}>{ww('explain.dont-know')}</li>
        <li>{ww('explain.notes')}</li>
      </ul>
    </section>
  );
}

/** "How to check": the guidance of a requirement, drawn only once it is asked for. */
function HowToCheck({ id, entry: full }: { id: string; entry: FullEntry }) {
  const [open, setOpen] = useState(false);
  const panel = `${rowAnchor(id)}-how`;
  return (
    <>
      <button
        type="button"
        className="link-button row__how"
        aria-expanded={open}
        aria-controls={open ? panel : undefined}
        aria-label={`${ww('row.how')}${ww('row.how.hidden', { id })}`}
        onClick={() => setOpen((o) => !o)}
      >
        {ww('row.how')}
      </button>
      {open ? (
        <div className="details__text row__how-text" id={panel}>
          <ul className="list list--bullet">
            {full.howToCheck.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
          <p>
            <strong>{ww('row.evidence')}</strong>
          </p>
          <ul className="list list--bullet">
            {full.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <p>{full.nonprofitContext}</p>
          {full.notApplicable ? (
            <p>
              <strong>{ww('row.na-when')}</strong> {full.notApplicable.when}{' '}
              {ww('row.na-example', { text: full.notApplicable.explain })}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}

/**
 * One requirement: its PCI number, our plain text, guidance on demand, the responses and the notes.
 * An unanswered row is kept small (at most 20 elements, one screen line of answers): what the
 * responses mean is said once per page ({@link ResponseExplanation}), and each radio refers to it.
 */
export const RequirementRow = memo(function RequirementRow({
  id,
  entry,
  note,
  notForMerchants,
  responses,
  row,
  error,
  onChange,
  onConfirm,
}: RowProps) {
  const uid = useId();
  const anchor = rowAnchor(id);
  const headingId = `${anchor}-title`;
  const state = rowState(row, notForMerchants);
  if (notForMerchants || (entry && isPlaceholder(entry))) {
    return (
      <section className="row row--placeholder" id={anchor} aria-labelledby={headingId}>
        <h2 className="row__title" id={headingId}>
          <span className="row__number">{id}</span>{' '}
          {entry?.title ?? ww('row.not-for-merchants.title')}
        </h2>
        <p>{entry?.asks ?? ww('row.not-for-merchants.body')}</p>
      </section>
    );
  }
  const full = entry && !isPlaceholder(entry) ? entry : undefined;
  const stateLabel =
    state === 'proposed' ||
    state === 'to-confirm' ||
    state === 'dont-know' ||
    state === 'incomplete'
      ? say(ASSESSMENT_WORDS, `row.${state}`)
      : undefined;
  const chosen: Response | 'dont-know' | undefined =
    row?.dontKnow && !row.response ? 'dont-know' : row?.response;
  const choices: (Response | 'dont-know')[] = [...responses, 'dont-know'];
  return (
    <section
      className={`row${error ? ' row--error' : ''}`}
      id={anchor}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 className="row__title" id={headingId}>
        {id} {full?.title ?? ww('row.untitled', { id })}
      </h2>
      {stateLabel ? <p className={`tag tag--${state}`}>{stateLabel}</p> : null}
      {full ? <p className="row__asks">{full.asks}</p> : null}
      {note ? <p className="row__note">{note}</p> : null}
      {full ? <HowToCheck id={id} entry={full} /> : null}
      {error ? (
        <p className="error-message" id={`${uid}-error`}>
          <span className="visually-hidden">{ww('row.error')}</span> {id}: {error}
        </p>
      ) : null}
      <fieldset
        className="row__responses"
        aria-label={ww('row.group', { id })}
        aria-describedby={error ? `${uid}-error` : undefined}
      >
        {choices.map((r, i) => {
          const inputId = i === 0 ? `${anchor}-response` : `${anchor}-response-${r}`;
          return (
            <label className="row__choice" htmlFor={inputId} key={r}>
              <input
                className="row__radio"
                type="radio"
                id={inputId}
                name={`${anchor}-response`}
                value={r}
                checked={chosen === r}
                aria-describedby={responseHintId(r)}
                onChange={() =>
                  onChange(
                    id,
                    r === 'dont-know'
                      ? { dontKnow: true, response: undefined }
                      : { response: r, dontKnow: undefined },
                  )
                }
              />
              {ww(`response.${r}`)}
            </label>
          );
        })}
      </fieldset>
      {state === 'proposed' || state === 'to-confirm' ? (
        <button type="button" className="button button--secondary" onClick={() => onConfirm(id)}>
          {ww('row.confirm', {
            response: say(ASSESSMENT_WORDS, `response.${row?.response ?? 'in-place'}`),
            id,
          })}
        </button>
      ) : null}
      {row?.response === 'not-applicable' ? (
        <TextArea
          id={`${anchor}-na`}
          label={ww('row.na.label', { id })}
          value={row.naReason}
          onChange={(v) => onChange(id, { naReason: v })}
          rows={2}
          limit="row.naReason"
        />
      ) : null}
      {row?.response === 'in-place-ccw' ? (
        <CcwWorksheet id={id} anchor={anchor} row={row} onChange={onChange} />
      ) : null}
      {row?.response === 'not-tested' ? (
        <div className="follow-up">
          <TextArea
            id={`${anchor}-nt-what`}
            label={ww('row.not-tested.what', { id })}
            value={row.notTestedWhat}
            onChange={(v) => onChange(id, { notTestedWhat: v })}
            rows={2}
            limit="row.notTestedWhat"
          />
          <TextArea
            id={`${anchor}-nt-why`}
            label={ww('row.not-tested.why')}
            hint={ww('row.not-tested.why.hint')}
            value={row.notTestedWhy}
            onChange={(v) => onChange(id, { notTestedWhy: v })}
            rows={2}
            limit="row.notTestedWhy"
          />
        </div>
      ) : null}
      {row?.response === 'not-in-place' ? (
        <div className="follow-up">
          <Checkbox
            id={`${anchor}-legal`}
            label={ww('row.legal.label')}
            checked={!!row.legalException}
            onChange={(v) => onChange(id, { legalException: v || undefined })}
          />
          {row.legalException ? (
            <TextArea
              id={`${anchor}-legal-why`}
              label={ww('row.legal.why')}
              hint={ww('row.legal.why.hint')}
              value={row.legalExplanation}
              onChange={(v) => onChange(id, { legalExplanation: v })}
              rows={2}
              limit="row.legalExplanation"
            />
          ) : (
            <>
              <TextArea
                id={`${anchor}-action`}
                label={ww('row.remediation.action', { id })}
                value={row.remediationAction}
                onChange={(v) => onChange(id, { remediationAction: v })}
                rows={2}
                limit="row.remediationAction"
              />
              <TextField
                id={`${anchor}-owner`}
                label={ww('row.remediation.owner')}
                value={row.remediationOwner}
                onChange={(v) => onChange(id, { remediationOwner: v })}
                limit="row.remediationOwner"
              />
              <TextField
                id={`${anchor}-date`}
                type="date"
                label={ww('row.remediation.date')}
                value={row.remediationDate}
                onChange={(v) => onChange(id, { remediationDate: v })}
              />
            </>
          )}
        </div>
      ) : null}
      {row?.dontKnow ? (
        <div className="follow-up">
          <TextField
            id={`${anchor}-follow-up-owner`}
            label={ww('row.follow-up.owner')}
            value={row.followUpOwner}
            onChange={(v) => onChange(id, { followUpOwner: v })}
            limit="row.followUpOwner"
          />
          <TextArea
            id={`${anchor}-follow-up`}
            label={ww('row.follow-up.note')}
            value={row.followUpNote}
            onChange={(v) => onChange(id, { followUpNote: v })}
            rows={2}
            limit="row.followUpNote"
          />
        </div>
      ) : null}
      <TextArea
        id={`${anchor}-notes`}
        label={ww('row.notes.name', { id })}
        value={row?.notes}
        onChange={(v) => onChange(id, { notes: v })}
        rows={1}
        limit="row.notes"
        className="row__notes"
      />
    </section>
  );
});

/** Appendix B: the compensating controls worksheet for one requirement. */
function CcwWorksheet({
  id,
  anchor,
  row,
  onChange,
}: {
  id: string;
  anchor: string;
  row: RowAnswer;
  onChange: (id: string, patch: Partial<RowAnswer>) => void;
}) {
  return (
    <fieldset className="fieldset follow-up">
      <legend className="fieldset__legend fieldset__legend--small">
        {ww('ccw.legend', { id })}
      </legend>
      {CCW_FIELDS.map((f) => (
        <TextArea
          key={f}
          id={`${anchor}-ccw-${f}`}
          label={ww(`ccw.${f}.label`)}
          hint={ww(`ccw.${f}.hint`)}
          value={row.ccw?.[f]}
          rows={2}
          limit={`ccw.${f}`}
          onChange={(v) => onChange(id, { ccw: { ...row.ccw, [f]: v } })}
        />
      ))}
    </fieldset>
  );
}
