/** "What would change it": realistic changes to a setup that lead to a shorter SAQ, and by how much. */
import { decideSaq, type SaqDecision } from './decide-saq';
import type { PaymentProfile } from './profile';
import { SAQ_FACTS, type SaqId } from './saq-catalog';

export interface Alternative {
  code: string;
  /** What to change, in plain words. */
  change: string;
  from: SaqId;
  to: SaqId;
  rowsSaved: number;
}

export interface Candidate {
  code: string;
  change: string;
  profile: PaymentProfile;
}

/** The longest SAQ a decision may still lead to: what a change would be measured against. */
function worst(decision: SaqDecision): SaqId | undefined {
  return decision.saq ?? decision.candidates[decision.candidates.length - 1];
}

function candidates(p: PaymentProfile): Candidate[] {
  const out: Candidate[] = [];
  const replaceEcom = (i: number, setup: PaymentProfile['ecommerce'][number]) => ({
    ...p,
    ecommerce: p.ecommerce.map((s, j) =>
      j === i ? { ...setup, ...(s.label ? { label: s.label } : {}) } : s,
    ),
  });
  p.ecommerce.forEach((s, i) => {
    const name = p.ecommerce.length > 1 ? ` (online form ${i + 1})` : '';
    if (
      s.paymentPage === 'iframe' &&
      s.scriptProtection !== 'own-controls' &&
      s.scriptProtection !== 'provider-confirmed'
    )
      out.push({
        code: 'get-script-confirmation',
        change: `Get your provider's written confirmation that their embedded form protects your page against script attacks, and set it up as they instruct${name}.`,
        profile: replaceEcom(i, { ...s, scriptProtection: 'provider-confirmed' }),
      });
    if (['iframe', 'js-form', 'direct-post', 'own-server', 'unsure'].includes(s.paymentPage))
      out.push({
        code: 'switch-to-redirect',
        change: `Send donors to your provider's own hosted payment page (a full redirect) instead${name}. The script condition does not apply to redirects.`,
        profile: replaceEcom(i, { paymentPage: 'redirect' }),
      });
    if (['js-form', 'direct-post', 'own-server'].includes(s.paymentPage))
      out.push({
        code: 'switch-to-iframe',
        change: `Use your provider's embedded payment form (iframe or hosted fields) with their written script-protection confirmation${name}.`,
        profile: replaceEcom(i, { paymentPage: 'iframe', scriptProtection: 'provider-confirmed' }),
      });
  });
  p.moto.forEach((s, i) => {
    const replace = (setup: PaymentProfile['moto'][number]) => ({
      ...p,
      moto: p.moto.map((m, j) => (j === i ? setup : m)),
    });
    if (s.capture !== 'provider-handles')
      out.push({
        code: 'phone-payment-links',
        change:
          "Take phone and post gifts through your provider instead: a payment link sent to the supporter, or the provider's phone payment line, so staff never type card numbers.",
        profile: replace({ capture: 'provider-handles' }),
      });
    if (s.capture !== 'virtual-terminal' || s.isolatedDevice !== 'yes')
      out.push({
        code: 'dedicated-virtual-terminal',
        change:
          "Key phone gifts only into your provider's virtual terminal, on a dedicated computer used for nothing else and kept off your office network.",
        profile: replace({ capture: 'virtual-terminal', isolatedDevice: 'yes' }),
      });
  });
  p.cardPresent.forEach((s, i) => {
    if (s.equipment !== 'p2pe-listed')
      out.push({
        code: 'p2pe-terminals',
        change:
          'Use terminals from a PCI-listed point-to-point encryption (P2PE) solution for in-person payments.',
        profile: {
          ...p,
          cardPresent: p.cardPresent.map((c, j) => (j === i ? { equipment: 'p2pe-listed' } : c)),
        },
      });
  });
  if (p.storesAccountDataElectronically !== 'no')
    out.push({
      code: 'stop-storing',
      change:
        'Stop keeping card numbers electronically: delete them securely and let your provider keep cards for regular gifts (as tokens).',
      profile: { ...p, storesAccountDataElectronically: 'no' },
    });
  if (
    p.receivesAccountDataElectronically === 'yes' ||
    p.receivesAccountDataElectronically === 'unsure'
  )
    out.push({
      code: 'stop-email-card-data',
      change:
        'Never ask for card numbers by email or forms; delete any that arrive unasked, under a written procedure, and point the sender to your payment page.',
      profile: { ...p, receivesAccountDataElectronically: 'unsolicited-deleted' },
    });
  if (p.thirdPartiesConfirmedCompliant !== 'yes')
    out.push({
      code: 'confirm-provider',
      change: "Confirm your providers' PCI DSS compliance (get their Attestation of Compliance).",
      profile: { ...p, thirdPartiesConfirmedCompliant: 'yes' },
    });
  return out;
}

/**
 * Realistic single changes that lead to a decided, shorter SAQ than the current (or worst possible)
 * one, most rows saved first.
 */
export function whatWouldChange(
  profile: PaymentProfile,
  decision = decideSaq(profile),
  /** More changes to try, e.g. another mode of a processor the user picked (built from the catalog). */
  extra: readonly Candidate[] = [],
): Alternative[] {
  const from = worst(decision);
  if (!from || from === 'D-SP' || decision.status === 'out-of-scope') return [];
  const seen = new Set<string>();
  const result: Alternative[] = [];
  for (const c of [...extra, ...candidates(profile)]) {
    const after = decideSaq(c.profile);
    if (after.status !== 'decided' || !after.saq) continue;
    const rowsSaved = SAQ_FACTS[from].rows - SAQ_FACTS[after.saq].rows;
    if (rowsSaved <= 0 || seen.has(c.change)) continue;
    seen.add(c.change);
    result.push({ code: c.code, change: c.change, from, to: after.saq, rowsSaved });
  }
  return result.sort((a, b) => b.rowsSaved - a.rowsSaved);
}
