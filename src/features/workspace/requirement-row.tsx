import { memo, useId } from 'react';
import { Details } from '@/components/ui/details';
import { Checkbox, TextArea, TextField } from '@/components/ui/fields';
import { isPlaceholder, type RequirementEntry } from '@/content/schema';
import {
  CCW_FIELDS,
  type CcwField,
  type Response,
  type RowAnswer,
} from '@/domain/assessment/model';
import { rowState } from '@/domain/assessment/rules';
import { ASSESSMENT_WORDS, say } from '@/content/words';
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

/** One requirement: its PCI number, our plain text, guidance, the responses and the notes. */
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
          <span className="row__number">{id}</span> {entry?.title ?? 'Not for merchants'}
        </h2>
        <p>
          {entry?.asks ??
            'This row is for service providers only. There is nothing for you to answer.'}
        </p>
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
  return (
    <section
      className={`row${error ? ' row--error' : ''}`}
      id={anchor}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h2 className="row__title" id={headingId}>
        <span className="row__number">{id}</span> {full?.title ?? `Requirement ${id}`}
      </h2>
      {stateLabel ? <p className={`tag tag--${state}`}>{stateLabel}</p> : null}
      {full ? <p className="row__asks">{full.asks}</p> : null}
      {note ? <p className="row__note">{note}</p> : null}
      {full ? (
        <Details summary="How to check">
          <ul className="list list--bullet">
            {full.howToCheck.map((h) => (
              <li key={h}>{h}</li>
            ))}
          </ul>
          <p>
            <strong>Evidence to keep:</strong>
          </p>
          <ul className="list list--bullet">
            {full.evidence.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
          <p>{full.nonprofitContext}</p>
          {full.notApplicable ? (
            <p>
              <strong>When Not Applicable is right:</strong> {full.notApplicable.when} For example:
              "{full.notApplicable.explain}"
            </p>
          ) : null}
        </Details>
      ) : null}
      {error ? (
        <p className="error-message" id={`${uid}-error`}>
          <span className="visually-hidden">Error:</span> {id}: {error}
        </p>
      ) : null}
      <fieldset className="fieldset" aria-describedby={error ? `${uid}-error` : undefined}>
        <legend className="fieldset__legend fieldset__legend--small">Your response to {id}</legend>
        <div className="radios radios--small">
          {responses.map((r, i) => {
            const inputId = i === 0 ? `${anchor}-response` : `${anchor}-response-${r}`;
            return (
              <div className="choice" key={r}>
                <input
                  className="choice__input"
                  type="radio"
                  id={inputId}
                  name={`${anchor}-response`}
                  value={r}
                  checked={row?.response === r}
                  aria-describedby={`${inputId}-hint`}
                  onChange={() => onChange(id, { response: r, dontKnow: undefined })}
                />
                <label className="choice__label" htmlFor={inputId}>
                  {say(ASSESSMENT_WORDS, `response.${r}`)}
                </label>
                <div className="hint choice__hint" id={`${inputId}-hint`}>
                  {say(ASSESSMENT_WORDS, `response-hint.${r}`)}
                </div>
              </div>
            );
          })}
        </div>
      </fieldset>
      {state === 'proposed' || state === 'to-confirm' ? (
        <button type="button" className="button button--secondary" onClick={() => onConfirm(id)}>
          Confirm {say(ASSESSMENT_WORDS, `response.${row?.response ?? 'in-place'}`)} for {id}
        </button>
      ) : null}
      {row?.response === 'not-applicable' ? (
        <TextArea
          id={`${anchor}-na`}
          label={`Why is ${id} not applicable? (Appendix C)`}
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
            label={`What of ${id} was not tested? (Appendix D)`}
            value={row.notTestedWhat}
            onChange={(v) => onChange(id, { notTestedWhat: v })}
            rows={2}
            limit="row.notTestedWhat"
          />
          <TextArea
            id={`${anchor}-nt-why`}
            label="Why was it left out of the assessment?"
            hint="For example: your acquirer asked you to assess only some requirements."
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
            label="It is not in place only because a law forbids it (a legal exception)"
            checked={!!row.legalException}
            onChange={(v) => onChange(id, { legalException: v || undefined })}
          />
          {row.legalException ? (
            <TextArea
              id={`${anchor}-legal-why`}
              label="Which law, and how does it prevent this requirement?"
              hint="Contracts and legal advice do not count: only a legal restriction."
              value={row.legalExplanation}
              onChange={(v) => onChange(id, { legalExplanation: v })}
              rows={2}
              limit="row.legalExplanation"
            />
          ) : (
            <>
              <TextArea
                id={`${anchor}-action`}
                label={`What will you do to put ${id} in place?`}
                value={row.remediationAction}
                onChange={(v) => onChange(id, { remediationAction: v })}
                rows={2}
                limit="row.remediationAction"
              />
              <TextField
                id={`${anchor}-owner`}
                label="Who will do it?"
                value={row.remediationOwner}
                onChange={(v) => onChange(id, { remediationOwner: v })}
                limit="row.remediationOwner"
              />
              <TextField
                id={`${anchor}-date`}
                type="date"
                label="Target date"
                value={row.remediationDate}
                onChange={(v) => onChange(id, { remediationDate: v })}
              />
            </>
          )}
        </div>
      ) : null}
      <div className="choice choice--checkbox">
        <input
          className="choice__input"
          type="checkbox"
          id={`${anchor}-dont-know`}
          checked={!!row?.dontKnow}
          onChange={(e) => onChange(id, { dontKnow: e.target.checked || undefined })}
        />
        <label className="choice__label" htmlFor={`${anchor}-dont-know`}>
          Don&apos;t know yet: follow up later
        </label>
      </div>
      {row?.dontKnow ? (
        <div className="follow-up">
          <TextField
            id={`${anchor}-follow-up-owner`}
            label="Who will find out?"
            value={row.followUpOwner}
            onChange={(v) => onChange(id, { followUpOwner: v })}
            limit="row.followUpOwner"
          />
          <TextArea
            id={`${anchor}-follow-up`}
            label="What to ask or check"
            value={row.followUpNote}
            onChange={(v) => onChange(id, { followUpNote: v })}
            rows={2}
            limit="row.followUpNote"
          />
        </div>
      ) : null}
      <TextArea
        id={`${anchor}-notes`}
        label={`Notes for ${id}: who checked, where the evidence is`}
        value={row?.notes}
        onChange={(v) => onChange(id, { notes: v })}
        rows={2}
        limit="row.notes"
      />
    </section>
  );
});

