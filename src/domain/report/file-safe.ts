/**
 * A module of its own so that workers (the official forms) can name files without pulling in the
 * report model and the SAQ catalogue.
 */

/** Latin letters that do not decompose into a base letter and an accent. */
const LATIN_FOLD: Readonly<Record<string, string>> = {
  Đ: 'D',
  đ: 'd',
  Ł: 'L',
  ł: 'l',
  Ø: 'O',
  ø: 'o',
  ß: 'ss',
  Æ: 'AE',
  æ: 'ae',
  Œ: 'OE',
  œ: 'oe',
  Þ: 'Th',
  þ: 'th',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
};

/**
 * Safe for a file name on every system: letters, digits and dashes. Latin letters lose their
 * accents (Đ, Ł and ß included); other scripts (Greek, Cyrillic...) keep their letters, so that a
 * name never vanishes from its own file name.
 */
export function fileSafe(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const folded = LATIN_FOLD[ch] ?? ch.normalize('NFKD').replace(/\p{M}/gu, '');
    out += /^[A-Za-z0-9]+$/.test(folded) ? folded : /^[\p{L}\p{N}]$/u.test(ch) ? ch : '-';
  }
  const safe = [...out.replace(/-+/g, '-').replace(/^-|-$/g, '')].slice(0, 60).join('');
  return safe.replace(/-$/, '') || 'organisation';
}
