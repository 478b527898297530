import { describe, expect, it } from 'vitest';
import { cssString, printPageCss, shorten } from './print-page';

describe('printed page header and footer', () => {
  it('escapes names so that they cannot break out of the CSS string', () => {
    expect(cssString('Café "Zoë" \\ } @import url(x);\nnext')).toBe(
      '"Café \\"Zoë\\" \\\\ } @import url(x); next"',
    );
  });

  it('shortens long names with an ellipsis, by characters not code units', () => {
    expect(shorten('Hội Bảo trợ', 20)).toBe('Hội Bảo trợ');
    expect(shorten('Αικατερίνη Παπαδοπούλου', 10)).toBe('Αικατερίν…');
    expect([...shorten('😀'.repeat(30), 10)]).toHaveLength(10);
  });

  it('puts the organisation, DRAFT, the disclaimer and page numbers in the margin boxes', () => {
    const css = printPageCss({
      left: 'Hội Bảo trợ · SAQ A',
      right: 'DRAFT',
      footer: 'OpenSAQ completion record, not the official form',
      pageOf: 'Page {page} of {pages}',
    });
    expect(css).toContain('@top-left { content: "Hội Bảo trợ · SAQ A";');
    expect(css).toContain('@top-right { content: "DRAFT";');
    expect(css).toContain(
      '@bottom-left { content: "OpenSAQ completion record, not the official form";',
    );
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " of " counter(pages);');
  });

  it('has no DRAFT box once the record is complete', () => {
    const css = printPageCss({ left: 'Org', footer: 'f', pageOf: '{page}/{pages}' });
    expect(css).not.toContain('@top-right');
    expect(css).toContain('content: counter(page) "/" counter(pages);');
  });
});
