/**
 * Starting assessments: which questionnaires the result page asked for (read from the address), and
 * the new assessments themselves, all built before anything is saved so the start is all or nothing.
 */
import { decideSaq } from '../eligibility/decide-saq';
import { toProfile, type InterviewAnswers } from '../eligibility/journey';
import { CHANNELS, SAQ_IDS, type ChannelKind, type SaqId } from '../eligibility/saq-catalog';
import type { Assessment, SaqOutline } from './model';
import { likelySaq } from './provisional';
import { createAssessment } from './proposals';

export interface PlannedAssessment {
  saq: SaqId;
  channels: ChannelKind[];
}

const isSaq = (s: string): s is SaqId => (SAQ_IDS as readonly string[]).includes(s);
const isChannel = (c: string): c is ChannelKind => (CHANNELS as readonly string[]).includes(c);

/**
 * What to start, from the address: `?saq=A&channels=ecommerce` (one questionnaire) or
 * `?plan=A:ecommerce,P2PE:cardPresent` (one per channel; several channels joined with `+`).
 * Anything unknown is left out.
 */
export function readPlan(params: URLSearchParams): PlannedAssessment[] {
  const plan = params.get('plan');
  if (plan !== null)
    return plan.split(',').flatMap((part) => {
      const [saq = '', channels = ''] = part.split(':');
      return isSaq(saq) ? [{ saq, channels: channels.split('+').filter(isChannel) }] : [];
    });
  const saq = params.get('saq') ?? '';
  const channels = (params.get('channels') ?? '').split(',').filter(isChannel);
  return isSaq(saq) ? [{ saq, channels }] : [];
}

export interface StartInput {
  plan: readonly PlannedAssessment[];
  /** The SAQ content of every planned SAQ, by id. */
  saqs: Readonly<Partial<Record<SaqId, SaqOutline>>>;
  organisation: string;
  /** The interview the plan came from, kept as the record of why this SAQ. */
  interview?: InterviewAnswers;
  /** That interview's id in this browser, so the SAQ can be re-checked when its answers change. */
  interviewId?: string;
  contentVersion: string;
  now: string;
  newId: () => string;
}

/**
 * The assessments a plan starts, with the interview's decision and proposals, or an error naming
 * the questionnaire OpenSAQ has no content for. Nothing is saved here.
 */
export function startAssessments(
  input: StartInput,
): { ok: true; assessments: Assessment[] } | { ok: false; missing: SaqId[] } {
  const missing = input.plan.filter((p) => !input.saqs[p.saq]).map((p) => p.saq);
  if (missing.length > 0) return { ok: false, missing };
  const profile = input.interview ? toProfile(input.interview) : null;
  const decision = profile ? decideSaq(profile) : undefined;
  // Started from a result that is not settled: the likely SAQ, marked provisional until it is.
  const own = decision?.merchant ?? decision;
  const provisional =
    decision && own && likelySaq(decision) !== null
      ? { candidates: own.candidates, since: input.now }
      : undefined;
  const assessments = input.plan.flatMap((p) => {
    const saq = input.saqs[p.saq];
    if (!saq) return [];
    const created = createAssessment({
      id: input.newId(),
      organisation: input.organisation.trim(),
      channels: p.channels,
      saq,
      contentVersion: input.contentVersion,
      ...(input.interview ? { interview: input.interview } : {}),
      ...(decision ? { decision } : {}),
      now: input.now,
    });
    return [
      {
        ...created,
        ...(input.interviewId ? { interviewId: input.interviewId } : {}),
        ...(provisional && provisional.candidates.includes(p.saq) ? { provisional } : {}),
      },
    ];
  });
  return { ok: true, assessments };
}

// Next year's lives apart so the Files page can use it without the decision engine.
export { nextYear } from './next-year';
