import { useForm } from 'react-hook-form';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '@/components/ui/error-summary';
import { hasSaqContent, loadSaqContent } from '@/content/loader';
import { CONTENT_VERSION } from '@/content/principals';
import type { ChannelKind, SaqId } from '@/domain/eligibility/saq-catalog';
import { CHANNEL_NAMES, CHANNELS, SAQ_FACTS, SAQ_IDS } from '@/domain/eligibility/saq-catalog';
import { createAssessment } from '@/domain/assessment/rules';
import { decideSaq } from '@/domain/eligibility/decide-saq';
import { toProfile } from '@/domain/eligibility/journey';

import type { SaqOutline } from '@/domain/assessment/model';
import { useDocumentTitle } from '@/app/use-document-title';
import { newAssessmentId, putAssessment } from '@/storage/assessment-store';
import { loadInterview } from '@/storage/interview-store';
import { assessmentUrl } from './paths';

/** What to start, read from the address: `?saq=A&channels=ecommerce` or `?plan=A:ecommerce,P2PE:cardPresent`. */
function readPlan(params: URLSearchParams): { saq: SaqId; channels: ChannelKind[] }[] {
  const isSaq = (s: string): s is SaqId => (SAQ_IDS as readonly string[]).includes(s);
  const isChannel = (c: string): c is ChannelKind => (CHANNELS as readonly string[]).includes(c);
  const plan = params.get('plan');
  if (plan) {
    return plan
      .split(',')
      .map((part) => part.split(':'))
      .flatMap(([saq, channel]) =>
        saq && channel && isSaq(saq) && isChannel(channel) ? [{ saq, channels: [channel] }] : [],
      );
  }
  const saq = params.get('saq') ?? '';
  const channels = (params.get('channels') ?? '').split(',').filter(isChannel);
  return isSaq(saq) ? [{ saq, channels }] : [];
}

interface FormValues {
  organisation: string;
}

/** Starts the questionnaire(s) chosen on the result page: asks only the organisation's name. */
export function NewAssessmentPage() {
  useDocumentTitle('Start the questionnaire');
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const plan = readPlan(params);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: { organisation: '' }, shouldFocusError: false });

  const missing = plan.filter((p) => !hasSaqContent(p.saq));
  if (plan.length === 0 || missing.length > 0) {
    return (
      <div className="narrow">
        <h1>
          {plan.length === 0 ? 'Which questionnaire?' : 'This questionnaire is not in OpenSAQ yet'}
        </h1>
        <p>
          {plan.length === 0
            ? 'This address does not say which questionnaire to start.'
            : `OpenSAQ does not have the questions for ${missing.map((m) => SAQ_FACTS[m.saq].name).join(' and ')} yet.`}{' '}
          <Link to="/interview/result">Back to your result</Link>.
        </p>
      </div>
    );
  }

  const onSubmit = async ({ organisation }: FormValues) => {
    try {
      // Without the interview (or without storage for it) the assessment simply starts with no proposals.
      const interview = (await loadInterview().catch(() => null))?.answers;
      const profile = interview ? toProfile(interview) : null;
      const decision = profile ? decideSaq(profile) : undefined;
      const now = new Date().toISOString();
      const ids: string[] = [];
      for (const p of plan) {
        const saq = await loadSaqContent(p.saq);
        if (!saq) throw new Error(`no content for ${p.saq}`);
        const a = createAssessment({
          id: newAssessmentId(),
          organisation: organisation.trim(),
          channels: p.channels,
          saq: saq as SaqOutline,
          contentVersion: CONTENT_VERSION,
          ...(interview ? { interview } : {}),
          ...(decision ? { decision } : {}),
          now,
        });
        await putAssessment(a);
        ids.push(a.id);
      }
      navigate(ids.length === 1 && ids[0] ? assessmentUrl(ids[0]) : '/');
    } catch (e) {
      setError('organisation', {
        message: `The assessment could not be saved in this browser (${String(e)}). Nothing was lost; try again.`,
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
      <h1>Start the questionnaire</h1>
      <ul className="list list--bullet">
        {plan.map((p) => (
          <li key={p.saq + p.channels.join()}>
            {SAQ_FACTS[p.saq].name} ({SAQ_FACTS[p.saq].rows} requirements)
            {p.channels.length > 0
              ? ` for ${p.channels.map((c) => CHANNEL_NAMES[c].toLowerCase()).join(', ')} payments`
              : ''}
          </li>
        ))}
      </ul>
      <form onSubmit={handleSubmit(onSubmit)} noValidate>
        <div className={`form-group${errors.organisation ? ' form-group--error' : ''}`}>
          <label className="label label--bold" htmlFor="organisation">
            Organisation name
          </label>
          <div className="hint" id="organisation-hint">
            As on your merchant account. You can change it later.
          </div>
          {errors.organisation ? (
            <p className="error-message" id="organisation-error">
              <span className="visually-hidden">Error:</span> {errors.organisation.message}
            </p>
          ) : null}
          <input
            className="input"
            id="organisation"
            autoComplete="organization"
            aria-describedby={`organisation-hint${errors.organisation ? ' organisation-error' : ''}`}
            {...register('organisation', {
              validate: (v) => v.trim().length > 0 || 'Enter the organisation name',
              maxLength: {
                value: 200,
                message: 'The organisation name must be 200 characters or fewer',
              },
            })}
          />
        </div>
        <button type="submit" className="button" disabled={isSubmitting}>
          Start
        </button>
      </form>
    </div>
  );
}
