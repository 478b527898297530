/** Completeness, status and carry-over rules for an assessment. Pure functions. */
import { msg, type ReviewCode, type ReviewMessage, type ReviewParams } from './messages';
import {
  CCW_FIELDS,
  type Assessment,
  type CcwField,
  type RowAnswer,
  type SaqOutline,
} from './model';

export type RowState =
  | 'answered'
  | 'incomplete'
  | 'unanswered'
  | 'proposed'
  | 'to-confirm'
  | 'dont-know'
  | 'not-for-merchants';
export type GroupStatus = 'not-started' | 'in-progress' | 'completed' | 'needs-attention';

export interface RowProblem {
  id: string;
  code: ReviewCode;
  params: ReviewParams;
}

/** The parts of the compensating controls worksheet, as codes of their short names. */
const CCW_PART_CODES: Record<CcwField, ReviewCode> = {
  constraints: 'ccw.constraints',
  definition: 'ccw.definition',
  objective: 'ccw.objective',
  risk: 'ccw.risk',
  validation: 'ccw.validation',
  maintenance: 'ccw.maintenance',
};

/** What a row still needs, as codes (sentences in content/text/review.json); empty when complete. */
export function rowProblems(row: RowAnswer | undefined): ReviewMessage[] {
  if (!row || (!row.response && !row.dontKnow)) return [msg('row.choose-response')];
  const problems: ReviewMessage[] = [];
  const blank = (v: string | undefined) => !v?.trim();
  if (row.dontKnow && !row.response) problems.push(msg('row.dont-know'));
  if (row.proposed) problems.push(msg('row.confirm-proposal'));
  if (row.toConfirm) problems.push(msg('row.confirm-carried'));
  switch (row.response) {
    case 'not-applicable':
      if (blank(row.naReason)) problems.push(msg('row.na-reason'));
      break;
    case 'in-place-ccw': {
      const missing = CCW_FIELDS.filter((f) => blank(row.ccw?.[f]));
      if (missing.length > 0)
        problems.push(msg('row.ccw', { parts: missing.map((f) => CCW_PART_CODES[f]) }));
      break;
    }
    case 'not-tested':
      if (blank(row.notTestedWhat) || blank(row.notTestedWhy)) problems.push(msg('row.not-tested'));
      break;
    case 'not-in-place':
      if (row.legalException) {
        if (blank(row.legalExplanation)) problems.push(msg('row.legal-explanation'));
      } else if (
        blank(row.remediationAction) ||
        blank(row.remediationOwner) ||
        blank(row.remediationDate)
      )
        problems.push(msg('row.remediation'));
      break;
    default:
      break;
  }
  return problems;
}

export function rowState(row: RowAnswer | undefined, notForMerchants = false): RowState {
  if (notForMerchants) return 'not-for-merchants';
  if (!row || (!row.response && !row.dontKnow)) return 'unanswered';
  if (row.dontKnow && !row.response) return 'dont-know';
  if (row.proposed) return 'proposed';
  if (row.toConfirm) return 'to-confirm';
  return rowProblems(row).length === 0 ? 'answered' : 'incomplete';
}

/** Rows a merchant answers (SAQ D's service-provider and issuer placeholders are left out). */
export function answerableRows(saq: SaqOutline, principal?: string): string[] {
  return saq.groups
    .filter((g) => principal === undefined || g.principal === principal)
    .flatMap((g) => g.rows.filter((r) => !r.notForMerchants).map((r) => r.id));
}

export function groupStatus(saq: SaqOutline, a: Assessment, principal: string): GroupStatus {
  const ids = answerableRows(saq, principal);
  const states = ids.map((id) => rowState(a.rows[id]));
  const answered = states.filter((s) => s === 'answered').length;
  const touched = states.filter((s) => s !== 'unanswered').length;
  if (a.groupsDone.includes(principal))
    return answered === ids.length ? 'completed' : 'needs-attention';
  if (touched === 0) return 'not-started';
  return 'in-progress';
}

