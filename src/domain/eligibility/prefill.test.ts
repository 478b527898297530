import { describe, expect, it } from 'vitest';
import { decideSaq } from './decide-saq';
import { applyAnswer, emptyAnswers, findStep, nextStep, toProfile } from './journey';
import { prefillFromProcessors, type ProcessorPick } from './prefill';

const picks: ProcessorPick[] = [
  {
    id: 'paypal-standard',
    name: 'PayPal Standard',
    channel: 'ecommerce',
    setup: { paymentPage: 'redirect' },
  },
  {
    id: 'stripe-elements',
    name: 'Stripe card element',
    channel: 'ecommerce',
    setup: { paymentPage: 'iframe' },
  },
  {
    id: 'square-reader',
    name: 'Square Reader',
    channel: 'cardPresent',
    setup: { equipment: 'mobile-reader' },
  },
  { id: 'direct-debit', name: 'Direct Debit', channel: 'none', setup: null },
];

const start = { ...emptyAnswers(), role: 'merchant' as const };

describe('prefill from processors', () => {
  it('turns picks into channels and setups, marked with where they came from', () => {
    const a = prefillFromProcessors(
      start,
      ['paypal-standard', 'square-reader', 'direct-debit'],
      picks,
    );
    expect(a.channels).toEqual(['ecommerce', 'cardPresent']);
    expect(a.ecommerce).toEqual([{ paymentPage: 'redirect', another: 'no' }]);
    expect(a.cardPresent).toEqual([{ equipment: 'mobile-reader', another: 'no' }]);
    expect(a.prefilledBy).toMatchObject({
      'online-1-payment-page': 'PayPal Standard',
      'in-person-1-equipment': 'Square Reader',
    });
    expect(a.processorNames).toEqual(['PayPal Standard', 'Square Reader', 'Direct Debit']);
    // The journey carries on with what the picks do not settle: the reader's listing.
    expect(nextStep(a)?.id).toBe('in-person-1-spoc-listed');
  });

  it('two online tools become two setups; the iframe still gets its script question', () => {
    const a = prefillFromProcessors(start, ['paypal-standard', 'stripe-elements'], picks);
    expect(a.ecommerce).toEqual([
      { paymentPage: 'redirect', another: 'yes' },
      { paymentPage: 'iframe', another: 'no' },
    ]);
    expect(nextStep(a)?.id).toBe('online-2-script-protection');
  });

  it('an overridden answer is no longer marked as prefilled, and the result follows it', () => {
    let a = prefillFromProcessors(start, ['paypal-standard'], picks);
    const step = findStep(a, 'online-1-payment-page')!;
    a = applyAnswer(a, step, 'own-server');
    expect(a.prefilledBy?.['online-1-payment-page']).toBeUndefined();
    for (const [id, v] of [
      ['stored-card-data', 'no'],
      ['emailed-card-data', 'no'],
      ['paper-records', 'no'],
      ['provider-compliance', 'yes'],
      ['transactions', 'under-20k'],
    ] as const)
      a = applyAnswer(a, findStep(a, id)!, v);
    expect(decideSaq(toProfile(a)!).saq).toBe('D-Merchant');
  });

  it('skipping ("not listed") changes nothing else', () => {
    const a = prefillFromProcessors(start, [], picks);
    expect(a.processors).toEqual([]);
    expect(a.channels).toEqual([]);
    expect(nextStep(a)?.id).toBe('channels');
  });
});
