/**
 * A provisional assessment: started from a result that was not settled yet, on the likely SAQ, so
 * that the work can begin while someone finds out the missing answer. When the interview's answer
 * arrives, the decision is checked against it: confirmed, still open, or another SAQ.
 */
import type { MerchantDecision, SaqDecision } from '../eligibility/decide-saq';
import type { SaqId } from '../eligibility/saq-catalog';
import type { Assessment } from './model';

/**
 * The SAQ to start while a result is not settled: the shortest one still possible (the open
 * answers usually turn out to be the confirmations that keep it), or none when no SAQ can be started
 * (the acquirer or an on-site assessment decides, or nothing is in scope).
 */
export function likelySaq(decision: SaqDecision): SaqId | null {
  const own = ownPayments(decision);
  if (!own || own.status !== 'needs-review') return null;
  if (decision.escalations.includes('roc-required')) return null;
  if (decision.escalations.includes('no-saq-for-setup')) return null;
  return own.candidates[0] ?? null;
}

/** The decision about the organisation's own payments (not the services it provides to others). */
function ownPayments(decision: SaqDecision): MerchantDecision | undefined {
  return decision.merchant ?? (decision.saq === 'D-SP' ? undefined : decision);
}

/** What the interview's current decision says about a provisional assessment. */
export type ProvisionalCheck =
  | { kind: 'not-provisional' }
  /** The result is still not settled; `stillPossible` says whether this SAQ is among the candidates. */
  | { kind: 'waiting'; candidates: SaqId[]; stillPossible: boolean }
  /** The answer arrived and it is this SAQ: the assessment is no longer provisional. */
  | { kind: 'confirmed' }
  /** The answer arrived and it is another SAQ: move the assessment (its answers carry over). */
  | { kind: 'changed'; to: SaqId }
  /** The answer arrived and none of these payments need an SAQ (or only the acquirer can say). */
  | { kind: 'no-saq' };

/**
 * Checks a provisional assessment against the decision its interview gives now. An assessment of
 * one channel, where one SAQ per channel is possible, is checked against that channel's SAQ.
 */
export function recheckProvisional(a: Assessment, decision: SaqDecision): ProvisionalCheck {
  if (!a.provisional) return { kind: 'not-provisional' };
  const own = ownPayments(decision);
  const acquirer =
    decision.escalations.includes('roc-required') ||
    decision.escalations.includes('no-saq-for-setup');
  if (!own || acquirer || own.status === 'out-of-scope') return { kind: 'no-saq' };
  const [only] = a.channels;
  const channel =
    a.channels.length === 1 && own.separateSaqsPossible
      ? own.perChannel.find((c) => c.channel === only)
      : undefined;
  const settled = channel ? channel.saq : own.status === 'decided' ? own.saq : undefined;
  if (settled) return settled === a.saq ? { kind: 'confirmed' } : { kind: 'changed', to: settled };
  const candidates = channel?.candidates.length ? channel.candidates : own.candidates;
  return { kind: 'waiting', candidates, stillPossible: candidates.includes(a.saq) };
}

/** The assessment, no longer provisional (its SAQ was confirmed). */
export function confirmProvisional(a: Assessment, now: string): Assessment {
  const next: Assessment = { ...a, updatedAt: now };
  delete next.provisional;
  return next;
}

/**
 * The assessment as a fresh check leaves it, or null when nothing changes: confirmed, it is no
 * longer provisional; still waiting, its candidates follow the result; changed or no SAQ, it keeps
 * its answers and says so (the person moves it with "Change SAQ", or deletes it).
 */
export function applyProvisionalCheck(
  a: Assessment,
  check: ProvisionalCheck,
  now: string,
): Assessment | null {
  const p = a.provisional;
  if (!p || check.kind === 'not-provisional') return null;
  if (check.kind === 'confirmed') return confirmProvisional(a, now);
  if (check.kind === 'waiting') {
    const same =
      !p.outcome &&
      p.candidates.length === check.candidates.length &&
      p.candidates.every((c, i) => c === check.candidates[i]);
    return same
      ? null
      : { ...a, provisional: { candidates: check.candidates, since: p.since }, updatedAt: now };
  }
  const outcome =
    check.kind === 'changed' ? { kind: check.kind, to: check.to } : { kind: check.kind };
  if (
    p.outcome?.kind === outcome.kind &&
    (p.outcome.kind !== 'changed' || (outcome.kind === 'changed' && p.outcome.to === outcome.to))
  )
    return null;
  return { ...a, provisional: { ...p, outcome }, updatedAt: now };
}
