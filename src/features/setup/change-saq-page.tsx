import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { CONTENT_VERSION } from '@/content/principals';
import type { Assessment, SaqOutline } from '@/domain/assessment/model';
import { answerableRows, changeSaq, type SaqChange } from '@/domain/assessment/rules';
import { nextYear } from '@/domain/assessment/start';
import { SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl } from '@/lib/paths';

function ChangeSummary({ change }: { change: SaqChange }) {
  return (
    <ul className="list list--bullet">
      <li>{change.carried.length} answers carry over, marked "to confirm" until you check them.</li>
      <li>
        {change.added.length} requirements are new to you
        {change.added.length
          ? `: ${change.added.slice(0, 12).join(', ')}${change.added.length > 12 ? '…' : ''}`
          : ''}
        .
      </li>
      <li>
        {change.dropped.length} requirements are not in the new questionnaire
        {change.dropped.length
          ? `: ${change.dropped.join(', ')}. Their answers are kept and come back if you change back`
          : ''}
        .
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
  useDocumentTitle('Change SAQ');
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
        Back to the task list
      </Link>
      <h1>Change SAQ</h1>
      <p>
        {assessment.organisation} is using {SAQ_FACTS[assessment.saq].name}. If your setup has
        changed, or the interview now gives a different answer, move your work to another
        questionnaire. Answers carry over by requirement number. If you are not sure which SAQ
        applies, <Link to="/interview/check">check your interview answers</Link> first.
      </p>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Move to</legend>
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
                {SAQ_FACTS[o.id].name} ({answerableRows(o).length} requirements)
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {preview ? (
        <>
          <h2>What changes</h2>
          <ChangeSummary change={preview} />
          <button
            type="button"
            className="button"
            onClick={async () => {
              await onMove(preview.assessment);
              void navigate(assessmentUrl(assessmentId));
            }}
          >
            Move to {target ? SAQ_FACTS[target.id].name : ''}
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
  useDocumentTitle("Start next year's assessment");
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
        Back to the task list
      </Link>
      <h1>Start next year&apos;s assessment</h1>
      <p>
        A new {SAQ_FACTS[assessment.saq].name} assessment for {assessment.organisation} starts with
        this year&apos;s answers and notes. Each one is marked "to confirm": check it is still true
        before it counts. This year&apos;s assessment stays as it is.
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
        Start next year&apos;s assessment
      </button>
    </div>
  );
}
