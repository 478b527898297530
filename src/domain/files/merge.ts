/**
 * Merging a file's copy of an assessment into ours (a volunteer's answers coming back, another
 * laptop's work): what it would bring in, part by part, and the result once the user has chosen a
 * side for each difference.
 *
 * - Values are compared, not their spelling: keys in another order, an empty note and no note, an
 *   unticked box and no box are the same.
 * - Rows the assessment's SAQ does not have are never added as answers: they are kept aside in
 *   `dropped` (recoverable after a change of SAQ) and listed.
 * - Which side is newer comes from time stamps only when they can be trusted (`trustedTime`): a row
 *   dated far in the future does not win; the user chooses.
 * - Besides rows: rows kept aside, groups marked done, Sections 1 and 3 and Part 4 field by field.
 *   The organisation's name, the SAQ, the channels, the interview and decision and the completion
 *   stay ours; those that differ are listed as kept.
 */
import type { Assessment, RowAnswer } from '../assessment/model';
import type { SaqId } from '../eligibility/saq-catalog';
import { newerSide } from './dates';

export type Side = 'ours' | 'theirs';
export type Newer = Side | 'unknown';

/** Two answers to one row that differ. */
export interface Conflict {
  id: string;
  ours: RowAnswer;
  theirs: RowAnswer;
  /** Which side changed it last, by the row's own trusted time stamp. */
  newer: Newer;
}

/** Two values of one field of Section 1, Section 3 or Part 4 that differ. */
export interface FieldConflict {
  /** `section1.contact.name`, `section3.signatoryDate`, `part4.8.actions`: also the key in `choices`. */
  key: string;
  part: FieldPart;
  ours: unknown;
  theirs: unknown;
  /** By the assessments' trusted time stamps (fields carry none of their own). */
  newer: Newer;
}

export type FieldPart = 'section1' | 'section3' | 'part4';
export type MergePartName = 'rows' | 'dropped' | 'groupsDone' | FieldPart;
/** Parts of the file that a merge never brings in. */
export type KeptPart =
  'organisation' | 'saq' | 'channels' | 'interview' | 'decision' | 'completedAt' | 'contentVersion';

export interface MergePartSummary {
  part: MergePartName;
  added: number;
  conflicts: number;
  same: number;
}

export interface MergePlan {
  /** Rows only in the file (or empty here): they are added. */
  added: string[];
  /** Rows in both that differ. */
  conflicts: Conflict[];
  /** Rows equal on both sides. */
  same: number;
  /** Rows of the file that this assessment's SAQ does not have: kept aside in `dropped`, not added. */
  outsideSaq: string[];
  /** Rows kept aside in the file that are new here: added to `dropped`. */
  droppedAdded: string[];
  /** Groups the file marks done that are not done here: marked done. */
  groupsAdded: string[];
  /** Fields of Sections 1 and 3 and Part 4 that are empty here and filled in the file. */
  fieldsAdded: string[];
  fieldConflicts: FieldConflict[];
  fieldsSame: number;
  /** What the file holds differently that the merge leaves as ours. */
  kept: KeptPart[];
  /** Per part, for "what this file brings in". */
  parts: MergePartSummary[];
}

export interface MergeContext {
  /** The SAQ's answerable row ids; without it rows are not checked against the SAQ. */
  saqRows?: (saq: SaqId) => ReadonlySet<string> | undefined;
  /** This computer's time, for trusting time stamps (default: now). */
  now?: Date;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Nothing there: missing, empty text, an unticked box, or an object or list of nothing. */
export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === '' || v === false) return true;
  if (Array.isArray(v)) return v.every(isEmptyValue);
  if (isObject(v)) return Object.values(v).every(isEmptyValue);
  return false;
}

