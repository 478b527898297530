import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { processorCatalogSchema } from '../../content/schema';
import {
  foldForSearch,
  optionCount,
  pickerGroups,
  searchPicker,
  searchWords,
} from './processor-search';

const file = fileURLToPath(new URL('../../../content/processors/processors.json', import.meta.url));
const catalog = processorCatalogSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
const groups = pickerGroups(catalog);
const names = (query: string) =>
  searchPicker(groups, query).flatMap((g) => g.options.map((o) => o.name));

describe('pickerGroups', () => {
  it('offers every catalog entry under at least one group, each group with "where to look"', () => {
    const offered = new Set(groups.flatMap((g) => g.options.map((o) => o.processor)));
    expect(catalog.processors.filter((p) => !offered.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(groups.filter((g) => g.help.length === 0 || g.options.length === 0)).toEqual([]);
  });

  it('keeps the providers in the catalog order, then the tools no provider lists', () => {
    expect(groups.slice(0, catalog.choices.length).map((g) => g.id)).toEqual(
      catalog.choices.map((c) => c.id),
    );
    expect(groups.slice(catalog.choices.length).every((g) => g.id.startsWith('other-'))).toBe(true);
    const platforms = groups.find((g) => g.id === 'other-giving-platform');
    expect(platforms?.name).toBe('Giving platforms');
    expect(platforms?.options.map((o) => o.name)).toContain('JustGiving');
  });
});

describe('searchPicker', () => {
  it('"PayPal" finds the PayPal options only, each once', () => {
    const found = names('PayPal');
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.filter((n) => !/paypal|payflow/i.test(n))).toEqual([]);
    expect(new Set(found).size).toBe(found.length);
    expect(found).toContain('PayPal Standard');
    expect(found).toContain('PayPal Giving Fund');
    expect(found).not.toContain('Stripe Checkout');
  });

  it('keeps only the matching options of a provider, not the whole provider', () => {
    const result = searchPicker(groups, 'paypal');
    const omnipay = groups.find((g) => g.id === 'omnipay');
    const shownOmnipay = result.find((g) => g.id === 'omnipay');
    // The Omnipay provider has eleven options; its PayPal one is already shown under PayPal.
    expect(omnipay?.options.length).toBeGreaterThan(5);
    expect(shownOmnipay).toBeUndefined();
    expect(result.find((g) => g.id === 'stripe')).toBeUndefined();
  });

  it('matches the provider name: "GiveWP" lists its four options', () => {
    const result = searchPicker(groups, 'givewp');
    expect(result.map((g) => g.id)).toEqual(['givewp']);
    expect(optionCount(result)).toBe(4);
  });

  it('ignores case, accents and punctuation; every word must match', () => {
    expect(names('ZÉTTLE')).toEqual(['Zettle card reader']);
    expect(names('authorize.net accept')).toEqual(names('Authorize Net Accept'));
    expect(names('authorize.net accept').length).toBeGreaterThan(0);
    expect(names('Sumup')).toEqual(['SumUp card reader']);
    expect(names('square reader')).toContain('Square Reader (with a phone or tablet)');
    expect(names('square reader')).not.toContain('SumUp card reader');
  });

  it('matches the start of words, so a fragment inside a word finds nothing', () => {
    expect(names('pay').length).toBeGreaterThan(0);
    expect(names('ypal')).toEqual([]);
  });

  it('an empty search or one that matches nothing finds nothing', () => {
    expect(searchPicker(groups, '   ')).toEqual([]);
    expect(searchPicker(groups, 'no such provider xyz')).toEqual([]);
    expect(optionCount([])).toBe(0);
  });
});

describe('foldForSearch', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldForSearch('  Zéttle-Reader (Ñ) ')).toBe('zettle reader n');
    expect(searchWords(' Stripe,  Checkout ')).toEqual(['stripe', 'checkout']);
    expect(searchWords('—')).toEqual([]);
  });
});
