import { useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { loadSaqContent } from '@/content/loader';
import { CONTENT_VERSION } from '@/content/principals';
import type { SaqContent } from '@/content/schema';
import type { Assessment, SaqOutline } from '@/domain/assessment/model';
import { changeSaq, type SaqChange } from '@/domain/assessment/rules';
import { SAQ_FACTS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { useDocumentTitle } from '@/app/use-document-title';
import { getAssessment, newAssessmentId, putAssessment } from '@/storage/assessment-store';
import { assessmentUrl } from './paths';

const AVAILABLE: SaqId[] = ['A', 'A-EP', 'B', 'B-IP', 'C', 'C-VT', 'P2PE', 'SPoC', 'D-Merchant'];

function useStoredAssessment(id: string) {
  const [state, setState] = useState<{ a: Assessment; saq: SaqContent } | null | undefined>(
    undefined,
  );
  useEffect(() => {
    let live = true;
    getAssessment(id)
      .then(async (a) => (a ? { a, saq: await loadSaqContent(a.saq) } : null))
      .then(
        (r) => live && setState(r && r.saq ? { a: r.a, saq: r.saq } : null),
        () => live && setState(null),
      );
    return () => {
      live = false;
    };
  }, [id]);
  return state;
}

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
export function ChangeSaqPage() {
  const { assessmentId = '' } = useParams();
  useDocumentTitle('Change SAQ');
  const navigate = useNavigate();
  const stored = useStoredAssessment(assessmentId);
  const [target, setTarget] = useState<SaqId | null>(null);
  const [preview, setPreview] = useState<{ change: SaqChange } | null>(null);
  useEffect(() => {
    if (!stored || !target) return;
    let live = true;
    loadSaqContent(target).then((to) => {
      if (live && to)
        setPreview({
          change: changeSaq(
            stored.a,
            stored.saq as SaqOutline,
            to as SaqOutline,
            new Date().toISOString(),
            CONTENT_VERSION,
          ),
        });
    });
    return () => {
      live = false;
    };
  }, [stored, target]);
  if (stored === undefined) return <p role="status">Loading&hellip;</p>;
  if (stored === null) return <h1>Assessment not found</h1>;
  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessmentId)}>
        Back to the task list
      </Link>
      <h1>Change SAQ</h1>
      <p>
        {stored.a.organisation} is using {SAQ_FACTS[stored.a.saq].name}. If your setup has changed,
        or the interview now gives a different answer, move your work to another questionnaire.
        Answers carry over by requirement number. If you are not sure which SAQ applies,{' '}
        <Link to="/interview/check">check your interview answers</Link> first.
      </p>
      <fieldset className="fieldset">
        <legend className="fieldset__legend">Move to</legend>
        <div className="radios">
          {AVAILABLE.filter((s) => s !== stored.a.saq).map((s) => (
            <div className="choice" key={s}>
              <input
                className="choice__input"
                type="radio"
                id={`to-${s}`}
                name="to"
                checked={target === s}
                onChange={() => setTarget(s)}
              />
              <label className="choice__label" htmlFor={`to-${s}`}>
                {SAQ_FACTS[s].name} ({SAQ_FACTS[s].rows} requirements)
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {preview ? (
        <>
          <h2>What changes</h2>
          <ChangeSummary change={preview.change} />
          <button
            type="button"
            className="button"
            onClick={async () => {
              await putAssessment(preview.change.assessment);
              navigate(assessmentUrl(assessmentId));
            }}
          >
            Move to {target ? SAQ_FACTS[target].name : ''}
          </button>
        </>
      ) : null}
    </div>
  );
}

/** "Start next year's from this one": a new assessment with every answer carried over to confirm. */
export function NextYearPage() {
  const { assessmentId = '' } = useParams();
  useDocumentTitle("Start next year's assessment");
  const navigate = useNavigate();
  const stored = useStoredAssessment(assessmentId);
  if (stored === undefined) return <p role="status">Loading&hellip;</p>;
  if (stored === null) return <h1>Assessment not found</h1>;
  const now = new Date().toISOString();
  const change = changeSaq(
    stored.a,
    stored.saq as SaqOutline,
    stored.saq as SaqOutline,
    now,
    CONTENT_VERSION,
  );
  return (
    <div className="narrow">
      <Link className="back-link" to={assessmentUrl(assessmentId)}>
        Back to the task list
      </Link>
      <h1>Start next year&apos;s assessment</h1>
      <p>
        A new {SAQ_FACTS[stored.a.saq].name} assessment for {stored.a.organisation} starts with this
        year&apos;s answers and notes. Each one is marked "to confirm": check it is still true
        before it counts. This year&apos;s assessment stays as it is.
      </p>
      <ChangeSummary change={change} />
      <button
        type="button"
        className="button"
        onClick={async () => {
          const id = newAssessmentId();
          await putAssessment({ ...change.assessment, id, createdAt: now, updatedAt: now });
          navigate(assessmentUrl(id));
        }}
      >
        Start next year&apos;s assessment
      </button>
    </div>
  );
}
