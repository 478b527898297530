/**
 * The CSV import's decisions, kept apart from the page: which choices a file allows, what the user
 * still has to settle, and what to write once they confirm. Pure: the page reads the file
 * (`read-csv.ts`), shows what this module says, and hands the write it returns to the storage API.
 */
import type { Assessment, RowAnswer, SaqOutline } from '@/domain/assessment/model';
import { nextYear } from '@/domain/assessment/next-year';
import { SAQ_FACTS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { observationParts } from '@/domain/exchange/export-csv';
import {
  applyCsvUpdate,
  assessmentFromCsv,
  planCsvUpdate,
  type CsvPreview,
  type CsvUpdatePlan,
} from '@/domain/exchange/preview';
import { type ExchangeWords, word } from '@/domain/exchange/words';
import { ORGANISATION_MAX } from '@/domain/limits';

/** What the file can do: start an assessment, start next year's from one here, or update one. */
export type CsvAction = 'new' | 'next-year' | 'update';
export type Side = 'ours' | 'theirs';

/** What the user has chosen so far. */
export interface CsvDecision {
  action?: CsvAction;
  /** The organisation of a new assessment. */
  organisation: string;
  /** Last year's assessment (next year's) or the one to update, by id. */
  target?: string;
  /** For an update: which side each conflict keeps, by requirement id. */
  choices: Readonly<Record<string, Side>>;
}

/** Where a problem is shown: the form control it is about. */
export type DecisionField = 'saq' | 'action' | 'organisation' | 'target' | `conflict:${string}`;

export interface DecisionError {
  field: DecisionField;
  /** A sentence of `content/text/csv.json`. */
  code:
    | 'error.no-saq'
    | 'error.nothing'
    | 'error.no-action'
    | 'error.no-name'
    | 'error.name-too-long'
    | 'error.no-target'
    | 'error.target-gone'
    | 'error.conflict';
  params: Record<string, string | number>;
}

/** What to write once the user confirms: a new assessment, or an update onto the copy it was read from. */
export type CsvWrite =
  | { kind: 'create'; assessment: Assessment; count: number }
  | {
      kind: 'update';
      next: Assessment;
      base: Assessment;
      added: number;
      taken: number;
      kept: number;
    };

export interface WriteContext {
  preview: CsvPreview;
  assessments: readonly Assessment[];
  /** The SAQs' content, by id: the one the preview was read for among them. */
  saqs: Readonly<Record<string, SaqOutline>>;
  newId: string;
  now: string;
  contentVersion: string;
}

/** Assessments of the file's SAQ in this browser, the most recently changed first. */
export function sameSaqAssessments(
  assessments: readonly Assessment[],
  saq: SaqId | null,
): Assessment[] {
  return assessments
    .filter((a) => saq !== null && a.saq === saq)
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id));
}

/** Whether the file brings anything in for its SAQ (an answer, a "don't know yet" or words). */
export function bringsSomething(preview: CsvPreview): boolean {
  return preview.saq !== null && Object.keys(preview.rows).length > 0;
}

/** The choices the file allows: next year's and updates need an assessment of the same SAQ here. */
export function actionsFor(preview: CsvPreview, assessments: readonly Assessment[]): CsvAction[] {
  if (!bringsSomething(preview)) return [];
  return sameSaqAssessments(assessments, preview.saq).length > 0
    ? ['new', 'next-year', 'update']
    : ['new'];
}

/** The first decision for a file: nothing chosen yet, the latest assessment of its SAQ as target. */
export function initialDecision(
  preview: CsvPreview,
  assessments: readonly Assessment[],
): CsvDecision {
  const target = sameSaqAssessments(assessments, preview.saq)[0]?.id;
  return { organisation: '', choices: {}, ...(target ? { target } : {}) };
}

/**
 * The decision after the file was read again (another SAQ) or the list of assessments changed: a
 * choice the file no longer allows is dropped, a target of another SAQ gives way to one of this
 * SAQ, and conflict choices are kept only for conflicts that still exist.
 */
export function reconcileDecision(
  decision: CsvDecision,
  preview: CsvPreview,
  assessments: readonly Assessment[],
): CsvDecision {
  const allowed = actionsFor(preview, assessments);
  const candidates = sameSaqAssessments(assessments, preview.saq);
  const target = candidates.some((a) => a.id === decision.target)
    ? decision.target
    : candidates[0]?.id;
  const next: CsvDecision = { organisation: decision.organisation, choices: {} };
  if (decision.action && allowed.includes(decision.action)) next.action = decision.action;
  if (target) next.target = target;
  const plan = target === decision.target ? updatePlan(next, preview, assessments) : null;
  if (plan)
    next.choices = Object.fromEntries(
      plan.conflicts.flatMap((c) => {
        const side = decision.choices[c.id];
        return side ? [[c.id, side] as const] : [];
      }),
    );
  return next;
}

/** The target assessment, when it is still here and of the file's SAQ. */
function targetOf(
  decision: CsvDecision,
  preview: CsvPreview,
  assessments: readonly Assessment[],
): Assessment | undefined {
  return sameSaqAssessments(assessments, preview.saq).find((a) => a.id === decision.target);
}

/** What updating the chosen assessment would do: rows added, rows that differ, rows the same. */
export function updatePlan(
  decision: CsvDecision,
  preview: CsvPreview,
  assessments: readonly Assessment[],
): CsvUpdatePlan | null {
  const target = targetOf(decision, preview, assessments);
  return target ? planCsvUpdate(target, preview) : null;
}

