/**
 * The `@page` rule that gives every printed page a running header and footer (organisation, "not the
 * official form", DRAFT, page numbers). Built at run time because the organisation's name is data;
 * applied through a constructed style sheet, which the strict CSP allows (no inline style).
 */
export interface PrintPageText {
  /** Top left, e.g. "Org name · SAQ A". */
  left: string;
  /** Top right, e.g. "DRAFT"; empty for none. */
  right?: string;
  /** Bottom left, e.g. "OpenSAQ completion record, not the official form". */
  footer: string;
  /** Bottom right, with `{page}` and `{pages}` placeholders: "Page {page} of {pages}". */
  pageOf: string;
}

/** A CSS string literal: quotes and backslashes escaped, line breaks and controls as spaces. */
export function cssString(text: string): string {
  const flat = [...text].map((ch) =>
    (ch.codePointAt(0) ?? 0) < 0x20 || ch === '\u007f' ? ' ' : ch,
  );
  return `"${flat.join('').replace(/ {2,}/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** At most `max` characters (whole code points), with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max
    ? text
    : `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`;
}

/** "Page {page} of {pages}" as CSS content: strings around the page counters. */
function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((piece) => piece !== '')
    .map((piece) =>
      piece === '{page}'
        ? 'counter(page)'
        : piece === '{pages}'
          ? 'counter(pages)'
          : cssString(piece),
    )
    .join(' ');
}

/** The `@page` rule with its four margin boxes. */
export function printPageCss(text: PrintPageText): string {
  // No ligatures (letter-spacing turns them off where font-variant-ligatures does not reach):
  // "official" must read back as one word, not "o ffi cial", from the printed PDF.
  const small =
    'font: 8pt system-ui, sans-serif; font-variant-ligatures: none; letter-spacing: 0.01em; color: #555;';
  return [
    '@page {',
    '  margin: 18mm 15mm 16mm;',
    `  @top-left { content: ${cssString(shorten(text.left, 90))}; ${small} }`,
    text.right
      ? `  @top-right { content: ${cssString(text.right)}; font: 700 9pt system-ui, sans-serif; font-variant-ligatures: none; color: #b00000; }`
      : '',
    `  @bottom-left { content: ${cssString(text.footer)}; ${small} }`,
    `  @bottom-right { content: ${pageCounterContent(text.pageOf)}; ${small} }`,
    '}',
  ]
    .filter(Boolean)
    .join('\n');
}
