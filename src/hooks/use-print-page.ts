import { useEffect } from 'react';
import { printPageCss, type PrintPageText } from '@/lib/print-page';

/**
 * While the page is shown, every printed page carries the given running header and footer (see
 * printPageCss). Browsers without page margin boxes print without them and lose nothing else.
 */
export function usePrintPage(text: PrintPageText): void {
  const { left, right, footer, pageOf } = text;
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return;
    const sheet = new CSSStyleSheet();
    try {
      sheet.replaceSync(printPageCss({ left, right, footer, pageOf }));
    } catch {
      return;
    }
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [left, right, footer, pageOf]);
}
