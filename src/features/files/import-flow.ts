/**
 * Opening a file, as decisions: from what happened (a file chosen, read, protected, opened, refused,
 * a choice made, the import done or refused, other tabs' writes) to what the Files page shows next.
 * Pure: the page does the reading and writing (`openBackup`, `importAssessments`) and sends what
 * came of it here; these functions decide, and the page renders what they return.
 */
import { FILES_PAGE_WORDS, say } from '@/content/words';
import type { Assessment, RowAnswer } from '@/domain/assessment/model';
import { SAQ_FACTS } from '@/domain/eligibility/saq-catalog';
import { mergeSummary } from '@/domain/files/files-text';
import {
  planImport,
  type ImportAction,
  type ImportItem,
  type PlannedImport,
} from '@/domain/files/import-plan';
import {
  replacementPreview,
  type MergeContext,
  type MergePlan,
  type Newer,
  type Side,
} from '@/domain/files/merge';
import type { OpenSaqFile } from '@/domain/files/opensaq-file';
import type { Progress } from '@/domain/files/slices';
import { RESPONSE_NAMES } from '@/domain/report/names';
import type { ImportOutcome } from '@/storage/assessment-store';

/** What planning needs besides the file: fresh ids and names for copies, and the SAQs' rows. */
export interface PlanContext {
  newId: () => string;
  copyName: (a: Assessment) => string;
  merge: MergeContext;
}

export type ImportState =
  /** Waiting for a file; with what the last file did (and its assessments), or why it was refused. */
  | {
      step: 'pick';
      error: unknown;
      outcomes: readonly ImportOutcome[] | null;
      imported: readonly Assessment[];
    }
  | { step: 'reading'; name: string; progress: Progress | null }
  | {
      step: 'passphrase';
      name: string;
      /** Opening with the passphrase given (it takes a moment: the key is stretched). */
      opening: boolean;
      progress: Progress | null;
      error: unknown;
    }
  | {
      step: 'review';
      name: string;
      file: OpenSaqFile;
      items: readonly ImportItem[];
      merges: ReadonlyMap<string, MergePlan>;
      /** The assessments here changed in another tab while the review was open. */
      replanned: boolean;
      importing: boolean;
      error: unknown;
    };

export type ImportEvent =
  | { type: 'file.chosen'; name: string }
  | { type: 'progress'; progress: Progress }
  | { type: 'file.protected' }
  | { type: 'passphrase.submitted' }
  | { type: 'file.opened'; file: OpenSaqFile; existing: readonly Assessment[]; plan: PlanContext }
  | { type: 'file.failed'; error: unknown }
  | { type: 'plan.action'; id: string; action: ImportAction }
  | { type: 'plan.choice'; id: string; key: string; side: Side }
  | { type: 'existing.changed'; existing: readonly Assessment[]; plan: PlanContext }
  | { type: 'import.started' }
  | { type: 'import.done'; outcomes: readonly ImportOutcome[] }
  | { type: 'import.failed'; error: unknown }
  | { type: 'cancel' };

type PickState = Extract<ImportState, { step: 'pick' }>;

export const initialImport: PickState = {
  step: 'pick',
  error: null,
  outcomes: null,
  imported: [],
};

/**
 * The plan again after the assessments here changed: each item keeps the action the user chose
 * while it still makes sense (a merge or replace needs one here), its copy's id (so a retry never
 * makes a second copy) and every choice whose difference is still there.
 */
export function replan(
  file: OpenSaqFile,
  previous: readonly ImportItem[],
  existing: readonly Assessment[],
  plan: PlanContext,
): PlannedImport {
  const fresh = planImport(file.assessments, existing, plan);
  const before = new Map(previous.map((i) => [i.incoming.id, i]));
  const items = fresh.items.map((item): ImportItem => {
    const old = before.get(item.incoming.id);
    if (!old) return item;
    const here = fresh.merges.has(item.incoming.id);
    const action: ImportAction =
      (old.action === 'merge' || old.action === 'replace') && !here ? 'new' : old.action;
    const choices = { ...item.choices };
    for (const [key, side] of Object.entries(old.choices ?? {}))
      if (key in choices) choices[key] = side;
    return {
      ...item,
      action,
      ...(old.copy ? { copy: old.copy } : item.copy ? { copy: item.copy } : {}),
      ...(item.choices ? { choices } : {}),
    };
  });
  return { items, merges: fresh.merges };
}