/** Equal by content: objects whatever their key order, with empty values the same as none. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (isEmptyValue(a) && isEmptyValue(b)) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((x, i) => sameValue(x, b[i]));
  }
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (!sameValue(a[k], b[k])) return false;
    return true;
  }
  return false;
}

const withoutStamp = (r: RowAnswer | undefined): Omit<RowAnswer, 'updatedAt'> | undefined => {
  if (!r) return r;
  const { updatedAt: _stamp, ...rest } = r;
  void _stamp;
  return rest;
};

/** Two rows give the same answer (their time stamps aside). */
export function sameAnswer(a: RowAnswer | undefined, b: RowAnswer | undefined): boolean {
  return sameValue(withoutStamp(a), withoutStamp(b));
}

/** The leaf fields of a section (lists count as one field), as `prefix.path` → value. */
function leaves(prefix: string, value: unknown, out = new Map<string, unknown>()) {
  if (isObject(value)) for (const [k, v] of Object.entries(value)) leaves(`${prefix}.${k}`, v, out);
  else out.set(prefix, value);
  return out;
}

function fieldsOf(a: Assessment): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (a.section1) leaves('section1', a.section1, out);
  if (a.section3) leaves('section3', a.section3, out);
  if (a.part4) leaves('part4', a.part4, out);
  return out;
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  const [head, ...rest] = path;
  if (head === undefined) return;
  if (rest.length === 0) {
    target[head] = value;
    return;
  }
  const next = isObject(target[head]) ? { ...target[head] } : {};
  target[head] = next;
  setPath(next, rest, value);
}

/** How the file's copy would merge into ours. */
export function planMerge(
  ours: Assessment,
  theirs: Assessment,
  context: MergeContext = {},
): MergePlan {
  const now = context.now ?? new Date();
  const saqRows = context.saqRows?.(ours.saq);
  const added: string[] = [];
  const conflicts: Conflict[] = [];
  const outsideSaq: string[] = [];
  let same = 0;
  for (const [id, t] of Object.entries(theirs.rows)) {
    const o = ours.rows[id];
    if (saqRows && !saqRows.has(id)) {
      if (!isEmptyValue(withoutStamp(t))) outsideSaq.push(id);
    } else if (sameAnswer(o, t)) same += 1;
    else if (!o || isEmptyValue(withoutStamp(o))) added.push(id);
    else
      conflicts.push({ id, ours: o, theirs: t, newer: newerSide(o.updatedAt, t.updatedAt, now) });
  }
  const droppedAdded = Object.entries(theirs.dropped)
    .filter(([id, r]) => !ours.rows[id] && !ours.dropped[id] && !isEmptyValue(withoutStamp(r)))
    .map(([id]) => id);
  for (const id of outsideSaq)
    if (!ours.dropped[id] && !droppedAdded.includes(id)) droppedAdded.push(id);
  const groupsAdded = theirs.groupsDone.filter((g) => !ours.groupsDone.includes(g));

  const ourFields = fieldsOf(ours);
  const fieldsAdded: string[] = [];
  const fieldConflicts: FieldConflict[] = [];
  let fieldsSame = 0;
  const assessmentNewer = newerSide(ours.updatedAt, theirs.updatedAt, now);
  for (const [key, value] of fieldsOf(theirs)) {
    if (isEmptyValue(value)) continue;
    const mine = ourFields.get(key);
    if (sameValue(mine, value)) fieldsSame += 1;
    else if (isEmptyValue(mine)) fieldsAdded.push(key);
    else
      fieldConflicts.push({
        key,
        part: key.split('.')[0] as FieldPart,
        ours: mine,
        theirs: value,
        newer: assessmentNewer,
      });
  }

  const keptCandidates: KeptPart[] = [
    'organisation',
    'saq',
    'channels',
    'interview',
    'decision',
    'completedAt',
    'contentVersion',
  ];
  const kept = keptCandidates.filter(
    (k) => !isEmptyValue(theirs[k]) && !sameValue(ours[k], theirs[k]),
  );
  const partOf = (k: string) => k.split('.')[0];
  const parts: MergePartSummary[] = [
    { part: 'rows', added: added.length, conflicts: conflicts.length, same },
    { part: 'dropped', added: droppedAdded.length, conflicts: 0, same: 0 },
    { part: 'groupsDone', added: groupsAdded.length, conflicts: 0, same: 0 },
    ...(['section1', 'section3', 'part4'] as const).map((part) => ({
      part,
      added: fieldsAdded.filter((k) => partOf(k) === part).length,
      conflicts: fieldConflicts.filter((c) => c.part === part).length,
      same: [...fieldsOf(theirs).entries()].filter(
        ([k, v]) => partOf(k) === part && !isEmptyValue(v) && sameValue(ourFields.get(k), v),
      ).length,
    })),
  ];
  return {
    added,
    conflicts,
    same,
    outsideSaq,
    droppedAdded,
    groupsAdded,
    fieldsAdded,
    fieldConflicts,
    fieldsSame,
    kept,
    parts,
  };
}

