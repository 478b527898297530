import { describe, expect, it } from 'vitest';
import { criteriaFor, onlyRedirects } from './criteria';
import { emptyAnswers } from './journey';

const criteria = [
  { id: 'a-1', channel: 'any' as const, text: 'Online or by phone only.' },
  {
    id: 'a-6',
    channel: 'ecommerce' as const,
    text: 'Every part of the page comes from the provider.',
  },
  {
    id: 'a-7',
    channel: 'ecommerce' as const,
    text: 'Protected against script attacks.',
    appliesTo: 'embedded-form' as const,
  },
];

const withPages = (...pages: ('redirect' | 'iframe' | 'no-own-website')[]) => ({
  ...emptyAnswers(),
  ecommerce: pages.map((paymentPage) => ({ paymentPage })),
});

describe('criteriaFor', () => {
  it('marks the script criterion as not applying to a redirect (FAQ 1588)', () => {
    const shown = criteriaFor(criteria, ['ecommerce'], withPages('redirect'));
    expect(shown.map((c) => [c.id, c.applies, c.because])).toEqual([
      ['a-1', true, undefined],
      ['a-6', true, undefined],
      ['a-7', false, 'redirect-only'],
    ]);
  });

  it('keeps it for an embedded form, even beside a redirect', () => {
    expect(criteriaFor(criteria, ['ecommerce'], withPages('redirect', 'iframe'))[2]?.applies).toBe(
      true,
    );
    expect(onlyRedirects(withPages('redirect', 'no-own-website'))).toBe(true);
    expect(onlyRedirects(withPages())).toBe(false);
  });

  it('keeps it when the setup is not known', () => {
    expect(criteriaFor(criteria, ['ecommerce'], undefined)[2]?.applies).toBe(true);
  });

  it('leaves out the criteria of channels the assessment does not cover', () => {
    expect(criteriaFor(criteria, ['moto'], undefined).map((c) => c.id)).toEqual(['a-1']);
    expect(criteriaFor(criteria, [], undefined)).toHaveLength(3);
  });
});