function review(
  name: string,
  file: OpenSaqFile,
  planned: PlannedImport,
  replanned: boolean,
): ImportState {
  return {
    step: 'review',
    name,
    file,
    items: planned.items,
    merges: planned.merges,
    replanned,
    importing: false,
    error: null,
  };
}

/** What the page shows next. Events that do not fit the current step change nothing. */
export function importStep(state: ImportState, event: ImportEvent): ImportState {
  switch (event.type) {
    case 'file.chosen':
      return { step: 'reading', name: event.name, progress: null };
    case 'cancel':
      return initialImport;
    case 'progress':
      if (state.step === 'reading') return { ...state, progress: event.progress };
      if (state.step === 'passphrase' && state.opening)
        return { ...state, progress: event.progress };
      return state;
    case 'file.protected':
      if (state.step !== 'reading') return state;
      return { step: 'passphrase', name: state.name, opening: false, progress: null, error: null };
    case 'passphrase.submitted':
      if (state.step !== 'passphrase') return state;
      return { ...state, opening: true, progress: null, error: null };
    case 'file.opened':
      if (state.step !== 'reading' && state.step !== 'passphrase') return state;
      return review(
        state.name,
        event.file,
        planImport(event.file.assessments, event.existing, event.plan),
        false,
      );
    case 'file.failed':
      // A passphrase that does not open it: ask again. Anything else: choose another file.
      if (state.step === 'passphrase')
        return { ...state, opening: false, progress: null, error: event.error };
      if (state.step === 'reading') return { ...initialImport, error: event.error };
      return state;
    case 'plan.action':
      if (state.step !== 'review' || state.importing) return state;
      return {
        ...state,
        items: state.items.map((i) =>
          i.incoming.id === event.id ? { ...i, action: event.action } : i,
        ),
      };
    case 'plan.choice':
      if (state.step !== 'review' || state.importing) return state;
      return {
        ...state,
        items: state.items.map((i) =>
          i.incoming.id === event.id
            ? { ...i, choices: { ...i.choices, [event.key]: event.side } }
            : i,
        ),
      };
    case 'existing.changed':
      // While the import runs it is worked out again inside its own transaction anyway.
      if (state.step !== 'review' || state.importing) return state;
      return review(
        state.name,
        state.file,
        replan(state.file, state.items, event.existing, event.plan),
        true,
      );
    case 'import.started':
      if (state.step !== 'review') return state;
      return { ...state, importing: true, error: null };
    case 'import.done':
      if (state.step !== 'review') return state;
      return { ...initialImport, outcomes: event.outcomes, imported: state.file.assessments };
    case 'import.failed':
      // All or nothing: nothing changed, so the same plan can be tried again as it is.
      if (state.step !== 'review') return state;
      return { ...state, importing: false, error: event.error };
  }
}

/** Where a progress bar stands, in percent. */
export function percentOf(progress: Progress | null): number {
  if (!progress || progress.total <= 0) return 0;
  return Math.min(100, Math.floor((progress.done / progress.total) * 100));
}

const t = (
  code: keyof typeof FILES_PAGE_WORDS & string,
  params?: Record<string, string | number>,
) => say(FILES_PAGE_WORDS, code, params);

const saqName = (a: Assessment) => SAQ_FACTS[a.saq].name;

/** An answer in a few words: its response's official name and its notes. */
function answerText(r: RowAnswer): string {
  const response = r.response ? RESPONSE_NAMES[r.response] : t('import.no-response');
  return r.notes ? `${response}, ${r.notes}` : response;
}

