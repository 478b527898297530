import { describe, expect, it } from 'vitest';
import { decideSaq } from './decide-saq';
import {
  allowedStep,
  applyAnswer,
  emptyAnswers,
  findStep,
  journey,
  nextStep,
  migrateAnswers,
  previousStep,
  QUESTIONS,
  stepForField,
  toProfile,
  type InterviewAnswers,
} from './journey';

/** Answers each step with the value given for its question kind, in journey order. */
function answerAll(
  values: Record<string, string | string[]>,
  start = emptyAnswers(),
): InterviewAnswers {
  let a = start;
  for (let guard = 0; guard < 100; guard++) {
    const s = nextStep(a);
    if (!s) return a;
    const v = values[s.id] ?? values[s.question];
    if (v === undefined) throw new Error(`no value for ${s.id}`);
    a = applyAnswer(a, s, v);
  }
  throw new Error('journey did not end');
}

const globals = {
  role: 'merchant',
  processors: [] as string[],
  storesAccountDataElectronically: 'no',
  receivesAccountDataElectronically: 'no',
  keepsPaperWithCardData: 'no',
  thirdPartiesConfirmedCompliant: 'yes',
  channelsShareSystems: 'no',
  annualCardTransactions: 'under-20k',
  ecommerceAnother: 'no',
  motoAnother: 'no',
  cardPresentAnother: 'no',
};

const ids = (a: InterviewAnswers) => journey(a).map((s) => s.id);

