import { describe, expect, it } from 'vitest';
import { decideSaq } from './decide-saq';
import { headlines, toneOf } from './result-view';
import { baseProfile as p } from './test-profiles';

describe('the result headline', () => {
  it('names the per-channel SAQs first, with D as the single-questionnaire alternative', () => {
    const h = headlines(
      decideSaq(
        p({
          ecommerce: [{ paymentPage: 'redirect' }],
          cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
        }),
      ),
    );
    expect(h.ownPayments).toEqual({
      kind: 'per-channel',
      channels: [
        { channel: 'ecommerce', saq: 'A' },
        { channel: 'cardPresent', saq: 'P2PE' },
      ],
      single: 'D-Merchant',
    });
    expect(toneOf(h.ownPayments!)).toBe('short');
  });

  it('never names an SAQ for a level 1 merchant', () => {
    const h = headlines(
      decideSaq(p({ annualCardTransactions: 'over-6m', ecommerce: [{ paymentPage: 'redirect' }] })),
    );
    expect(h.ownPayments).toEqual({ kind: 'roc' });
    expect(toneOf(h.ownPayments!)).toBe('open');
  });

  it('says the acquirer decides for tap to pay, rather than "still possible: SPoC"', () => {
    const h = headlines(decideSaq(p({ cardPresent: [{ equipment: 'tap-to-pay-phone' }] })));
    expect(h.ownPayments).toEqual({ kind: 'acquirer-decides' });
  });

  it('does not announce SAQ D like SAQ A', () => {
    const a = headlines(decideSaq(p({ ecommerce: [{ paymentPage: 'redirect' }] })));
    const d = headlines(decideSaq(p({ ecommerce: [{ paymentPage: 'own-server' }] })));
    expect(toneOf(a.ownPayments!)).toBe('short');
    expect(toneOf(d.ownPayments!)).toBe('long');
  });

  it('shows a service provider and its own payments side by side', () => {
    const h = headlines(
      decideSaq(
        p({
          role: 'both',
          serviceProviderTransactions: 'under-300k',
          ecommerce: [{ paymentPage: 'redirect' }],
        }),
      ),
    );
    expect(h).toEqual({
      services: { kind: 'decided', saq: 'D-SP' },
      ownPayments: { kind: 'decided', saq: 'A' },
    });
    const big = headlines(
      decideSaq(p({ role: 'service-provider', serviceProviderTransactions: 'over-300k' })),
    );
    expect(big).toEqual({ services: { kind: 'service-provider-onsite' } });
  });
});
