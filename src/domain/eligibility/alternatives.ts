/** "What would change it": realistic changes to a setup that lead to a shorter SAQ, and by how much. */
import { ALTERNATIVE_WORDS, say } from '../../content/words';
import { decideSaq, type MerchantDecision, type SaqDecision } from './decide-saq';
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
function worst(decision: MerchantDecision): SaqId | undefined {
  return decision.saq ?? decision.candidates[decision.candidates.length - 1];
}

/** The decision about the organisation's own card payments (for role "both", beside SAQ D-SP). */
const ownPayments = (d: SaqDecision): MerchantDecision => d.merchant ?? d;

function candidates(p: PaymentProfile): Candidate[] {
  const out: Candidate[] = [];
  const replaceEcom = (i: number, setup: PaymentProfile['ecommerce'][number]) => ({
    ...p,
    ecommerce: p.ecommerce.map((s, j) =>
      j === i ? { ...setup, ...(s.label ? { label: s.label } : {}) } : s,
    ),
  });
  p.ecommerce.forEach((s, i) => {
    const where =
      p.ecommerce.length > 1 ? say(ALTERNATIVE_WORDS, 'where.online-form', { n: i + 1 }) : '';
    if (
      s.paymentPage === 'iframe' &&
      s.scriptProtection !== 'own-controls' &&
      s.scriptProtection !== 'provider-confirmed'
    )
      out.push({
        code: 'get-script-confirmation',
        change: say(ALTERNATIVE_WORDS, 'get-script-confirmation', { where }),
        profile: replaceEcom(i, { ...s, scriptProtection: 'provider-confirmed' }),
      });
    if (['iframe', 'js-form', 'direct-post', 'own-server', 'unsure'].includes(s.paymentPage))
      out.push({
        code: 'switch-to-redirect',
        change: say(ALTERNATIVE_WORDS, 'switch-to-redirect', { where }),
        profile: replaceEcom(i, { paymentPage: 'redirect' }),
      });
    if (['js-form', 'direct-post', 'own-server'].includes(s.paymentPage))
      out.push({
        code: 'switch-to-iframe',
        change: say(ALTERNATIVE_WORDS, 'switch-to-iframe', { where }),
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
        change: say(ALTERNATIVE_WORDS, 'phone-payment-links'),
        profile: replace({ capture: 'provider-handles' }),
      });
    if (
      s.capture !== 'virtual-terminal' ||
      s.isolatedDevice !== 'yes' ||
      s.singleLocation !== 'yes'
    )
      out.push({
        code: 'dedicated-virtual-terminal',
        change: say(ALTERNATIVE_WORDS, 'dedicated-virtual-terminal'),
        profile: replace({
          capture: 'virtual-terminal',
          isolatedDevice: 'yes',
          singleLocation: 'yes',
        }),
      });
  });
  p.cardPresent.forEach((s, i) => {
    if (s.equipment !== 'p2pe-listed' || s.listed !== 'yes')
      out.push({
        code: 'p2pe-terminals',
        change: say(ALTERNATIVE_WORDS, 'p2pe-terminals'),
        profile: {
          ...p,
          cardPresent: p.cardPresent.map((c, j) =>
            j === i ? { equipment: 'p2pe-listed', listed: 'yes' } : c,
          ),
        },
      });
  });
  if (p.storesAccountDataElectronically !== 'no')
    out.push({
      code: 'stop-storing',
      change: say(ALTERNATIVE_WORDS, 'stop-storing'),
      profile: { ...p, storesAccountDataElectronically: 'no' },
    });
  if (
    p.receivesAccountDataElectronically === 'yes' ||
    p.receivesAccountDataElectronically === 'unsure'
  )
    out.push({
      code: 'stop-email-card-data',
      change: say(ALTERNATIVE_WORDS, 'stop-email-card-data'),
      profile: { ...p, receivesAccountDataElectronically: 'unsolicited-deleted' },
    });
  if (p.thirdPartiesConfirmedCompliant !== 'yes')
    out.push({
      code: 'confirm-provider',
      change: say(ALTERNATIVE_WORDS, 'confirm-provider'),
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
  const own = ownPayments(decision);
  const from = worst(own);
  if (!from || from === 'D-SP' || own.status === 'out-of-scope') return [];
  const seen = new Set<string>();
  const result: Alternative[] = [];
  for (const c of [...extra, ...candidates(profile)]) {
    const after = ownPayments(decideSaq(c.profile));
    if (after.status !== 'decided' || !after.saq) continue;
    const rowsSaved = SAQ_FACTS[from].answerable - SAQ_FACTS[after.saq].answerable;
    if (rowsSaved <= 0 || seen.has(c.change)) continue;
    seen.add(c.change);
    result.push({ code: c.code, change: c.change, from, to: after.saq, rowsSaved });
  }
  return result.sort((a, b) => b.rowsSaved - a.rowsSaved);
}
