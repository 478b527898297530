/**
 * From an assessment to the value of each field of an official form: pure, driven by the field
 * map's target names. A field gets a value, is left empty and listed (with why), or is left empty
 * quietly because nothing belongs there (the other two status sentences, unused table rows).
 */
import {
  complianceStatus,
  part4Lines,
  summaryTable,
  type StatusResult,
} from '../assessment/attestation';
import type { Assessment, Response, RowAnswer, SaqOutline } from '../assessment/model';
import type { Criterion } from '../eligibility/criteria';
import { assessmentStatus } from '../assessment/status';
import type { ChannelKind } from '../eligibility/saq-catalog';
import type { FieldValue } from './fill';
import { targetInfo } from './targets';

/** The SAQ as the values need it: its outline and its eligibility criteria's ids. */
export type FormSaq = SaqOutline & { eligibility: readonly Criterion[] };

/** The few words OpenSAQ itself writes into a form, in the form's language (from content). */
export interface FormWords {
  notApplicable: string;
  /** Written where the completion date goes, while the assessment is not finished. */
  draft: string;
  channels: Record<ChannelKind, string>;
}

export interface FillOptions {
  /**
   * An unfinished assessment (not marked complete, or something missing): `mark` fills the forms
   * with a DRAFT note where the completion dates go and leaves the status and acknowledgements
   * unticked; `refuse` fills nothing. Default `mark`.
   */
  draft?: 'mark' | 'refuse';
  /** Part 4 is filled for a Non-Compliant status only (the form's own rule, default), or always. */
  part4?: 'if-non-compliant' | 'always';
}

export type EmptyCode =
  'signature' | 'no-answer' | 'not-asked' | 'not-confirmed' | 'no-room' | 'draft' | 'answer-above';

/** Something left empty for the user to see: the official part, the question, and why. */
export interface EmptyItem {
  part: string;
  /** A key of the messages' `questions`. */
  question: string;
  /** Values for the question's placeholders (`{id}`, `{n}`, `{ids}`...). */
  params: Record<string, string>;
  code: EmptyCode;
}

export type Resolved = FieldValue | { empty: EmptyCode; params?: Record<string, string> } | null;

export interface ValuesInput {
  assessment: Assessment;
  saq: FormSaq;
  words: FormWords;
  /** The user's local date (YYYY-MM-DD), for the checks that depend on the calendar. */
  today: string;
  options?: FillOptions;
}

/**
 * Whether the assessment is not finished: exactly when its status is not final (not marked
 * complete, changed since, or something missing as of the day it was completed), as the record says.
 */
export function isDraft(saq: FormSaq, a: Assessment, today: string): boolean {
  return assessmentStatus(saq, a, today).state !== 'final';
}

const blank = (v: string | undefined): v is undefined => !v?.trim();
const text = (v: string | undefined): Resolved =>
  blank(v) ? { empty: 'no-answer' } : { text: v.trim() };
const tick = (checked: boolean): FieldValue => ({ checked });
/** A yes/no pair: the box for `option` is ticked when the answer is that option. */
const yesNo = (answer: 'yes' | 'no' | undefined, option: string): Resolved =>
  answer ? tick(answer === option) : { empty: 'no-answer' };

const CHANNEL_ORDER: readonly ChannelKind[] = ['ecommerce', 'moto', 'cardPresent'];

/** A row's response once the user has settled it (proposals and carry-overs do not count yet). */
function settled(row: RowAnswer | undefined): Response | undefined {
  return row?.response && !row.proposed && !row.toConfirm ? row.response : undefined;
}

interface TableRow {
  ids: string[];
  cells: Record<string, string>;
}

/**
 * Rows for a table of requirements (Appendix C, D, the legal exceptions): rows with the same words
 * share a line; when there are more lines than the form has, the last line takes the rest, each
 * line of its cells starting with the requirements it is about. Nothing is dropped.
 */
