import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CONTENT_VERSION } from '@/content/principals';
import { CHANGE_SAQ_WORDS, say } from '@/content/words';
import type { Assessment, SaqOutline } from '@/domain/assessment/model';
import { answerableRows, changeSaq, type SaqChange } from '@/domain/assessment/rules';
import { nextYear } from '@/domain/assessment/start';
import { SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl, CHECK_URL } from '@/lib/paths';

const w = (code: keyof typeof CHANGE_SAQ_WORDS, params?: Record<string, string | number>) =>
  say(CHANGE_SAQ_WORDS, code, params);

function ChangeSummary({ change }: { change: SaqChange }) {
  const { carried, added, dropped } = change;
  return (
    <ul className="list list--bullet">
      <li>{w('summary.carried', { count: carried.length })}</li>
      <li>
        {added.length
          ? w('summary.added-ids', {
              count: added.length,
              ids: `${added.slice(0, 12).join(', ')}${added.length > 12 ? '…' : ''}`,
            })
          : w('summary.added', { count: 0 })}
      </li>
      <li>
        {dropped.length
          ? w('summary.dropped-ids', { count: dropped.length, ids: dropped.join(', ') })
          : w('summary.dropped', { count: 0 })}
      </li>
    </ul>
  );
}

/** "Change SAQ": e.g. the "iframe" turned out to be a form built by a script, so A becomes A-EP. */
export function ChangeSaqPage({
  assessment,
  saq,
  others,
  onMove,
}: {
  assessment: Assessment;
  saq: SaqOutline;
  /** Every other questionnaire the assessment could move to, with its content. */
  others: readonly SaqOutline[];
  /** Saves the moved assessment; the page then goes back to its task list. */
  onMove: (moved: Assessment) => Promise<void>;
}) {
  useDocumentTitle(w('change.title'));
  const navigate = useNavigate();
  const assessmentId = assessment.id;
  const [target, setTarget] = useState<SaqOutline | null>(null);
  // Worked out when a target is picked, from the content the route already loaded.
  const [now] = useState(() => new Date().toISOString());
  const preview = useMemo(
    () => (target ? changeSaq(assessment, saq, target, now, CONTENT_VERSION) : null),
    [assessment, saq, target, now],
  );
  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessmentId)}>
        {w('back')}
      </Link>
      <h1>{w('change.title')}</h1>
      <p>
        {w('change.intro', {
          organisation: assessment.organisation,
          saq: SAQ_FACTS[assessment.saq].name,
        })}{' '}
        <Link to={CHECK_URL}>{w('change.intro-link')}</Link> {w('change.intro-after')}
      </p>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">{w('change.to')}</legend>
        <div className="radios">
          {others.map((o) => (
            <div className="choice" key={o.id}>
              <input
                className="choice__input"
                type="radio"
                id={`to-${o.id}`}
                name="to"
                checked={target?.id === o.id}
                onChange={() => setTarget(o)}
              />
              <label className="choice__label" htmlFor={`to-${o.id}`}>
                {w('change.option', {
                  saq: SAQ_FACTS[o.id].name,
                  count: answerableRows(o).length,
                })}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {preview ? (
        <>
          <h2>{w('change.what')}</h2>
          <ChangeSummary change={preview} />
          <button
            type="button"
            className="button"
            onClick={async () => {
              await onMove(preview.assessment);
              void navigate(assessmentUrl(assessmentId));
            }}
          >
            {w('change.move', { saq: target ? SAQ_FACTS[target.id].name : '' })}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** "Start next year's from this one": a new assessment with every answer carried over to confirm. */
export function NextYearPage({
  assessment,
  saq,
  newId,
  onStart,
}: {
  assessment: Assessment;
  saq: SaqOutline;
  newId: string;
  /** Saves next year's assessment; the page then opens it. */
  onStart: (next: Assessment) => Promise<void>;
}) {
  useDocumentTitle(w('next.title'));
  const navigate = useNavigate();
  const [now] = useState(() => new Date().toISOString());
  const change = useMemo(
    () => nextYear(assessment, saq, now, CONTENT_VERSION, newId),
    [assessment, saq, now, newId],
  );
  const assessmentId = assessment.id;
  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessmentId)}>
        {w('back')}
      </Link>
      <h1>{w('next.title')}</h1>
      <p>
        {w('next.intro', {
          saq: SAQ_FACTS[assessment.saq].name,
          organisation: assessment.organisation,
        })}
      </p>
      <ChangeSummary change={change} />
      <button
        type="button"
        className="button"
        onClick={async () => {
          await onStart(change.assessment);
          void navigate(assessmentUrl(change.assessment.id));
        }}
      >
        {w('next.start')}
      </button>
    </div>
  );
}
