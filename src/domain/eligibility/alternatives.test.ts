import { describe, expect, it } from 'vitest';
import { whatWouldChange } from './alternatives';
import { decideSaq } from './decide-saq';
import { messagesFor, summaryText } from './messages';
import { baseProfile } from './test-profiles';

describe('whatWouldChange', () => {
  it('offers redirect and provider confirmation for an unprotected iframe on shared hosting', () => {
    const p = baseProfile({
      ecommerce: [
        { paymentPage: 'iframe', scriptProtection: 'none', websiteHost: 'other-provider' },
      ],
    });
    const alts = whatWouldChange(p);
    expect(alts.map((a) => [a.code, a.from, a.to, a.rowsSaved])).toEqual([
      ['get-script-confirmation', 'D-Merchant', 'A', 206],
      ['switch-to-redirect', 'D-Merchant', 'A', 206],
    ]);
  });

  it('offers C-VT or payment links for phone gifts keyed on the office PC', () => {
    const p = baseProfile({ moto: [{ capture: 'staff-use-online-form' }] });
    const alts = whatWouldChange(p);
    expect(alts.find((a) => a.code === 'phone-payment-links')).toMatchObject({
      to: 'A',
      rowsSaved: 206,
    });
    expect(alts.find((a) => a.code === 'dedicated-virtual-terminal')).toMatchObject({
      to: 'C-VT',
      rowsSaved: 179,
    });
  });

  it('offers a redirect or iframe for a legacy on-site processor', () => {
    const alts = whatWouldChange(baseProfile({ ecommerce: [{ paymentPage: 'own-server' }] }));
    expect(alts.map((a) => a.to)).toEqual(['A', 'A']);
  });

  it('offers nothing for SAQ A, which is already the shortest here', () => {
    expect(whatWouldChange(baseProfile({ ecommerce: [{ paymentPage: 'redirect' }] }))).toEqual([]);
  });
});

describe('messages and summary', () => {
  it('gives a ready-to-send message to the provider for an unconfirmed iframe', () => {
    const d = decideSaq(
      baseProfile({
        ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'unsure', websiteHost: 'unsure' }],
      }),
    );
    const m = messagesFor(d);
    expect(m.map((x) => x.code)).toEqual(['ask-provider-scripts', 'ask-web-host']);
    expect(m[0]?.body).toMatch(/FAQ 1588/);
    expect(m[0]?.to).toBe('your payment provider');
    // Addressed to the provider the user named.
    expect(messagesFor(d, { provider: 'Stripe' })[0]?.to).toBe('Stripe');
  });

  it('says a level 1 merchant needs a Report on Compliance, and names no SAQ as possible', () => {
    const text = summaryText(
      decideSaq(
        baseProfile({
          annualCardTransactions: 'over-6m',
          ecommerce: [{ paymentPage: 'redirect' }],
        }),
      ),
    );
    expect(text).toMatch(/^Result: a Report on Compliance/);
    expect(text).not.toMatch(/Still possible/);
    expect(text).toMatch(/per card brand/);
  });

  it('names the per-channel SAQs first when one per channel is possible', () => {
    const text = summaryText(
      decideSaq(
        baseProfile({
          ecommerce: [{ paymentPage: 'redirect' }],
          cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
        }),
      ),
    );
    expect(text).toMatch(
      /^Result: one SAQ per channel if your acquirer agrees \(SAQ A \(online\), SAQ P2PE \(in person\)\); otherwise SAQ D for Merchants for everything\./,
    );
  });

  it('summarises the result in plain text with sources', () => {
    const text = summaryText(decideSaq(baseProfile({ ecommerce: [{ paymentPage: 'redirect' }] })));
    expect(text).toMatch(
      /^Result: SAQ A \(v4\.0\.1 Revision 1, January 2025, 27 requirements to answer\)\./,
    );
    expect(text).toMatch(/\[PCI SSC FAQ 1588\]/);
  });
});