export function fitRequirementTable(
  items: readonly { id: string; cells: Record<string, string> }[],
  capacity: number,
): TableRow[] {
  const groups: TableRow[] = [];
  for (const item of items) {
    const key = JSON.stringify(item.cells);
    const same = groups.find((g) => JSON.stringify(g.cells) === key);
    if (same) same.ids.push(item.id);
    else groups.push({ ids: [item.id], cells: { ...item.cells } });
  }
  if (capacity <= 0 || groups.length <= capacity) return groups;
  const kept = groups.slice(0, capacity - 1);
  const rest = groups.slice(capacity - 1);
  const columns = Object.keys(rest[0]?.cells ?? {});
  kept.push({
    ids: rest.flatMap((g) => g.ids),
    cells: Object.fromEntries(
      columns.map((c) => [
        c,
        rest
          .filter((g) => !blank(g.cells[c]))
          .map((g) => `${g.ids.join(', ')}: ${g.cells[c]}`)
          .join('\n'),
      ]),
    ),
  });
  return kept;
}

/** Table sizes in this map: the highest row number used for each table. */
function capacities(targets: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of targets) {
    const m =
      /^(part2b|part2d|part2e|part2f|appendixB|appendixC|appendixD|part3\.legal)\.(\d+)\./.exec(t);
    if (m?.[1]) out.set(m[1], Math.max(out.get(m[1]) ?? 0, Number(m[2])));
  }
  return out;
}

export interface FormValues {
  /** The value for a target (memoised). */
  resolve(target: string): Resolved;
  /** Things the form has no room for, not tied to one field. */
  overflow: EmptyItem[];
  draft: boolean;
  status: StatusResult;
}

