/**
 * The status to show people: "not finished" until the assessment is marked complete and unchanged
 * since, with what the answers would give and why; the official status only then. It never says
 * Compliant before completion, and a new assessment is not called Non-Compliant.
 */
import { complianceStatus, type ComplianceStatus } from './attestation';
import { changedSinceCompletion } from './completion';
import { msg, type ReviewMessage } from './messages';
import type { Assessment } from './model';
import { reviewItems, type ReviewSaq } from './review';
import { answerableRows } from './rules';

export interface StatusCounts {
  /** Rows a merchant answers. */
  total: number;
  /** Rows answered and finished. */
  answered: number;
  /** Rows with no response yet (including "don't know yet"). */
  toAnswer: number;
  /** Rows answered but not finished: a reason, a plan, a worksheet or a confirmation missing. */
  toFinish: number;
  /** Rows Not in Place (legal exceptions left out). */
  notInPlace: number;
  legalExceptions: number;
  notTested: number;
  /** Everything else the review lists: Section 1 and 3 parts, scans, dates, contradictions. */
  otherItems: number;
}

interface Common {
  counts: StatusCounts;
  /** SAQ D only: Partial when any row is Not Tested. */
  scope?: 'full' | 'partial';
  /** Section 2: was any requirement not met because of a legal constraint? */
  legalConstraint: boolean;
  notInPlace: string[];
  legalExceptions: string[];
  notTested: string[];
  /** Why, as codes and values (sentences in content/text/review.json). */
  why: ReviewMessage[];
}

export type AssessmentStatus =
  | (Common & {
      state: 'not-finished';
      /**
       * What the answers so far would give: Non-Compliant as soon as a row is Not in Place;
       * Compliant (or with a legal exception) once every row is finished; null while rows are
       * still open and none is Not in Place (it could go either way).
       */
      wouldBe: ComplianceStatus | null;
      /** When it was marked complete before and changed (or found wanting) since. */
      previouslyCompletedAt?: string;
    })
  | (Common & {
      state: 'final';
      status: ComplianceStatus;
      completedAt: string;
      /** The self-assessment completion date (Section 2, and "dated" in Part 3). */
      completedOn: string;
    });

/**
 * The status of the assessment at this moment. `today` is the user's local date (YYYY-MM-DD); a
 * completed assessment is checked as of the day it was completed.
 */
export function assessmentStatus(saq: ReviewSaq, a: Assessment, today: string): AssessmentStatus {
  const official = complianceStatus(saq, a);
  const changed = changedSinceCompletion(a);
  const completedOn = a.completedAt ? (a.completedOn ?? a.completedAt.slice(0, 10)) : undefined;
  const asOf = a.completedAt && !changed && completedOn ? completedOn : today;
  const items = reviewItems(saq, a, asOf);
  const ids = answerableRows(saq);
  const toAnswer = ids.filter((id) => !a.rows[id]?.response).length;
  const counts: StatusCounts = {
    total: ids.length,
    answered: ids.length - official.unfinished.length,
    toAnswer,
    toFinish: official.unfinished.length - toAnswer,
    notInPlace: official.notInPlace.length,
    legalExceptions: official.legalExceptions.length,
    notTested: official.notTested.length,
    otherItems: items.filter((i) => !i.code.startsWith('row.')).length,
  };
  const common = {
    counts,
    ...(official.scope ? { scope: official.scope } : {}),
    legalConstraint: official.legalConstraint,
    notInPlace: official.notInPlace,
    legalExceptions: official.legalExceptions,
    notTested: official.notTested,
  };
  const partial =
    counts.notTested > 0
      ? [msg('status.partial', { count: counts.notTested, ids: official.notTested })]
      : [];

  if (a.completedAt && completedOn && !changed && items.length === 0) {
    const status = official.status;
    const why: ReviewMessage[] = [msg('status.completed', { date: completedOn })];
    if (status === 'non-compliant')
      why.push(
        msg('status.final-non-compliant', { count: counts.notInPlace, ids: official.notInPlace }),
      );
    else if (status === 'compliant-legal-exception')
      why.push(
        msg('status.final-legal', {
          count: counts.legalExceptions,
          ids: official.legalExceptions,
        }),
      );
    else why.push(msg('status.final-compliant'));
    return {
      state: 'final',
      status,
      completedAt: a.completedAt,
      completedOn,
      ...common,
      why: [...why, ...partial],
    };
  }

  const rowsFinished = official.unfinished.length === 0;
  const wouldBe: ComplianceStatus | null =
    counts.notInPlace > 0
      ? 'non-compliant'
      : !rowsFinished
        ? null
        : counts.legalExceptions > 0
          ? 'compliant-legal-exception'
          : 'compliant';
  const why: ReviewMessage[] = [];
  if (a.completedAt && completedOn)
    why.push(
      changed
        ? msg('status.reopened', { date: completedOn })
        : msg('status.completed-but-problems', { date: completedOn, count: items.length }),
    );
  else {
    const last = a.reopened?.[a.reopened.length - 1];
    if (last)
      why.push(msg('status.reopened', { date: last.completedOn ?? last.completedAt.slice(0, 10) }));
  }
  if (wouldBe === 'non-compliant')
    why.push(
      msg('status.would-be-non-compliant', {
        count: counts.notInPlace,
        ids: official.notInPlace,
      }),
    );
  if (counts.toAnswer > 0)
    why.push(msg('status.rows-to-answer', { count: counts.toAnswer, total: counts.total }));
  if (counts.toFinish > 0) why.push(msg('status.rows-to-finish', { count: counts.toFinish }));
  if (wouldBe === 'compliant-legal-exception')
    why.push(
      msg('status.would-be-legal', {
        count: counts.legalExceptions,
        ids: official.legalExceptions,
      }),
    );
  if (wouldBe === 'compliant') why.push(msg('status.would-be-compliant'));
  if (counts.otherItems > 0) why.push(msg('status.items-left', { count: counts.otherItems }));
  if (items.length === 0) why.push(msg('status.ready-to-complete'));
  return {
    state: 'not-finished',
    wouldBe,
    ...(a.completedAt ? { previouslyCompletedAt: a.completedAt } : {}),
    ...common,
    why: [...why, ...partial],
  };
}
