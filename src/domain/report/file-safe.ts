/**
 * A module of its own so that workers (the official forms) can name files without pulling in the
 * report model and the SAQ catalogue.
 */

/** Safe for a file name on every system: letters, digits and dashes. */
export function fileSafe(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'organisation'
  );
}
