/**
 * Which of an SAQ's eligibility criteria a person must confirm, for the channels an assessment (or
 * a result) covers. Criteria written for one channel are left out when that channel is not covered,
 * and SAQ A's script criterion does not apply to a redirect or to fully outsourced payments
 * (PCI SSC FAQ 1588): it is shown as not applying, never as something to confirm.
 */
import type { InterviewAnswers } from './journey';
import type { ChannelKind } from './saq-catalog';

export interface Criterion {
  id: string;
  channel: 'any' | ChannelKind;
  text: string;
  appliesTo?: 'embedded-form';
}

export interface CriterionShown extends Criterion {
  /** False when the criterion does not apply to this organisation's setup. */
  applies: boolean;
  /** Why it does not apply. */
  because?: 'redirect-only';
}

/** Payment pages that embed nothing of the provider's in the organisation's own page. */
const NOTHING_EMBEDDED = new Set(['redirect', 'no-own-website', 'platform-is-merchant']);

/** Whether the online setups the interview recorded are all redirects or fully outsourced. */
export function onlyRedirects(interview: InterviewAnswers | undefined): boolean {
  const online = interview?.ecommerce ?? [];
  return online.length > 0 && online.every((s) => NOTHING_EMBEDDED.has(s.paymentPage ?? ''));
}

/**
 * The criteria to show for an SAQ: those of the channels covered (every channel when `channels`
 * is empty), each marked whether it applies.
 */
export function criteriaFor(
  criteria: readonly Criterion[],
  channels: readonly ChannelKind[],
  interview: InterviewAnswers | undefined,
): CriterionShown[] {
  return criteria
    .filter((c) => c.channel === 'any' || channels.length === 0 || channels.includes(c.channel))
    .map((c) =>
      c.appliesTo === 'embedded-form' && onlyRedirects(interview)
        ? { ...c, applies: false, because: 'redirect-only' as const }
        : { ...c, applies: true },
    );
}