/** The values of every target of one form, for this assessment. */
export function formValues(input: ValuesInput, targets: readonly string[]): FormValues {
  const { assessment: a, saq, words } = input;
  const options = input.options ?? {};
  const s1 = a.section1 ?? {};
  const s3 = a.section3 ?? {};
  const status = complianceStatus(saq, a);
  const draft = isDraft(saq, a, input.today);
  // The form's names for the three statuses (a stricter status, such as "not finished", ticks none).
  const statusKey =
    status.status === 'compliant-legal-exception' ? 'legal-exception' : String(status.status);
  const size = capacities(targets);
  const overflow: EmptyItem[] = [];
  const answerable = new Set(
    saq.groups.flatMap((g) => g.rows.filter((r) => !r.notForMerchants).map((r) => r.id)),
  );
  const rowsWith = (response: Response) =>
    [...answerable].filter((id) => settled(a.rows[id]) === response);

  const company = s1.companyName?.trim() || a.organisation.trim();
  const date = (iso: string | undefined) => (iso ? iso.slice(0, 10) : undefined);
  const completion: Resolved = draft
    ? { text: words.draft }
    : a.completedAt
      ? { text: date(a.completedAt) ?? '' }
      : { empty: 'no-answer' };

  // Part 2a and 2b: the channels this assessment covers.
  const covered = CHANNEL_ORDER.filter((c) =>
    (a.channels.length ? a.channels : (a.interview?.channels ?? [])).includes(c),
  );
  const used = a.interview?.channels;
  const excludedWhy = s1.excludedChannels?.trim();
  const excluded: 'yes' | 'no' | undefined = excludedWhy
    ? 'yes'
    : used
      ? used.every((c) => covered.includes(c))
        ? 'no'
        : 'yes'
      : undefined;

  const qsa = s1.assessor === 'qsa' || s1.assessor === 'both';
  const isa = s1.assessor === 'isa' || s1.assessor === 'both';

  const locations = (s1.locations ?? []).filter((l) => !blank(l.type) || !blank(l.where));
  const products =
    s1.usesValidatedProducts === 'yes' ? (s1.products ?? []).filter((p) => !blank(p.name)) : [];
  // P2PE and SPoC forms ask about one validated solution: the listed product of that standard.
  const solution =
    (s1.products ?? []).find((p) => new RegExp(saq.id, 'i').test(p.standard ?? '')) ??
    (s1.products ?? [])[0];
  const providers = (s1.providers ?? []).filter((p) => !blank(p.name));
  const anyProvider = (key: 'handlesCardData' | 'couldAffect'): 'yes' | 'no' | undefined =>
    providers.some((p) => p[key] === 'yes')
      ? 'yes'
      : providers.length > 0 && providers.every((p) => p[key] === 'no')
        ? 'no'
        : undefined;
  const confirmed = new Set(s1.confirmedCriteria ?? []);
  const acks = new Set(s3.acknowledgements ?? []);
  const summary = new Map(summaryTable(saq, a).map((s) => [s.principal, new Set(s.used)]));
  const fillPart4 = options.part4 === 'always' || (!draft && status.status === 'non-compliant');
  const part4 = new Map(part4Lines(saq, a).map((l) => [l.principal, l]));
  const legalRows = rowsWith('not-in-place').filter((id) => a.rows[id]?.legalException);

  const noRoom = (part: string, question: string, params: Record<string, string>) =>
    overflow.push({ part, question, params, code: 'no-room' });

  // Tables: rows of values by row number, and what does not fit.
  const listTable = <T>(key: string, part: string, question: string, items: readonly T[]) => {
    const cap = size.get(key) ?? 0;
    if (cap > 0 && items.length > cap)
      noRoom(part, question, { count: String(items.length - cap) });
    return items.slice(0, cap);
  };
  const shownLocations = listTable('part2d', '2d', 'part2d.locations', locations);
  const shownProducts = listTable('part2e', '2e', 'part2e.products', products);
  const shownProviders = listTable('part2f', '2f', 'part2f.providers', providers);
  const ccwRows = rowsWith('in-place-ccw');
  const ccwCap = size.get('appendixB') ?? 0;
  if (ccwCap > 0 && ccwRows.length > ccwCap)
    noRoom('appendixB', 'appendixB.more', {
      ids: ccwRows.slice(ccwCap).join(', '),
      count: String(ccwRows.length - ccwCap),
    });
  const appendixC = fitRequirementTable(
    rowsWith('not-applicable').map((id) => ({
      id,
      cells: { reason: a.rows[id]?.naReason?.trim() ?? '' },
    })),
    size.get('appendixC') ?? 0,
  );
  const appendixD = fitRequirementTable(
    rowsWith('not-tested').map((id) => ({
      id,
      cells: {
        what: a.rows[id]?.notTestedWhat?.trim() ?? '',
        why: a.rows[id]?.notTestedWhy?.trim() ?? '',
      },
    })),
    size.get('appendixD') ?? 0,
  );
  const legal = fitRequirementTable(
    legalRows.map((id) => ({
      id,
      cells: { details: a.rows[id]?.legalExplanation?.trim() ?? '' },
    })),
    size.get('part3.legal') ?? 0,
  );
  const tableCell = (rows: readonly TableRow[], n: number, column: string): Resolved => {
    const row = rows[n - 1];
    if (!row) return null;
    if (column === 'requirement') return { text: row.ids.join(', ') };
    return blank(row.cells[column])
      ? { empty: 'no-answer', params: { ids: row.ids.join(', ') } }
      : { text: row.cells[column] ?? '' };
  };

  const resolveOne = (target: string): Resolved => {
    const info = targetInfo(target);
    if (!info) return null;
    const seg = target.split('.');
    const last = seg[seg.length - 1] ?? '';
    const n = Number(seg[1]);
    switch (info.question) {
      case 'part1a.companyName':
        return text(company);
      case 'part1a.dba':
        return text(s1.dba);
      case 'part1a.mailingAddress':
        return text(s1.mailingAddress);
      case 'part1a.website':
        return text(s1.website);
      case 'part1a.contactName':
        return text(s1.contact?.name);
      case 'part1a.contactTitle':
        return text(s1.contact?.title);
      case 'part1a.contactPhone':
        return text(s1.contact?.phone);
      case 'part1a.contactEmail':
        return text(s1.contact?.email);
      case 'part1b.isaNames':
        if (!s1.assessor) return { empty: 'no-answer' };
        return isa ? text(s1.isaNames) : { text: words.notApplicable };
      case 'part1b.qsaCompany':
        if (!s1.assessor) return { empty: 'no-answer' };
        return qsa ? text(s1.qsaCompany) : { text: words.notApplicable };
      case 'part1b.qsaAddress':
        return qsa ? text(s1.qsaAddress) : null;
      case 'part1b.qsaWebsite':
        return qsa ? text(s1.qsaWebsite) : null;
      case 'part1b.qsaLeadName':
        return qsa ? text(s1.qsaLeadName) : null;
      case 'part1b.qsaPhone':
        return qsa ? text(s1.qsaPhone) : null;
      case 'part1b.qsaEmail':
        return qsa ? text(s1.qsaEmail) : null;
      case 'part1b.qsaCertificate':
        return qsa ? text(s1.qsaCertificate) : null;
      case 'part2a.channels':
        return covered.length
          ? tick(covered.includes(last as ChannelKind))
          : { empty: 'no-answer' };
      case 'part2a.excluded':
        return yesNo(excluded, last);
      case 'part2a.excludedWhy':
        return excluded === 'yes' ? text(excludedWhy) : null;
      case 'part2b.channel': {
        const channel = covered[n - 1];
        return channel ? { text: words.channels[channel] } : null;
      }
      case 'part2b.description': {
        const channel = covered[n - 1];
        return channel ? text(s1.channelDescriptions?.[channel]) : null;
      }
      case 'part2c.environment':
        return text(s1.environment);
      case 'part2c.segmentation':
        return yesNo(s1.segmentation, last);
      case 'part2d.locations': {
        if (locations.length === 0)
          return n === 1 && last === 'type' ? { empty: 'no-answer' } : null;
        const l = shownLocations[n - 1];
        const v = l?.[last as 'type' | 'count' | 'where'];
        return l ? (blank(v) ? null : { text: v.trim() }) : null;
      }
      case 'part2e.uses':
        return yesNo(s1.usesValidatedProducts, last);
      case 'part2e.products': {
        if (s1.usesValidatedProducts === 'yes' && products.length === 0)
          return n === 1 && last === 'name' ? { empty: 'no-answer' } : null;
        const p = shownProducts[n - 1];
        const v = p?.[last as 'name' | 'version' | 'standard' | 'listing' | 'expiry'];
        return p
          ? blank(v)
            ? { empty: 'no-answer', params: { n: String(n) } }
            : { text: v.trim() }
          : null;
      }
      case 'part2e.solution.provider':
      case 'part2e.solution.devices':
      case 'part2e.solution.checkpoint':
        return { empty: 'not-asked' };
      case 'part2e.solution.name':
        return text(solution?.name);
      case 'part2e.solution.listing':
        return text(solution?.listing);
      case 'part2e.solution.reassessment':
        return text(solution?.expiry);
      case 'part2f.storesProcessesTransmits':
        return yesNo(anyProvider('handlesCardData'), last);
      case 'part2f.managesComponents':
        return { empty: 'not-asked' };
      case 'part2f.couldAffect':
        return yesNo(anyProvider('couldAffect'), last);
      case 'part2f.providers': {
        if (providers.length === 0)
          return n === 1 && last === 'name' ? { empty: 'no-answer' } : null;
        const p = shownProviders[n - 1];
        if (!p) return null;
        return last === 'name' ? text(p.name) : text(p.service);
      }
      case 'part2g':
        return tick(summary.get(info.params.principal ?? '')?.has(last as Response) ?? false);
      case 'part2h': {
        const ids = (info.params.ids ?? '').split('+');
        return ids.every((id) => confirmed.has(id)) ? tick(true) : { empty: 'not-confirmed' };
      }
      case 'section2.completionDate':
      case 'part3.saqDate':
        return completion;
      case 'section2.legalConstraint':
        return tick((legalRows.length > 0 ? 'yes' : 'no') === last);
      case 'row': {
        const response = settled(a.rows[info.params.id ?? '']);
        return response ? tick(response === last) : { empty: 'no-answer' };
      }
      case 'appendixB.requirement':
      case 'appendixB.constraints':
      case 'appendixB.definition':
      case 'appendixB.objective':
      case 'appendixB.risk':
      case 'appendixB.validation':
      case 'appendixB.maintenance': {
        const id = ccwRows[n - 1];
        if (!id) return null;
        if (last === 'requirement') return { text: id };
        const v = a.rows[id]?.ccw?.[last as 'constraints'];
        return blank(v) ? { empty: 'no-answer', params: { ids: id } } : { text: v.trim() };
      }
      case 'appendixB.objectiveMet':
        // OpenSAQ asks for both objectives in one answer, written in the box above.
        return ccwRows[n - 1]
          ? { empty: 'answer-above', params: { ids: ccwRows[n - 1] ?? '' } }
          : null;
      case 'appendixC':
        return tableCell(appendixC, n, last);
      case 'appendixD':
        return tableCell(appendixD, n, last);
      case 'part3.scope':
        if (draft) return { empty: 'draft' };
        return tick(status.scope === last);
      case 'part3.status': {
        if (draft) return { empty: 'draft' };
        return tick(statusKey === last);
      }
      case 'part3.status.company':
        return !draft && statusKey === seg[2] ? { text: company } : null;
      case 'part3.targetDate':
        if (draft || status.status !== 'non-compliant') return null;
        return text(s3.targetDate ?? status.latestRemediationDate);
      case 'part3.legal': {
        if (draft || statusKey !== 'legal-exception') return null;
        return tableCell(legal, n, last);
      }
      case 'part3a.completed-per-instructions':
      case 'part3a.fair-results':
      case 'part3a.maintain-controls':
        if (draft) return { empty: 'draft' };
        return acks.has(last) ? tick(true) : { empty: 'not-confirmed' };
      case 'signature.merchant':
        return { empty: 'signature' };
      case 'part3b.name':
        return text(s3.signatoryName);
      case 'part3b.title':
        return text(s3.signatoryTitle);
      case 'part3c.role':
        return qsa ? { empty: 'not-asked' } : null;
      case 'part3c.roles':
        return qsa ? text(s3.qsaInvolvement) : null;
      case 'part3c.leadName':
        return qsa ? text(s1.qsaLeadName) : null;
      case 'part3c.officerName':
        return qsa ? { empty: 'not-asked' } : null;
      case 'part3c.company':
        return qsa ? text(s1.qsaCompany) : null;
      case 'signature.qsa':
      case 'signature.qsaOfficer':
        return qsa ? { empty: 'signature' } : null;
      case 'part3d.role':
        return isa ? { empty: 'not-asked' } : null;
      case 'part3d.roles':
        return isa ? text(s3.isaInvolvement) : null;
      case 'part4': {
        if (!fillPart4) return null;
        const line = part4.get(info.params.principal ?? '');
        if (!line) return null;
        if (last === 'actions') {
          if (line.mark !== 'no') return null;
          return { text: [line.date, line.actions].filter((v) => !blank(v)).join(': ') };
        }
        // Not Tested rows are neither shown compliant nor planned for: both boxes stay empty.
        if (line.mark === 'not-tested' || line.mark === 'not-answered')
          return { empty: 'no-answer' };
        return tick((line.mark === 'yes') === (last === 'yes'));
      }
      default:
        return null;
    }
  };

  const memo = new Map<string, Resolved>();
  return {
    resolve(target) {
      if (!memo.has(target)) memo.set(target, resolveOne(target));
      return memo.get(target) ?? null;
    },
    overflow,
    draft,
    status,
  };
}
