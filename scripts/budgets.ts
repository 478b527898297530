// The performance budgets (issue 11) and the printing shared by `npm run bench` and
// `npm run bench:lighthouse`: one line per figure, `name: value unit`, with its budget beside it.

interface Budget {
  /** The figure must be at most this (`max`) or at least this (`min`). */
  limit: number;
  kind: 'max' | 'min';
}

const BUDGETS: ReadonlyArray<[RegExp, Budget]> = [
  [/^first-page-js-gzip$/, { limit: 150, kind: 'max' }],
  [/^first-question-interactive-cold$/, { limit: 1000, kind: 'max' }],
  [/^answer-click-to-frame-p95$/, { limit: 50, kind: 'max' }],
  [/^longest-long-task$/, { limit: 100, kind: 'max' }],
  [/^autosave-saq-d$/, { limit: 20, kind: 'max' }],
  [/^render-280-rows$/, { limit: 1050, kind: 'max' }],
  [/^requirement-row-dom-elements$/, { limit: 20, kind: 'max' }],
  [/^requirement-row-height-px$/, { limit: 300, kind: 'max' }],
  [/^fill-official-saq-d$/, { limit: 2000, kind: 'max' }],
  [/^chunk-official-forms-worker-gzip$/, { limit: 30, kind: 'max' }],
  // Issue 20: the largest measured backups save and reopen within 10 s, and the page never stops
  // answering for as long as a second while they do.
  [/^backup-.*-(save|restore)$/, { limit: 10_000, kind: 'max' }],
  [/^backup-.*-longest-task$/, { limit: 1000, kind: 'max' }],
  [/^lighthouse-.*-desktop-performance$/, { limit: 95, kind: 'min' }],
  [/^lighthouse-.*-mobile-performance$/, { limit: 85, kind: 'min' }],
  [/^lighthouse-.*-accessibility$/, { limit: 100, kind: 'min' }],
];

export function budgetFor(name: string): Budget | undefined {
  return BUDGETS.find(([pattern]) => pattern.test(name))?.[1];
}

/** `--only=a,b`: a figure is wanted when its name starts with one of the terms (none: all). */
export function onlyFilter(argv: readonly string[]): (name: string) => boolean {
  const terms = argv
    .find((a) => a.startsWith('--only='))
    ?.slice('--only='.length)
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
  return (name) => !terms?.length || terms.some((t) => name.startsWith(t));
}

export interface Figure {
  name: string;
  value: number;
  unit: string;
  met?: boolean;
}

export function formatFigure(f: Figure): string {
  const budget = budgetFor(f.name);
  const line = `${f.name}: ${Number(f.value.toFixed(2))} ${f.unit}`;
  if (!budget) return line;
  return `${line}  (budget ${budget.kind === 'max' ? '≤' : '≥'} ${budget.limit} ${f.unit}: ${f.met ? 'met' : 'MISSED'})`;
}

/** Collects figures, prints each as it comes, and says at the end whether every budget was met. */
export class BenchReport {
  readonly figures: Figure[] = [];

  constructor(private readonly wanted: (name: string) => boolean) {}

  add(name: string, value: number, unit: string): void {
    if (!this.wanted(name)) return;
    const budget = budgetFor(name);
    const met = budget
      ? Number.isFinite(value) &&
        (budget.kind === 'max' ? value <= budget.limit : value >= budget.limit)
      : undefined;
    const figure: Figure = { name, value, unit, ...(met === undefined ? {} : { met }) };
    this.figures.push(figure);
    console.log(formatFigure(figure));
  }

  /** Prints the summary; with `--check`, sets a failing exit code when a budget was missed. */
  finish(check: boolean): void {
    const budgeted = this.figures.filter((f) => f.met !== undefined);
    const missed = budgeted.filter((f) => !f.met);
    console.log(
      `budgets: ${budgeted.length - missed.length} of ${budgeted.length} met${
        missed.length ? `; missed: ${missed.map((f) => f.name).join(', ')}` : ''
      }`,
    );
    if (check && missed.length) process.exitCode = 1;
  }
}
