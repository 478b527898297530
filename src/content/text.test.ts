import { describe, expect, it } from 'vitest';
import { fill, placeholdersOf, say, textTableSchema } from './text';

describe('text tables', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{count} rows of {saq}', { count: 3, saq: 'SAQ A' })).toBe('3 rows of SAQ A');
    expect(fill('{count} rows of {saq}', { count: 3 })).toBe('3 rows of {saq}');
  });

  it('lists the placeholders a sentence uses', () => {
    expect(placeholdersOf('{a} and {b}, then {a}')).toEqual(['a', 'b']);
  });

  it('looks a code up in its table', () => {
    const table = { 'row.count': '{n} rows' } as const;
    expect(say(table, 'row.count', { n: 2 })).toBe('2 rows');
  });

  it('refuses empty sentences and odd codes', () => {
    expect(textTableSchema.safeParse({ ok: 'Fine.' }).success).toBe(true);
    expect(textTableSchema.safeParse({ ok: '  ' }).success).toBe(false);
    expect(textTableSchema.safeParse({ 'Bad Code': 'Fine.' }).success).toBe(false);
  });
});
