/**
 * One organisation's payment channels on one page: for each current per-channel assessment, its SAQ,
 * how far it has got, the status its answers give and the actions still open. Each SAQ keeps its own
 * attestation; this only sums them up for the people who sign them.
 */
import type { Assessment } from '../assessment/model';
import { complianceStatus, part4Lines, type ComplianceStatus } from '../assessment/attestation';
import type { ReviewSaq } from '../assessment/review';
import { assessmentStatus } from '../assessment/status';
import { progress } from '../assessment/rules';
import { currentAssessments } from '../assessment/organisations';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';

export interface ChannelSummary {
  assessmentId: string;
  channels: ChannelKind[];
  saq: SaqId;
  answered: number;
  total: number;
  /** Set while the assessment is complete: marked complete, unchanged since and nothing missing. */
  completedAt?: string;
  /** `final` once complete; until then `not-finished`, whatever the answers so far give. */
  state: 'final' | 'not-finished';
  /** Until complete: what the answers so far would give (null while it could go either way). */
  wouldBe?: ComplianceStatus | null;
  /**
   * The final status once complete; until then the status the official rules give to the answers
   * as they are (an unfinished SAQ counts as Non-Compliant). Show it only when `state` is final.
   */
  status: ComplianceStatus;
  /** Requirements Not in Place that need an action (legal exceptions excluded). */
  openActions: number;
}

export interface OrganisationSummary {
  organisation: string;
  channels: ChannelSummary[];
  /** Every channel's assessment is complete. */
  allComplete: boolean;
  /** Every channel's assessment is complete and Compliant (a legal exception counts, for the acquirer to review). */
  allCompliant: boolean;
}

/**
 * The summary for `organisation` (one current assessment or several, one per channel), or null when
 * this browser has none for it. `outlines` holds the SAQ outline of each SAQ the assessments use.
 */
export function organisationSummary(
  organisation: string,
  assessments: readonly Assessment[],
  outlines: Partial<Record<SaqId, ReviewSaq>>,
  today?: string,
): OrganisationSummary | null {
  const current = currentAssessments(assessments).get(organisation);
  if (!current) return null;
  const channels = current.flatMap((a): ChannelSummary[] => {
    const outline = outlines[a.saq];
    if (!outline) return [];
    const p = progress(outline, a);
    // The state does not depend on `today` (a completed record is checked as of its own day).
    const shown = assessmentStatus(outline, a, today ?? a.updatedAt.slice(0, 10));
    const summary: ChannelSummary = {
      assessmentId: a.id,
      channels: a.channels,
      saq: a.saq,
      answered: p.answered,
      total: p.total,
      state: shown.state,
      status: shown.state === 'final' ? shown.status : complianceStatus(outline, a).status,
      openActions: part4Lines(outline, a).reduce((n, line) => n + line.rows.length, 0),
    };
    if (shown.state === 'final') summary.completedAt = shown.completedAt;
    else summary.wouldBe = shown.wouldBe;
    return [summary];
  });
  const allComplete = channels.length === current.length && channels.every((c) => c.completedAt);
  return {
    organisation,
    channels,
    allComplete,
    allCompliant: allComplete && channels.every((c) => c.status !== 'non-compliant'),
  };
}
