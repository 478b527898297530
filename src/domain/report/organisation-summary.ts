/**
 * One organisation's payment channels on one page: for each current per-channel assessment, its SAQ,
 * how far it has got, the status its answers give and the actions still open. Each SAQ keeps its own
 * attestation; this only sums them up for the people who sign them.
 */
import type { Assessment, SaqOutline } from '../assessment/model';
import { complianceStatus, part4Lines, type ComplianceStatus } from '../assessment/attestation';
import { progress } from '../assessment/rules';
import { currentChannelSets } from '../assessment/organisations';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';

export interface ChannelSummary {
  assessmentId: string;
  channels: ChannelKind[];
  saq: SaqId;
  answered: number;
  total: number;
  /** Set once the assessment is marked complete. */
  completedAt?: string;
  /** The status the answers give (an unfinished assessment counts as Non-Compliant). */
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
 * The summary for `organisation`, or null when it has fewer than two current assessments (nothing
 * to combine). `outlines` holds the SAQ outline of each SAQ the assessments use.
 */
export function organisationSummary(
  organisation: string,
  assessments: readonly Assessment[],
  outlines: Partial<Record<SaqId, SaqOutline>>,
): OrganisationSummary | null {
  const current = currentChannelSets(assessments).get(organisation);
  if (!current) return null;
  const channels = current.flatMap((a): ChannelSummary[] => {
    const outline = outlines[a.saq];
    if (!outline) return [];
    const p = progress(outline, a);
    const summary: ChannelSummary = {
      assessmentId: a.id,
      channels: a.channels,
      saq: a.saq,
      answered: p.answered,
      total: p.total,
      status: complianceStatus(outline, a).status,
      openActions: part4Lines(outline, a).reduce((n, line) => n + line.rows.length, 0),
    };
    if (a.completedAt) summary.completedAt = a.completedAt;
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