/** A field's value in a few words (lists and objects as JSON), at most 200 characters. */
function valueText(v: unknown): string {
  const text =
    v === undefined || v === null || v === ''
      ? t('import.empty')
      : typeof v === 'string'
        ? v
        : JSON.stringify(v);
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

function newerText(newer: Newer): string {
  return t(
    newer === 'theirs'
      ? 'import.newer.theirs'
      : newer === 'ours'
        ? 'import.newer.ours'
        : 'import.newer.unknown',
  );
}

/** One difference to choose a side for. */
export interface ConflictView {
  key: string;
  label: string;
  hint: string;
  side: Side;
}

/** One assessment of the file, as the review shows it. */
export interface ItemView {
  id: string;
  legend: string;
  question: string;
  action: ImportAction;
  options: { value: ImportAction; label: string }[];
  /** For a replace: what it would change. */
  replacing: string | null;
  /** For a merge: what the file brings in, part by part, and the differences. */
  bringsIn: string[] | null;
  conflicts: ConflictView[];
}

/** The review of a file, item by item, in words. */
export function reviewView(
  state: Extract<ImportState, { step: 'review' }>,
  existing: readonly Assessment[],
): ItemView[] {
  const here = new Map(existing.map((a) => [a.id, a]));
  return state.items.map((item) => {
    const a = item.incoming;
    const ours = here.get(a.id);
    const merge = state.merges.get(a.id);
    const options: ItemView['options'] =
      ours && merge
        ? [
            { value: 'merge', label: t('import.action.merge') },
            { value: 'replace', label: t('import.action.replace') },
            {
              value: 'new',
              label: t('import.action.copy', { name: item.copy?.organisation ?? a.organisation }),
            },
            { value: 'skip', label: t('import.action.skip') },
          ]
        : [
            { value: 'new', label: t('import.action.new') },
            { value: 'skip', label: t('import.action.skip') },
          ];
    const replacing =
      item.action === 'replace' && ours
        ? t('import.replace-preview', { ...replacementPreview(ours, a) })
        : null;
    const mergeShown = item.action === 'merge' && ours && merge;
    const lines = mergeShown ? mergeSummary(merge, saqName(ours)) : null;
    const conflicts: ConflictView[] = mergeShown
      ? [
          ...merge.conflicts.map((c) => ({
            key: c.id,
            label: t('import.conflict', {
              what: c.id,
              ours: answerText(c.ours),
              theirs: answerText(c.theirs),
            }),
            hint: newerText(c.newer),
            side: item.choices?.[c.id] ?? 'ours',
          })),
          ...merge.fieldConflicts.map((c) => ({
            key: c.key,
            label: t('import.conflict', {
              what: c.key,
              ours: valueText(c.ours),
              theirs: valueText(c.theirs),
            }),
            hint: newerText(c.newer),
            side: item.choices?.[c.key] ?? 'ours',
          })),
        ]
      : [];
    return {
      id: a.id,
      legend: t('import.item-legend', {
        organisation: a.organisation,
        saq: saqName(a),
        answers: Object.keys(a.rows).length,
      }),
      question: t(ours ? 'import.question-existing' : 'import.question-new'),
      action: item.action,
      options,
      replacing,
      bringsIn: lines === null ? null : lines.length > 0 ? lines : [t('import.nothing-new')],
      conflicts,
    };
  });
}

/** The name of a separate copy: the file's name, marked, within the name's limit. */
export function copyName(a: Assessment, limit: number): string {
  const marked = (name: string) => t('import.copy-name', { organisation: name });
  const room = limit - marked('').length;
  return marked(
    a.organisation.length > room ? a.organisation.slice(0, Math.max(0, room)) : a.organisation,
  );
}

/** What an import did, one sentence per assessment. */
export function outcomeLines(
  outcomes: readonly ImportOutcome[],
  file: readonly Assessment[],
): string[] {
  const saqOf = new Map(file.map((a) => [a.id, saqName(a)]));
  return outcomes.map((o) =>
    t(`outcome.${o.result}`, { organisation: o.organisation, saq: saqOf.get(o.id) ?? '' }),
  );
}