describe('journey', () => {
  it('starts with the role and the channels', () => {
    expect(nextStep(emptyAnswers())?.id).toBe('role');
    expect(ids(emptyAnswers()).slice(0, 3)).toEqual(['role', 'processors', 'channels']);
  });

  it('asks a redirect-only organisation no script, host or isolation questions', () => {
    const a = answerAll({ ...globals, channels: ['ecommerce'], paymentPage: 'redirect' });
    expect(ids(a)).toEqual([
      'role',
      'processors',
      'channels',
      'online-1-payment-page',
      'online-1-another',
      'stored-card-data',
      'emailed-card-data',
      'paper-records',
      'provider-compliance',
      'transactions',
    ]);
    expect(decideSaq(toProfile(a)!).saq).toBe('A');
  });

  it('asks about scripts only for iframes, and the host only on the A-EP route', () => {
    const protectedIframe = answerAll({
      ...globals,
      channels: ['ecommerce'],
      paymentPage: 'iframe',
      scriptProtection: 'provider-confirmed',
    });
    expect(ids(protectedIframe)).toContain('online-1-script-protection');
    expect(ids(protectedIframe)).not.toContain('online-1-website-host');
    const unprotected = answerAll({
      ...globals,
      channels: ['ecommerce'],
      paymentPage: 'iframe',
      scriptProtection: 'none',
      websiteHost: 'other-provider',
    });
    expect(ids(unprotected)).toContain('online-1-website-host');
    const jsForm = answerAll({
      ...globals,
      channels: ['ecommerce'],
      paymentPage: 'js-form',
      websiteHost: 'self-managed',
    });
    expect(ids(jsForm)).not.toContain('online-1-script-protection');
    expect(ids(jsForm)).toContain('online-1-website-host');
  });

  it('asks each equipment what its criteria need: isolation, one location, listing', () => {
    const vt = answerAll({
      ...globals,
      channels: ['moto'],
      motoCapture: 'virtual-terminal',
      vtIsolated: 'yes',
      vtSingleLocation: 'yes',
    });
    expect(ids(vt)).toEqual(expect.arrayContaining(['phone-1-isolated', 'phone-1-one-location']));
    expect(decideSaq(toProfile(vt)!).saq).toBe('C-VT');
    const keyed = answerAll({
      ...globals,
      channels: ['moto'],
      motoCapture: 'payment-terminal',
      motoTerminal: 'p2pe-listed',
      p2peListed: 'yes',
    });
    expect(ids(keyed)).toEqual(expect.arrayContaining(['phone-1-terminal', 'phone-1-p2pe-listed']));
    expect(ids(keyed)).not.toContain('phone-1-isolated');
    const ip = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'standalone-ip-terminal',
      ipTerminalIsolated: 'yes',
    });
    expect(ids(ip)).toContain('in-person-1-isolated');
    expect(decideSaq(toProfile(ip)!).saq).toBe('B-IP');
    const dialOut = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'imprint-or-dial-out',
      dialOutIsolated: 'no',
    });
    expect(decideSaq(toProfile(dialOut)!).saq).toBe('D-Merchant');
    const pos = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'pos-system',
      posIsolated: 'yes',
      posSingleLocation: 'no',
    });
    expect(ids(pos)).toEqual(
      expect.arrayContaining(['in-person-1-isolated', 'in-person-1-one-location']),
    );
    expect(decideSaq(toProfile(pos)!).saq).toBe('D-Merchant');
    const reader = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'mobile-reader',
      spocListed: 'no',
    });
    // Not listed: no SAQ is written for it, so isolation is not asked.
    expect(ids(reader)).not.toContain('in-person-1-isolated');
    expect(decideSaq(toProfile(reader)!).escalations).toEqual(['no-saq-for-setup']);
    const tap = answerAll({ ...globals, channels: ['cardPresent'], equipment: 'tap-to-pay-phone' });
    expect(ids(tap).filter((id) => id.startsWith('in-person-1-'))).toEqual([
      'in-person-1-equipment',
      'in-person-1-another',
    ]);
  });

  it('asks a service provider only about its services, unless it also takes payments itself', () => {
    const sp = answerAll({
      ...globals,
      role: 'service-provider',
      serviceProviderTransactions: 'under-300k',
    });
    expect(ids(sp)).toEqual(['role', 'service-volume']);
    expect(decideSaq(toProfile(sp)!).saq).toBe('D-SP');
    const both = answerAll({
      ...globals,
      role: 'both',
      serviceProviderTransactions: 'under-300k',
      channels: ['ecommerce'],
      paymentPage: 'redirect',
    });
    expect(ids(both).slice(0, 4)).toEqual(['role', 'service-volume', 'processors', 'channels']);
    expect(decideSaq(toProfile(both)!).merchant?.saq).toBe('A');
    // Becoming a pure service provider drops the answers about the organisation's own payments.
    const narrowed = applyAnswer(both, findStep(both, 'role')!, 'service-provider');
    expect(narrowed.channels).toBeUndefined();
    expect(narrowed.ecommerce).toEqual([]);
    expect(narrowed.storesAccountDataElectronically).toBeUndefined();
  });

  it('asks the follow-ups again when the equipment changes: they were about the old equipment', () => {
    const reader = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'mobile-reader',
      spocListed: 'unsure',
      readerIsolated: 'yes',
    });
    const p2pe = applyAnswer(reader, findStep(reader, 'in-person-1-equipment')!, 'p2pe-listed');
    expect(p2pe.cardPresent[0]).toEqual({ equipment: 'p2pe-listed', another: 'no' });
    expect(nextStep(p2pe)?.id).toBe('in-person-1-p2pe-listed');
    // The same answer again changes nothing.
    const same = applyAnswer(reader, findStep(reader, 'in-person-1-equipment')!, 'mobile-reader');
    expect(same.cardPresent[0]).toEqual(reader.cardPresent[0]);
  });

  it('accepts only the values a question offers', () => {
    const a = emptyAnswers();
    const role = findStep(a, 'role')!;
    expect(applyAnswer(a, role, 'bank')).toBe(a);
    expect(applyAnswer(a, role, ['merchant'])).toBe(a);
    const merchant = applyAnswer(a, role, 'merchant');
    const channels = findStep(merchant, 'channels')!;
    expect(applyAnswer(merchant, channels, ['ecommerce', 'moon'])).toBe(merchant);
    expect(applyAnswer(merchant, channels, ['ecommerce', 'ecommerce'])).toBe(merchant);
    expect(applyAnswer(merchant, channels, 'ecommerce')).toBe(merchant);
    expect(applyAnswer(merchant, channels, ['ecommerce']).channels).toEqual(['ecommerce']);
  });

  it('reads older answers: a reader "from a listed SPoC solution" is a listed reader', () => {
    const old = {
      ...emptyAnswers(),
      channels: ['cardPresent' as const],
      cardPresent: [{ equipment: 'spoc-listed' as const, another: 'no' as const }],
    };
    expect(migrateAnswers(old).cardPresent[0]).toEqual({
      equipment: 'mobile-reader',
      listed: 'yes',
      another: 'no',
    });
  });

  it('defines every question once per scope, with a unique slug within its scope', () => {
    const keys = QUESTIONS.map((q) => `${q.scope}:${q.id}`);
    expect(new Set(keys).size).toBe(keys.length);
    // Questions that share a slug in a setup share its answer's field and are never asked together.
    for (const q of QUESTIONS)
      for (const other of QUESTIONS)
        if (q !== other && q.scope === other.scope && q.slug === other.slug)
          expect(q.key, `${q.id} and ${other.id}`).toBe(other.key);
  });

  it('asks about shared systems only with more than one channel', () => {
    const one = answerAll({ ...globals, channels: ['ecommerce'], paymentPage: 'redirect' });
    expect(ids(one)).not.toContain('shared-systems');
    const two = answerAll({
      ...globals,
      channels: ['ecommerce', 'cardPresent'],
      paymentPage: 'redirect',
      equipment: 'p2pe-listed',
      p2peListed: 'yes',
    });
    expect(ids(two)).toContain('shared-systems');
  });

  it('adds a second setup when the user says there is another', () => {
    const a = answerAll({
      ...globals,
      channels: ['ecommerce'],
      'online-1-payment-page': 'redirect',
      'online-1-another': 'yes',
      'online-2-payment-page': 'js-form',
      'online-2-website-host': 'pci-compliant-provider',
      'online-2-another': 'no',
    });
    expect(a.ecommerce).toHaveLength(2);
    expect(decideSaq(toProfile(a)!).saq).toBe('A-EP');
  });

  it('drops exactly the follow-ups that no longer apply when an earlier answer changes', () => {
    const a = answerAll({
      ...globals,
      channels: ['ecommerce', 'moto'],
      paymentPage: 'iframe',
      scriptProtection: 'none',
      websiteHost: 'other-provider',
      motoCapture: 'virtual-terminal',
      vtIsolated: 'yes',
      vtSingleLocation: 'yes',
    });
    const changed = applyAnswer(a, findStep(a, 'online-1-payment-page')!, 'redirect');
    expect(changed.ecommerce[0]).toEqual({ paymentPage: 'redirect', another: 'no' });
    expect(changed.moto[0]).toEqual(a.moto[0]);
    expect(changed.storesAccountDataElectronically).toBe('no');
    expect(nextStep(changed)).toBeNull();
    // Dropping a channel drops its setups and the shared-systems question.
    const oneChannel = applyAnswer(a, findStep(a, 'channels')!, ['moto']);
    expect(oneChannel.ecommerce).toEqual([]);
    expect(oneChannel.channelsShareSystems).toBeUndefined();
    expect(oneChannel.moto[0]).toEqual(a.moto[0]);
    // "No more" after "yes" drops the extra setup.
    const two = applyAnswer(a, findStep(a, 'online-1-another')!, 'yes');
    expect(nextStep(two)?.id).toBe('online-2-payment-page');
  });

  it('redirects a deep link to a step that cannot be asked yet to the next allowed one', () => {
    const a = applyAnswer(emptyAnswers(), findStep(emptyAnswers(), 'role')!, 'merchant');
    expect(allowedStep(a, 'transactions')?.id).toBe('processors');
    expect(allowedStep(a, 'role')?.id).toBe('role');
    expect(allowedStep(a, 'no-such-step')?.id).toBe('processors');
  });

  it('gives the previous step for the back link', () => {
    const a = answerAll({
      ...globals,
      channels: ['ecommerce'],
      paymentPage: 'iframe',
      scriptProtection: 'provider-confirmed',
    });
    expect(previousStep(a, 'online-1-another')?.id).toBe('online-1-script-protection');
    expect(previousStep(a, 'role')).toBeNull();
  });

  it('maps decision reason fields back to the step that asked them', () => {
    const a = answerAll({
      ...globals,
      channels: ['ecommerce'],
      paymentPage: 'iframe',
      scriptProtection: 'unsure',
      websiteHost: 'unsure',
    });
    expect(stepForField(a, 'ecommerce.0.websiteHost')?.id).toBe('online-1-website-host');
    expect(stepForField(a, 'thirdPartiesConfirmedCompliant')?.id).toBe('provider-compliance');
  });

  it('builds no profile until every question is answered', () => {
    expect(toProfile(emptyAnswers())).toBeNull();
  });
});
