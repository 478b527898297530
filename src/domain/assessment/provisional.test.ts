import { describe, expect, it } from 'vitest';
import { decideSaq } from '../eligibility/decide-saq';
import { baseProfile } from '../eligibility/test-profiles';
import type { PaymentProfile } from '../eligibility/profile';
import type { Assessment } from './model';
import {
  applyProvisionalCheck,
  confirmProvisional,
  likelySaq,
  recheckProvisional,
} from './provisional';
import { cleanAssessment } from './test-fixtures';

const online = (overrides: Partial<PaymentProfile['ecommerce'][number]>): PaymentProfile =>
  baseProfile({ ecommerce: [{ paymentPage: 'iframe', ...overrides }] });

/** An iframe whose script protection nobody has confirmed yet: SAQ A or SAQ A-EP. */
const waiting = decideSaq(
  online({ scriptProtection: 'unsure', websiteHost: 'pci-compliant-provider' }),
);
const confirmed = decideSaq(online({ scriptProtection: 'provider-confirmed' }));
const refused = decideSaq(
  online({ scriptProtection: 'none', websiteHost: 'pci-compliant-provider' }),
);

const started = (saq: Assessment['saq'], extra: Partial<Assessment> = {}): Assessment =>
  cleanAssessment({
    saq,
    channels: ['ecommerce'],
    provisional: { candidates: ['A', 'A-EP'], since: '2026-11-01T00:00:00.000Z' },
    ...extra,
  });

describe('the likely SAQ of a result that is not settled', () => {
  it('is the shortest one still possible', () => {
    expect(waiting.status).toBe('needs-review');
    expect(waiting.candidates).toEqual(['A', 'A-EP']);
    expect(likelySaq(waiting)).toBe('A');
  });

  it('is none once the result is settled, or when only the acquirer can say', () => {
    expect(likelySaq(confirmed)).toBeNull();
    const tapToPay = decideSaq(baseProfile({ cardPresent: [{ equipment: 'tap-to-pay-phone' }] }));
    expect(tapToPay.escalations).toContain('no-saq-for-setup');
    expect(likelySaq(tapToPay)).toBeNull();
    const levelOne = decideSaq(
      baseProfile({
        annualCardTransactions: 'over-6m',
        ecommerce: [{ paymentPage: 'redirect' }],
      }),
    );
    expect(likelySaq(levelOne)).toBeNull();
  });
});

describe('re-checking a provisional assessment when the answer arrives', () => {
  it('confirms it when the answer settles on its SAQ', () => {
    expect(recheckProvisional(started('A'), confirmed)).toEqual({ kind: 'confirmed' });
  });

  it('says which SAQ it is when the answer settles on another', () => {
    expect(recheckProvisional(started('A'), refused)).toEqual({ kind: 'changed', to: 'A-EP' });
  });

  it('keeps waiting while the answer is still unsure, and says whether its SAQ is still possible', () => {
    expect(recheckProvisional(started('A'), waiting)).toEqual({
      kind: 'waiting',
      candidates: ['A', 'A-EP'],
      stillPossible: true,
    });
    expect(recheckProvisional(started('C-VT'), waiting)).toMatchObject({
      kind: 'waiting',
      stillPossible: false,
    });
  });

  it('says when no SAQ is needed after all, or only the acquirer can say', () => {
    const giving = decideSaq(baseProfile({ ecommerce: [{ paymentPage: 'platform-is-merchant' }] }));
    expect(recheckProvisional(started('A'), giving)).toEqual({ kind: 'no-saq' });
  });

  it('checks one channel of a per-channel pair against that channel’s SAQ', () => {
    const pair = decideSaq(
      baseProfile({
        ecommerce: [{ paymentPage: 'redirect' }],
        cardPresent: [{ equipment: 'p2pe-listed', listed: 'yes' }],
      }),
    );
    expect(pair.separateSaqsPossible).toBe(true);
    const p2pe = started('P2PE', { channels: ['cardPresent'] });
    expect(recheckProvisional(p2pe, pair)).toEqual({ kind: 'confirmed' });
    const both = started('P2PE', { channels: ['ecommerce', 'cardPresent'] });
    expect(recheckProvisional(both, pair)).toEqual({ kind: 'changed', to: pair.saq });
  });

  it('has nothing to say about an assessment that is not provisional', () => {
    expect(recheckProvisional(cleanAssessment(), confirmed)).toEqual({ kind: 'not-provisional' });
  });

  it('a confirmed one is no longer provisional, and nothing else changes', () => {
    const a = started('A');
    const done = confirmProvisional(a, '2026-12-01T00:00:00.000Z');
    expect(done.provisional).toBeUndefined();
    expect(done.updatedAt).toBe('2026-12-01T00:00:00.000Z');
    expect({ ...done, provisional: a.provisional, updatedAt: a.updatedAt }).toEqual(a);
  });
});

describe('what a fresh check writes', () => {
  const now = '2026-12-02T00:00:00.000Z';
  const apply = (a: Assessment, decision: typeof waiting) =>
    applyProvisionalCheck(a, recheckProvisional(a, decision), now);

  it('writes nothing while the result waits on the same candidates, or for a settled assessment', () => {
    expect(apply(started('A'), waiting)).toBeNull();
    expect(apply(cleanAssessment(), confirmed)).toBeNull();
  });

  it('confirmed: no longer provisional', () => {
    expect(apply(started('A'), confirmed)?.provisional).toBeUndefined();
  });

  it('another SAQ: kept provisional, with the SAQ the answer gives, once', () => {
    const moved = apply(started('A'), refused);
    expect(moved?.provisional).toEqual({
      candidates: ['A', 'A-EP'],
      since: '2026-11-01T00:00:00.000Z',
      outcome: { kind: 'changed', to: 'A-EP' },
    });
    expect(moved?.saq).toBe('A');
    expect(moved ? apply(moved, refused) : 'none').toBeNull();
  });

  it('back to waiting: the outcome goes and the candidates follow the result', () => {
    const moved = apply(started('A'), refused);
    const again = moved ? apply(moved, waiting) : null;
    expect(again?.provisional).toEqual({
      candidates: ['A', 'A-EP'],
      since: '2026-11-01T00:00:00.000Z',
    });
  });
});
