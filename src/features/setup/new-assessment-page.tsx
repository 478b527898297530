import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { CONTENT_VERSION } from '@/content/principals';
import type { Assessment, SaqOutline } from '@/domain/assessment/model';
import { answerableRows } from '@/domain/assessment/rules';
import { startAssessments, type PlannedAssessment } from '@/domain/assessment/start';
import type { InterviewAnswers } from '@/domain/eligibility/journey';
import { CHANNEL_NAMES, SAQ_FACTS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { ASSESSMENT_WORDS, SAVING_WORDS, UI_WORDS, say } from '@/content/words';
import { lengthText, storageErrorText } from '@/domain/files/files-text';
import { fieldLengthStatus, fieldLimit } from '@/domain/limits';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { assessmentUrl, HOME_URL, RESULT_URL } from '@/lib/paths';
import { newAssessmentId } from '@/storage/assessment-store';

interface FormValues {
  organisation: string;
}

/** Starts the questionnaire(s) chosen on the result page: asks only the organisation's name. */
export function NewAssessmentPage({
  plan,
  saqs,
  interview,
  onStart,
}: {
  plan: readonly PlannedAssessment[];
  /** The content of every planned SAQ OpenSAQ has. */
  saqs: Readonly<Partial<Record<SaqId, SaqOutline>>>;
  /**
   * The interview the result came from, when there is one: the assessments keep its answers as the
   * record of why, and its organisation's name is filled in.
   */
  interview: { id: string; answers: InterviewAnswers; organisation: string } | null;
  /** Saves the new assessments, all or none. */
  onStart: (assessments: Assessment[]) => Promise<void>;
}) {
  useDocumentTitle(say(ASSESSMENT_WORDS, 'start.title'));
  const navigate = useNavigate();
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    defaultValues: { organisation: interview?.organisation ?? '' },
    shouldFocusError: false,
  });

  const nameLength = fieldLengthStatus('organisation', useWatch({ control, name: 'organisation' }));
  // The ids are chosen once for this page: a retry after a failure (or a second click) adds the same
  // assessments, never a second set.
  const [ids] = useState(() => new Map<number, string>());
  const missing = plan.filter((p) => !saqs[p.saq]);
  const rowCount = (id: SaqId) => {
    const saq = saqs[id];
    return saq ? answerableRows(saq).length : 0;
  };
  if (plan.length === 0 || missing.length > 0) {
    return (
      <div className="narrow">
        <h1>
          {plan.length === 0
            ? say(ASSESSMENT_WORDS, 'start.none.title')
            : say(ASSESSMENT_WORDS, 'start.missing.title')}
        </h1>
        <p>
          {plan.length === 0
            ? say(ASSESSMENT_WORDS, 'start.none.body')
            : say(ASSESSMENT_WORDS, 'start.missing.body', {
                saqs: missing
                  .map((m) => SAQ_FACTS[m.saq].name)
                  .join(say(ASSESSMENT_WORDS, 'start.missing.join')),
              })}{' '}
          <Link to={RESULT_URL}>{say(ASSESSMENT_WORDS, 'start.back')}</Link>.
        </p>
      </div>
    );
  }

  const onSubmit = async ({ organisation }: FormValues) => {
    let n = 0;
    const stableId = () => {
      const id = ids.get(n) ?? newAssessmentId();
      ids.set(n++, id);
      return id;
    };
    const started = startAssessments({
      plan,
      saqs,
      organisation,
      ...(interview ? { interview: interview.answers, interviewId: interview.id } : {}),
      contentVersion: CONTENT_VERSION,
      now: new Date().toISOString(),
      newId: stableId,
    });
    if (!started.ok) return;
    try {
      await onStart(started.assessments);
      // One per channel: the first of them opens, as a single one does; the others are on the
      // task list's "other channels" line and the start page.
      const [first] = started.assessments;
      void navigate(first ? assessmentUrl(first.id) : HOME_URL);
    } catch (e) {
      setError('organisation', {
        message: say(SAVING_WORDS, 'start.failed', { reason: storageErrorText(e) }),
      });
    }
  };

  return (
    <div className="narrow">
      <ErrorSummary
        errors={
          errors.organisation?.message
            ? [{ href: 'organisation', message: errors.organisation.message }]
            : []
        }
      />
      <h1>{say(ASSESSMENT_WORDS, 'start.title')}</h1>
      <ul className="list list--bullet">
        {plan.map((p) => (
          <li key={p.saq + p.channels.join()}>
            {say(ASSESSMENT_WORDS, 'start.plan', {
              saq: SAQ_FACTS[p.saq].name,
              count: rowCount(p.saq),
            })}
            {p.channels.length > 0
              ? say(ASSESSMENT_WORDS, 'start.plan.channels', {
                  channels: p.channels.map((c) => CHANNEL_NAMES[c].toLowerCase()).join(', '),
                })
              : ''}
          </li>
        ))}
      </ul>
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <div className={`form-group${errors.organisation ? ' form-group--error' : ''}`}>
          <label className="label label--bold" htmlFor="organisation">
            {say(ASSESSMENT_WORDS, 'start.organisation')}
          </label>
          <div className="hint" id="organisation-hint">
            {say(ASSESSMENT_WORDS, 'start.organisation.hint')}
          </div>
          {errors.organisation ? (
            <p className="error-message" id="organisation-error">
              <span className="visually-hidden">{say(UI_WORDS, 'error.prefix')}</span>{' '}
              {errors.organisation.message}
            </p>
          ) : null}
          <input
            className="input"
            id="organisation"
            autoComplete="organization"
            maxLength={fieldLimit('organisation')}
            aria-describedby={`organisation-hint${errors.organisation ? ' organisation-error' : ''}${nameLength.near ? ' organisation-count' : ''}`}
            {...register('organisation', {
              validate: (v) =>
                v.trim().length > 0 || say(ASSESSMENT_WORDS, 'start.organisation.empty'),
              maxLength: {
                value: fieldLimit('organisation'),
                message: say(ASSESSMENT_WORDS, 'start.organisation.long', {
                  limit: fieldLimit('organisation'),
                }),
              },
            })}
          />
          {nameLength.near ? (
            <div className="hint character-count" id="organisation-count">
              {lengthText(nameLength)}
            </div>
          ) : null}
        </div>
        <button type="submit" className="button" disabled={isSubmitting}>
          {say(ASSESSMENT_WORDS, 'start.submit')}
        </button>
      </form>
    </div>
  );
}
