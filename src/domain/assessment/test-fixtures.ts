/**
 * Synthetic assessments for the unit tests: one that the review finds nothing wrong with, to change
 * one thing at a time. Used by tests only.
 */
import { ACKNOWLEDGEMENT_CODES, type ReviewSaq } from './review';
import type { Assessment, RowAnswer, SaqOutline } from './model';

/** The day the tests call today. */
export const TODAY = '2026-12-02';

/** An SAQ outline with the rows the rules look at; `id` changes which SAQ it pretends to be. */
export function outline(
  id: SaqOutline['id'] = 'D-Merchant',
  eligibility: string[] = [],
): ReviewSaq {
  return {
    id,
    edition: 'test',
    responses: ['in-place', 'in-place-ccw', 'not-applicable', 'not-tested', 'not-in-place'],
    groups: [
      {
        principal: '3',
        rows: [{ id: '3.1.1' }, { id: '3.2.1' }, { id: '3.3.3', notForMerchants: true }],
      },
      { principal: '6', rows: [{ id: '6.4.3' }] },
      { principal: '9', rows: [{ id: '9.4.1' }, { id: '9.5.1' }, { id: '9.5.1.1' }] },
      { principal: '11', rows: [{ id: '11.3.2' }, { id: '11.4.5' }, { id: '11.6.1' }] },
      { principal: '12', rows: [{ id: '12.8.1' }, { id: '12.8.2' }, { id: '12.10.1' }] },
    ],
    eligibility: eligibility.map((e) => ({ id: e, channel: 'any' as const, text: e })),
  };
}

export const ROW_IDS = [
  '3.1.1',
  '3.2.1',
  '6.4.3',
  '9.4.1',
  '9.5.1',
  '9.5.1.1',
  '11.3.2',
  '11.4.5',
  '11.6.1',
  '12.8.1',
  '12.8.2',
  '12.10.1',
] as const;

export const IN_PLACE: RowAnswer = { response: 'in-place' };

/** Every row In Place, every part of Sections 1 and 3 filled in, scans quarterly up to TODAY. */
export function cleanAssessment(extra: Partial<Assessment> = {}): Assessment {
  return {
    id: 'clean',
    format: 1,
    organisation: 'Bạn Hữu Trust',
    channels: ['ecommerce'],
    saq: 'D-Merchant',
    saqEdition: 'test',
    contentVersion: '1',
    rows: Object.fromEntries(ROW_IDS.map((id) => [id, IN_PLACE])),
    dropped: {},
    groupsDone: [],
    section1: {
      companyName: 'Bạn Hữu Trust',
      contact: { name: 'Анна Петрова', email: 'anna@example.org' },
      assessor: 'none',
      channelDescriptions: { ecommerce: 'Donors pay on the provider’s hosted page.' },
      environment: 'A WordPress site that links to the provider’s page.',
      segmentation: 'no',
      locations: [{ type: 'Office', count: '1', where: 'Leeds, UK' }],
      usesValidatedProducts: 'no',
      providers: [{ name: 'Stripe', service: 'Card payments', handlesCardData: 'yes' }],
      scanVendor: 'ScanCo',
      scanDates: ['2026-02-20', '2026-05-20', '2026-08-20', '2026-11-20'],
    },
    section3: {
      acknowledgements: Object.keys(ACKNOWLEDGEMENT_CODES),
      signatoryName: 'Zoë Brontë',
      signatoryTitle: 'Chair',
      signatoryDate: '2026-12-01',
    },
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...extra,
  };
}

/** The clean assessment with some rows replaced. */
export function withRows(rows: Record<string, RowAnswer>, a = cleanAssessment()): Assessment {
  return { ...a, rows: { ...a.rows, ...rows } };
}

/** The clean assessment with part of Section 1 replaced. */
export function withSection1(s1: Assessment['section1'], a = cleanAssessment()): Assessment {
  return { ...a, section1: { ...a.section1, ...s1 } };
}

/** The clean assessment with part of Section 3 replaced. */
export function withSection3(s3: Assessment['section3'], a = cleanAssessment()): Assessment {
  return { ...a, section3: { ...a.section3, ...s3 } };
}

export const na = (naReason: string): RowAnswer => ({ response: 'not-applicable', naReason });

export const notInPlace = (remediationDate = '2027-03-31'): RowAnswer => ({
  response: 'not-in-place',
  remediationAction: 'Write the policy',
  remediationOwner: 'Treasurer',
  remediationDate,
});