const CCW_QUESTIONS: Record<CcwField, { label: string; hint: string }> = {
  constraints: {
    label: '1. Constraints',
    hint: 'The real technical or business reason you cannot meet the requirement as written.',
  },
  definition: {
    label: '2. The compensating controls',
    hint: 'What you do instead, how it meets the original aim, and any added risk it covers.',
  },
  objective: {
    label: '3. Objective',
    hint: 'What the original requirement is for, and what your controls achieve.',
  },
  risk: {
    label: '4. Identified risk',
    hint: 'The extra risk from not having the original control.',
  },
  validation: {
    label: '5. Validation',
    hint: 'How the compensating controls were checked and tested.',
  },
  maintenance: { label: '6. Maintenance', hint: 'How you keep them working.' },
};

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
        Compensating controls worksheet for {id} (Appendix B)
      </legend>
      {CCW_FIELDS.map((f) => (
        <TextArea
          key={f}
          id={`${anchor}-ccw-${f}`}
          label={CCW_QUESTIONS[f].label}
          hint={CCW_QUESTIONS[f].hint}
          value={row.ccw?.[f]}
          rows={2}
          limit={`ccw.${f}`}
          onChange={(v) => onChange(id, { ccw: { ...row.ccw, [f]: v } })}
        />
      ))}
    </fieldset>
  );
}