export function progress(saq: SaqOutline, a: Assessment): { answered: number; total: number } {
  const ids = answerableRows(saq);
  return {
    answered: ids.filter((id) => rowState(a.rows[id]) === 'answered').length,
    total: ids.length,
  };
}

/** Every row of a group that is not complete, with what it needs: the error summary when marking done. */
export function groupProblems(saq: SaqOutline, a: Assessment, principal: string): RowProblem[] {
  return answerableRows(saq, principal).flatMap((id) =>
    rowProblems(a.rows[id]).map((m) => ({ id, ...m })),
  );
}

/** Rows marked "don't know yet", for the follow-up list. */
export function followUps(
  saq: SaqOutline,
  a: Assessment,
): { id: string; owner?: string; note?: string }[] {
  return answerableRows(saq)
    .filter((id) => a.rows[id]?.dontKnow && !a.rows[id]?.response)
    .map((id) => ({ id, owner: a.rows[id]?.followUpOwner, note: a.rows[id]?.followUpNote }));
}

/** Accepts proposals: one row, or every proposed row at once. */
export function confirmRows(a: Assessment, ids: string[], now: string): Assessment {
  const rows = { ...a.rows };
  for (const id of ids) {
    const row = rows[id];
    if (!row) continue;
    const next = { ...row, updatedAt: now };
    delete next.proposed;
    delete next.toConfirm;
    rows[id] = next;
  }
  return { ...a, rows, updatedAt: now };
}

export function updateRow(
  a: Assessment,
  id: string,
  patch: Partial<RowAnswer>,
  now: string,
): Assessment {
  const merged: RowAnswer = { ...a.rows[id], ...patch, updatedAt: now };
  // Choosing or changing a response is the user's own answer: it settles a proposal or carry-over.
  if (patch.response !== undefined) {
    delete merged.proposed;
    delete merged.toConfirm;
  }
  // A field set to undefined is cleared, so stored rows never carry empty keys.
  const next = Object.fromEntries(
    Object.entries(merged).filter(([, value]) => value !== undefined),
  ) as RowAnswer;
  return { ...a, rows: { ...a.rows, [id]: next }, updatedAt: now };
}

export interface SaqChange {
  assessment: Assessment;
  added: string[];
  dropped: string[];
  carried: string[];
}

/**
 * Moves an assessment to another SAQ (or to next year's copy of the same one): answers carry over by
 * requirement id and are marked "to confirm"; answers to rows the new SAQ lacks are kept in `dropped`,
 * and come back if a later change brings those rows back.
 */
export function changeSaq(
  a: Assessment,
  from: SaqOutline,
  to: SaqOutline,
  now: string,
  contentVersion = a.contentVersion,
): SaqChange {
  const newIds = new Set(answerableRows(to));
  const oldIds = answerableRows(from);
  const oldSet = new Set(oldIds);
  const pool: Record<string, RowAnswer> = { ...a.dropped, ...a.rows };
  const rows: Record<string, RowAnswer> = {};
  const dropped: Record<string, RowAnswer> = {};
  const carried: string[] = [];
  for (const [id, row] of Object.entries(pool)) {
    if (newIds.has(id)) {
      const hasAnswer = row.response !== undefined || row.dontKnow;
      rows[id] = hasAnswer ? { ...row, toConfirm: true } : row;
      if (hasAnswer) carried.push(id);
    } else if (a.rows[id] || a.dropped[id]) dropped[id] = row;
  }
  // Another SAQ (or next year's copy) is a new questionnaire: it is not complete until marked so.
  const next: Assessment = { ...a };
  delete next.completedAt;
  delete next.completedOn;
  delete next.completedDigest;
  return {
    assessment: {
      ...next,
      saq: to.id,
      saqEdition: to.edition,
      contentVersion,
      rows,
      dropped,
      groupsDone: [],
      updatedAt: now,
    },
    added: [...newIds].filter((id) => !oldSet.has(id)),
    dropped: oldIds.filter((id) => !newIds.has(id)),
    carried,
  };
}