/** Every conflict of the update set to one side (the "everywhere" buttons). */
export function chooseAll(
  decision: CsvDecision,
  preview: CsvPreview,
  assessments: readonly Assessment[],
  side: Side,
): CsvDecision {
  const plan = updatePlan(decision, preview, assessments);
  return {
    ...decision,
    choices: Object.fromEntries((plan?.conflicts ?? []).map((c) => [c.id, side])),
  };
}

/** What is still missing before the import can run, in the order the page shows the fields. */
export function decisionErrors(
  decision: CsvDecision,
  preview: CsvPreview,
  assessments: readonly Assessment[],
): DecisionError[] {
  if (preview.saq === null) return [{ field: 'saq', code: 'error.no-saq', params: {} }];
  const saq = SAQ_FACTS[preview.saq].name;
  if (!bringsSomething(preview)) return [{ field: 'saq', code: 'error.nothing', params: { saq } }];
  const action = decision.action;
  if (!action || !actionsFor(preview, assessments).includes(action))
    return [{ field: 'action', code: 'error.no-action', params: {} }];
  if (action === 'new') {
    const name = decision.organisation.trim();
    if (!name) return [{ field: 'organisation', code: 'error.no-name', params: {} }];
    if (name.length > ORGANISATION_MAX)
      return [
        {
          field: 'organisation',
          code: 'error.name-too-long',
          params: { length: name.length, max: ORGANISATION_MAX },
        },
      ];
    return [];
  }
  if (!decision.target) return [{ field: 'target', code: 'error.no-target', params: {} }];
  if (!targetOf(decision, preview, assessments))
    return [{ field: 'target', code: 'error.target-gone', params: {} }];
  if (action === 'next-year') return [];
  const plan = updatePlan(decision, preview, assessments);
  return (plan?.conflicts ?? [])
    .filter((c) => !decision.choices[c.id])
    .map((c) => ({ field: `conflict:${c.id}`, code: 'error.conflict', params: { id: c.id } }));
}

/**
 * Next year's assessment from last year's one here and the file: last year's organisation,
 * channels, Section 1 and signatory (as "Start next year's from this one" keeps them), with the
 * file's answers laid over last year's, every answer to confirm.
 */
function nextYearFromFile(last: Assessment, saq: SaqOutline, ctx: WriteContext): Assessment {
  const start = nextYear(last, saq, ctx.now, ctx.contentVersion, ctx.newId).assessment;
  const theirs = Object.fromEntries(
    planCsvUpdate(start, ctx.preview).conflicts.map((c) => [c.id, 'theirs' as const]),
  );
  return applyCsvUpdate(start, ctx.preview, theirs, ctx.now);
}

const toConfirm = (a: Assessment) => Object.values(a.rows).filter((r) => r.toConfirm).length;

/**
 * What to write once the user confirms, or what they still have to settle. Nothing here writes:
 * the page passes a `create` to `createAssessments` and an `update` to `saveAssessment` with its
 * base, so other tabs' changes since the page was read are kept.
 */
export function decide(
  decision: CsvDecision,
  ctx: WriteContext,
): { ok: false; errors: DecisionError[] } | { ok: true; write: CsvWrite } {
  const { preview, assessments } = ctx;
  const errors = decisionErrors(decision, preview, assessments);
  if (errors.length > 0) return { ok: false, errors };
  const target = targetOf(decision, preview, assessments);
  const saq = preview.saq ? ctx.saqs[preview.saq] : undefined;
  if (!saq) return { ok: false, errors: [{ field: 'saq', code: 'error.no-saq', params: {} }] };
  if (decision.action === 'new') {
    const assessment = assessmentFromCsv(preview, {
      id: ctx.newId,
      organisation: decision.organisation.trim(),
      saq,
      contentVersion: ctx.contentVersion,
      now: ctx.now,
    });
    return { ok: true, write: { kind: 'create', assessment, count: toConfirm(assessment) } };
  }
  if (!target)
    return { ok: false, errors: [{ field: 'target', code: 'error.no-target', params: {} }] };
  if (decision.action === 'next-year') {
    const assessment = nextYearFromFile(target, saq, ctx);
    return { ok: true, write: { kind: 'create', assessment, count: toConfirm(assessment) } };
  }
  const plan = planCsvUpdate(target, preview);
  const next = applyCsvUpdate(target, preview, decision.choices, ctx.now);
  const taken = plan.conflicts.filter((c) => decision.choices[c.id] === 'theirs').length;
  return {
    ok: true,
    write: {
      kind: 'update',
      next,
      base: target,
      added: plan.added.length,
      taken,
      kept: plan.conflicts.length - taken,
    },
  };
}

/** One side of a conflict in words: its response and its labelled parts (notes, reason, fix...). */
export interface RowWords {
  response: string | null;
  parts: { label: string; text: string }[];
}

/** A row as the conflict shows it, in the words the files use (`content/text/exchange.json`). */
export function rowWords(row: RowAnswer | undefined, words: ExchangeWords): RowWords {
  const response = row?.response
    ? word(words, `exchange.response.${row.response}`)
    : row?.dontKnow
      ? word(words, 'exchange.response.dont-know')
      : null;
  const parts = row
    ? observationParts(row).flatMap(([label, text]) =>
        text?.trim() ? [{ label: word(words, `exchange.label.${label}`), text }] : [],
      )
    : [];
  return { response, parts };
}
