import { useForm } from 'react-hook-form';
import { Link, useNavigate } from 'react-router';
import { Choices } from '@/components/ui/choices';
import { Details } from '@/components/ui/details';
import { ErrorSummary } from '@/components/ui/error-summary';
import { questionText } from '@/content/eligibility';
import type { ProcessorCatalog } from '@/content/schema';
import { INTERVIEW_WORDS, PROCESSOR_WORDS, UI_WORDS, say } from '@/content/words';
import { answerFor, questionPosition, type Step } from '@/domain/eligibility/journey';
import {
  selectCurrentStep,
  selectPhase,
  selectPreviousStep,
  type InterviewSnapshot,
} from '@/machine/interview-selectors';
import { useInterview, useInterviewActor } from './interview-actor';
import { ProcessorPicker } from './processor-picker';

import { CHECK_URL, stepUrl } from '@/lib/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';

const w = (code: keyof typeof INTERVIEW_WORDS, params?: Record<string, string | number>) =>
  say(INTERVIEW_WORDS, code, params);

function caption(step: Step): string | undefined {
  if (!step.channel) return undefined;
  const channel = w(`caption.${step.channel}`);
  return step.setup ? w('caption.setup', { channel, number: step.setup + 1 }) : channel;
}

/**
 * "Question 3 of 9 (the number can change with your answers)", counted over the questions the
 * person is asked (see questionPosition); undefined for a step off the journey.
 */
function useProgressText(stepId: string): string | undefined {
  const answers = useInterview((s) => s.context.answers);
  const at = questionPosition(answers, stepId);
  if (!at) return undefined;
  const line = say(PROCESSOR_WORDS, 'progress', { index: at.index, total: at.total });
  return at.total > at.index ? `${line} ${say(PROCESSOR_WORDS, 'progress.can-change')}` : line;
}

/** Where an answer leads: the check page once the interview is complete, otherwise the next step. */
function urlAfterAnswer(s: InterviewSnapshot): string {
  return selectPhase(s) === 'checking' ? CHECK_URL : stepUrl(s.context.stepId);
}

interface FormValues {
  answer: string | string[] | null;
}

function QuestionForm({ step }: { step: Step }) {
  const actorRef = useInterviewActor();
  const navigate = useNavigate();
  const answers = useInterview((s) => s.context.answers);
  const previous = useInterview(selectPreviousStep);
  const returnToCheck = useInterview((s) => s.context.returnToCheck);
  const progress = useProgressText(step.id);
  const q = questionText(step.question);
  const current = answerFor(answers, step);
  const prefilledFrom = answers.prefilledBy?.[step.id];
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitted },
  } = useForm<FormValues>({
    defaultValues: { answer: current ?? (q.kind === 'checkbox' ? [] : null) },
    // The error summary takes focus instead, as the GOV.UK pattern does.
    shouldFocusError: false,
  });
  useDocumentTitle(
    errors.answer ? say(UI_WORDS, 'error.title-prefix', { title: q.title }) : q.title,
  );
  const message =
    q.kind === 'checkbox'
      ? w('error.checkbox')
      : w('error.radio', { question: q.title.replace(/\?$/, '') });
  const registration = register('answer', {
    validate: (v) =>
      (Array.isArray(v) ? v.length > 0 : typeof v === 'string' && v !== '') || message,
  });

  const onSubmit = (values: FormValues) => {
    if (values.answer === null) return;
    actorRef.send({ type: 'answer.submit', stepId: step.id, value: values.answer });
    const s = actorRef.getSnapshot();
    void navigate(urlAfterAnswer(s));
  };

  const fieldId = `answer-${step.id}`;
  return (
    <>
      {previous ? (
        <Link className="back-link" to={returnToCheck ? CHECK_URL : stepUrl(previous.id)}>
          {w('back')}
        </Link>
      ) : (
        <Link className="back-link" to="/">
          {w('back')}
        </Link>
      )}
      <div className="narrow">
        {isSubmitted && errors.answer?.message ? (
          <ErrorSummary errors={[{ href: fieldId, message: errors.answer.message }]} />
        ) : null}
        {progress ? <p className="progress">{progress}</p> : null}
        {prefilledFrom ? (
          <div className="notification" role="note">
            <p>
              {w('prefilled.before')} <strong>{prefilledFrom}</strong>
              {w('prefilled.after')}
            </p>
          </div>
        ) : null}
        <form onSubmit={(e) => void handleSubmit(onSubmit)(e)} noValidate>
          <Choices
            type={q.kind === 'checkbox' ? 'checkbox' : 'radio'}
            id={fieldId}
            legend={q.title}
            legendIsHeading
            caption={caption(step)}
            hint={q.hint}
            error={errors.answer?.message}
            options={q.options}
            registration={registration}
          />
          <Details summary={w('help')}>
            {q.help.map((p) => (
              <p key={p}>{p}</p>
            ))}
          </Details>
          {q.howToTell ? (
            <Details summary={w('how-to-tell')}>
              {q.howToTell.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </Details>
          ) : null}
          <button type="submit" className="button">
            {w('continue')}
          </button>
        </form>
      </div>
    </>
  );
}

/**
 * One question per page. The route's loader has already moved the machine to the step the address
 * names (or redirected to the next one that may be asked), so the page only renders that step.
 */
export function QuestionPage({ catalog }: { catalog: ProcessorCatalog | null }) {
  const step = useInterview(selectCurrentStep);
  const phase = useInterview(selectPhase);
  if (!step || phase !== 'asking') return null;
  if (step.question === 'processors')
    return catalog ? <ProcessorStep key={step.id} catalog={catalog} stepId={step.id} /> : null;
  return <QuestionForm key={step.id} step={step} />;
}

/** The optional processor step: picks prefill the setups they determine. */
function ProcessorStep({ catalog, stepId }: { catalog: ProcessorCatalog; stepId: string }) {
  const actorRef = useInterviewActor();
  const navigate = useNavigate();
  const answers = useInterview((s) => s.context.answers);
  const previous = useInterview(selectPreviousStep);
  const returnToCheck = useInterview((s) => s.context.returnToCheck);
  const q = questionText('processors');
  const progress = useProgressText(stepId);
  useDocumentTitle(q.title);
  return (
    <ProcessorPicker
      catalog={catalog}
      question={q}
      initial={answers.processors ?? []}
      {...(progress ? { progress } : {})}
      backTo={returnToCheck ? CHECK_URL : previous ? stepUrl(previous.id) : '/'}
      onSubmit={(ids, picks) => {
        actorRef.send({ type: 'answer.submit', stepId: 'processors', value: ids, picks });
        const s = actorRef.getSnapshot();
        void navigate(urlAfterAnswer(s));
      }}
    />
  );
}
