import { CHANNELS, type ChannelKind, type SaqId } from '../eligibility/saq-catalog';
import type { Assessment } from './model';

/**
 * An organisation's current assessments: for each payment channel, the newest assessment covering
 * it. Older ones (last year's, or one replaced by a per-channel split) are left out, so a combined
 * status never mixes this year's work with last year's. An assessment with no channels covers them
 * all. Returns the organisations with two or more current assessments, channels in the usual order.
 */
export function currentChannelSets(items: readonly Assessment[]): Map<string, Assessment[]> {
  const result = new Map<string, Assessment[]>();
  for (const [org, list] of currentAssessments(items)) if (list.length > 1) result.set(org, list);
  return result;
}

/**
 * Every organisation's current assessments (one or more): for each payment channel, the newest
 * assessment covering it, channels in the usual order.
 */
export function currentAssessments(items: readonly Assessment[]): Map<string, Assessment[]> {
  const covers = (a: Assessment): readonly ChannelKind[] =>
    a.channels.length > 0 ? a.channels : CHANNELS;
  const byOrg = new Map<string, Assessment[]>();
  const newestFirst = [...items].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  for (const a of newestFirst) {
    const kept = byOrg.get(a.organisation) ?? [];
    const taken = new Set(kept.flatMap(covers));
    if (covers(a).some((c) => taken.has(c))) continue;
    byOrg.set(a.organisation, [...kept, a]);
  }
  const order = (a: Assessment) => Math.min(...covers(a).map((c) => CHANNELS.indexOf(c)));
  const result = new Map<string, Assessment[]>();
  for (const [org, list] of byOrg)
    result.set(
      org,
      [...list].sort((x, y) => order(x) - order(y)),
    );
  return result;
}

/** One organisation as the start page lists it: its interview (if any) and its assessments. */
export interface OrganisationGroup<I> {
  /** The name; empty for an interview not named yet. */
  name: string;
  interview?: I;
  /** Newest first. */
  assessments: Assessment[];
  /** The latest change to any of them (ISO). */
  updatedAt: string;
}

/**
 * The organisations kept in this browser, the most recently changed first: each named one once,
 * with its interview and its assessments; each unnamed interview on its own.
 */
export function organisationGroups<I extends { organisation: string; updatedAt: string }>(
  interviews: readonly I[],
  assessments: readonly Assessment[],
): OrganisationGroup<I>[] {
  const byName = new Map<string, OrganisationGroup<I>>();
  const unnamed: OrganisationGroup<I>[] = [];
  const later = (a: string, b: string) => (a > b ? a : b);
  for (const i of interviews) {
    if (!i.organisation) {
      unnamed.push({ name: '', interview: i, assessments: [], updatedAt: i.updatedAt });
      continue;
    }
    const group = byName.get(i.organisation);
    // One interview per organisation: should two carry the same name, the latest is shown.
    if (group?.interview && group.interview.updatedAt >= i.updatedAt) continue;
    byName.set(i.organisation, {
      name: i.organisation,
      interview: i,
      assessments: group?.assessments ?? [],
      updatedAt: later(group?.updatedAt ?? '', i.updatedAt),
    });
  }
  for (const a of assessments) {
    const group = byName.get(a.organisation) ?? {
      name: a.organisation,
      assessments: [],
      updatedAt: '',
    };
    group.assessments = [...group.assessments, a].sort((x, y) =>
      y.updatedAt.localeCompare(x.updatedAt),
    );
    group.updatedAt = later(group.updatedAt, a.updatedAt);
    byName.set(a.organisation, group);
  }
  return [...byName.values(), ...unnamed].sort((x, y) => y.updatedAt.localeCompare(x.updatedAt));
}

export interface SeparateChannel {
  channel: ChannelKind;
  saq: SaqId;
  assessmentId: string;
}

/**
 * The channels this assessment leaves out that another current assessment of the same organisation
 * covers: what Part 2a's "channels left out, and why" can say.
 */
export function channelsAssessedSeparately(
  assessment: Assessment,
  all: readonly Assessment[],
): SeparateChannel[] {
  // This assessment as the page has it (newer than the stored copy in `all`), among the others.
  const withThis = [...all.filter((a) => a.id !== assessment.id), assessment];
  const current = currentChannelSets(withThis).get(assessment.organisation) ?? [];
  const others = current.filter((a) => a.id !== assessment.id);
  return CHANNELS.filter((c) => !assessment.channels.includes(c)).flatMap((channel) => {
    const other = others.find((a) => a.channels.includes(channel));
    return other ? [{ channel, saq: other.saq, assessmentId: other.id }] : [];
  });
}
