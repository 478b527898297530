import { describe, expect, it } from 'vitest';
import { decideSaq } from './decide-saq';
import {
  allowedStep,
  applyAnswer,
  emptyAnswers,
  findStep,
  journey,
  nextStep,
  previousStep,
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

  it('asks about isolation only for virtual terminals and POS systems, and the terminal type for keyed phone gifts', () => {
    const vt = answerAll({
      ...globals,
      channels: ['moto'],
      motoCapture: 'virtual-terminal',
      motoIsolated: 'yes',
    });
    expect(ids(vt)).toContain('phone-1-isolated');
    const keyed = answerAll({
      ...globals,
      channels: ['moto'],
      motoCapture: 'payment-terminal',
      motoTerminal: 'p2pe-listed',
    });
    expect(ids(keyed)).toContain('phone-1-terminal');
    expect(ids(keyed)).not.toContain('phone-1-isolated');
    const reader = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'standalone-ip-terminal',
    });
    expect(ids(reader)).not.toContain('in-person-1-isolated');
    const pos = answerAll({
      ...globals,
      channels: ['cardPresent'],
      equipment: 'pos-system',
      cardPresentIsolated: 'no',
    });
    expect(ids(pos)).toContain('in-person-1-isolated');
  });

  it('asks about shared systems only with more than one channel', () => {
    const one = answerAll({ ...globals, channels: ['ecommerce'], paymentPage: 'redirect' });
    expect(ids(one)).not.toContain('shared-systems');
    const two = answerAll({
      ...globals,
      channels: ['ecommerce', 'cardPresent'],
      paymentPage: 'redirect',
      equipment: 'p2pe-listed',
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
      motoIsolated: 'yes',
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