/** The side each difference takes when the user has not chosen: the newer when known, else ours. */
export function defaultChoices(plan: MergePlan): Record<string, Side> {
  const choices: Record<string, Side> = {};
  for (const c of plan.conflicts) choices[c.id] = c.newer === 'theirs' ? 'theirs' : 'ours';
  for (const c of plan.fieldConflicts) choices[c.key] = c.newer === 'theirs' ? 'theirs' : 'ours';
  return choices;
}

/**
 * Applies a merge: added rows, rows kept aside, groups and fields come in; each difference takes
 * the side chosen for it (ours when none was chosen). Rows outside the SAQ go to `dropped` only.
 */
export function applyMerge(
  ours: Assessment,
  theirs: Assessment,
  choices: Readonly<Record<string, Side>>,
  now: string,
  context: MergeContext = {},
): Assessment {
  const plan = planMerge(ours, theirs, context);
  const rows = { ...ours.rows };
  for (const id of plan.added) rows[id] = theirs.rows[id] as RowAnswer;
  for (const c of plan.conflicts) if (choices[c.id] === 'theirs') rows[c.id] = c.theirs;
  const dropped = { ...ours.dropped };
  for (const id of plan.droppedAdded)
    dropped[id] = (theirs.dropped[id] ?? theirs.rows[id]) as RowAnswer;
  // The fields are plain JSON; a value set at a path comes from the file's copy at the same path,
  // which passed the same schema, so the sections keep their types.
  const sections: Record<string, unknown> = {
    section1: ours.section1,
    section3: ours.section3,
    part4: ours.part4,
  };
  const take = (key: string, value: unknown) => setPath(sections, key.split('.'), value);
  const theirFields = fieldsOf(theirs);
  for (const key of plan.fieldsAdded) take(key, theirFields.get(key));
  for (const c of plan.fieldConflicts) if (choices[c.key] === 'theirs') take(c.key, c.theirs);
  const merged = sections as Pick<Assessment, FieldPart>;
  return {
    ...ours,
    rows,
    dropped,
    groupsDone: [...ours.groupsDone, ...plan.groupsAdded],
    ...(merged.section1 ? { section1: merged.section1 } : {}),
    ...(merged.section3 ? { section3: merged.section3 } : {}),
    ...(merged.part4 ? { part4: merged.part4 } : {}),
    updatedAt: now,
  };
}

/** What replacing an assessment with the file's version would change, row by row. */
export function replacementPreview(
  ours: Assessment,
  theirs: Assessment,
): { changed: number; added: number; removed: number } {
  const ids = new Set([...Object.keys(ours.rows), ...Object.keys(theirs.rows)]);
  let changed = 0;
  let added = 0;
  let removed = 0;
  for (const id of ids) {
    const o = ours.rows[id];
    const t = theirs.rows[id];
    if (sameAnswer(o, t)) continue;
    if (!o || isEmptyValue(withoutStamp(o))) added += 1;
    else if (!t || isEmptyValue(withoutStamp(t))) removed += 1;
    else changed += 1;
  }
  return { changed, added, removed };
}
