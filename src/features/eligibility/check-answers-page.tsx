import { Link, useNavigate } from 'react-router';
import { questionText } from '@/content/eligibility';
import { INTERVIEW_WORDS, PROCESSOR_WORDS, say } from '@/content/words';
import { journey, type Step } from '@/domain/eligibility/journey';
import { CHANNEL_NAMES } from '@/domain/eligibility/saq-catalog';
import { selectPhase } from '@/machine/interview-selectors';
import { RESULT_URL, stepUrl } from '@/lib/paths';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { FromChoice, shownAnswer } from './answer-shown';
import { useInterview, useInterviewActor } from './interview-actor';

function setupName(step: Step): string {
  return step.channel ? `${CHANNEL_NAMES[step.channel]} ${(step.setup ?? 0) + 1}: ` : '';
}

/** "Check your answers": every answer with a change link, before the result. */
export function CheckAnswersPage() {
  useDocumentTitle(say(INTERVIEW_WORDS, 'check.title'));
  const actorRef = useInterviewActor();
  const navigate = useNavigate();
  const answers = useInterview((s) => s.context.answers);
  const phase = useInterview(selectPhase);

  if (phase !== 'checking') return null;
  const steps = journey(answers);
  return (
    <div className="narrow">
      <h1>{say(INTERVIEW_WORDS, 'check.title')}</h1>
      <p>{say(INTERVIEW_WORDS, 'check.intro')}</p>
      <dl className="summary-list">
        {steps.map((step) => {
          const q = questionText(step.question);
          const shown = shownAnswer(answers, step) ?? say(PROCESSOR_WORDS, 'check.not-answered');
          return (
            <div className="summary-list__row" key={step.id}>
              <dt className="summary-list__key">
                {setupName(step)}
                {q.title}
              </dt>
              <dd className="summary-list__value">
                {shown}
                <FromChoice answers={answers} step={step} />
              </dd>

              <dd className="summary-list__actions">
                <Link
                  to={stepUrl(step.id)}
                  onClick={() => actorRef.send({ type: 'answers.change', stepId: step.id })}
                >
                  {say(INTERVIEW_WORDS, 'check.change')}
                  <span className="visually-hidden">
                    {say(INTERVIEW_WORDS, 'check.change-hidden', { question: q.title })}
                  </span>
                </Link>
              </dd>
            </div>
          );
        })}
      </dl>
      <button
        type="button"
        className="button"
        onClick={() => {
          actorRef.send({ type: 'answers.confirm' });
          void navigate(RESULT_URL);
        }}
      >
        {say(INTERVIEW_WORDS, 'check.see-result')}
      </button>
    </div>
  );
}
