/**
 * Complete assessments for the official-form tests, the browser tests and the benchmark: every row
 * answered, Sections 1 and 3 filled, with a little of everything the forms show (a compensating
 * control, Not Applicable rows with their reasons, Not Tested rows where the SAQ allows it, a legal
 * exception or rows Not in Place). Each answer is distinct, so a field in the wrong place shows.
 */
import type { Assessment, Response, RowAnswer } from '../assessment/model';
import type { FormSaq } from './values';

export type Scenario = 'legal-exception' | 'non-compliant';

export function completeAssessment(
  saq: FormSaq & { channels: readonly ('ecommerce' | 'moto' | 'cardPresent')[] },
  scenario: Scenario = 'legal-exception',
): Assessment {
  const ids = saq.groups.flatMap((g) => g.rows.filter((r) => !r.notForMerchants).map((r) => r.id));
  const rows: Record<string, RowAnswer> = {};
  const allows = (r: Response) => saq.responses.includes(r);
  ids.forEach((id, i) => {
    if (i === 1)
      rows[id] = {
        response: 'in-place-ccw',
        ccw: {
          constraints: `Constraint for ${id}: the old till cannot do it.`,
          definition: `Controls for ${id}: a locked room & a log <daily>.`,
          objective: `Objective for ${id}: keep "card data" safe.`,
          risk: `Risk for ${id}: a stolen till.`,
          validation: `Validation for ${id}: the treasurer checked it.`,
          maintenance: `Maintenance for ${id}: checked every month.`,
        },
      };
    else if (i === 2)
      rows[id] =
        scenario === 'legal-exception'
          ? {
              response: 'not-in-place',
              legalException: true,
              legalExplanation: `A local law forbids ${id} for us.`,
            }
          : {
              response: 'not-in-place',
              remediationAction: `Put ${id} in place`,
              remediationOwner: 'Treasurer',
              remediationDate: '2027-03-31',
            };
    else if (i === 4 && scenario === 'non-compliant')
      rows[id] = {
        response: 'not-in-place',
        remediationAction: `Write the procedure for ${id}`,
        remediationOwner: 'Chair',
        remediationDate: '2027-01-15',
      };
    else if (i % 5 === 3 && i < 60)
      rows[id] = { response: 'not-applicable', naReason: `Why ${id} does not apply to us.` };
    else if (i % 7 === 5 && i < 60 && allows('not-tested'))
      rows[id] = {
        response: 'not-tested',
        notTestedWhat: `What of ${id} was not tested.`,
        notTestedWhy: `Why ${id} was left out.`,
      };
    else rows[id] = { response: 'in-place', notes: `Checked ${id}.` };
  });
  const now = '2026-11-22T10:00:00.000Z';
  const has1132 = ids.includes('11.3.2');
  return {
    id: `test-${saq.id}`,
    format: 1,
    organisation: 'Friends of the Library',
    channels: [...saq.channels],
    saq: saq.id,
    saqEdition: saq.edition,
    contentVersion: 'test',
    interview: {
      ecommerce: [],
      moto: [],
      cardPresent: [],
      channels: [...saq.channels],
    },
    rows,
    dropped: {},
    groupsDone: saq.groups.map((g) => g.principal),
    section1: {
      companyName: 'Friends of the Library & Archive',
      dba: 'Library Friends',
      mailingAddress: '1 High Street\nSpringfield',
      website: 'https://friends.example.org',
      contact: {
        name: 'Ada Treasurer',
        title: 'Treasurer',
        phone: '+44 20 7946 0000',
        email: 'ada@friends.example.org',
      },
      assessor: 'both',
      isaNames: 'Ivy Internal',
      qsaCompany: 'Audit & Co',
      qsaAddress: '2 Low Road, Shelbyville',
      qsaWebsite: 'https://audit.example.com',
      qsaLeadName: 'Quinn Assessor',
      qsaPhone: '+44 20 7946 0001',
      qsaEmail: 'quinn@audit.example.com',
      qsaCertificate: 'QSA-12345',
      excludedChannels: 'Raffle tickets paid in cash only.',
      channelDescriptions: {
        ecommerce: 'Donors pay on the provider’s hosted page.',
        moto: 'Staff key phone gifts into the provider’s virtual terminal.',
        cardPresent: 'A standalone terminal at the front desk.',
      },
      environment: 'One office, one laptop, a terminal; the provider does the rest.',
      segmentation: 'no',
      locations: [
        { type: 'Office', count: '1', where: 'Springfield, UK' },
        { type: 'Shop', count: '2', where: 'Shelbyville, UK' },
      ],
      usesValidatedProducts: 'yes',
      products: [
        {
          name: 'Terminal Pro',
          version: '3.1',
          standard: 'PTS POI',
          listing: '4-12345',
          expiry: '2028-04-30',
        },
        {
          name: 'Encrypt Me',
          version: '2',
          standard: 'P2PE',
          listing: '2024-0001',
          expiry: '2027-12-31',
        },
        {
          name: 'Tap Reader',
          version: '1',
          standard: 'SPoC',
          listing: 'SPOC-0042',
          expiry: '2027-12-31',
        },
      ],
      providers: [
        {
          name: 'Acme Payments',
          service: 'Card processing',
          handlesCardData: 'yes',
          couldAffect: 'yes',
        },
        {
          name: 'Web Host Ltd',
          service: 'Website hosting',
          handlesCardData: 'no',
          couldAffect: 'yes',
        },
      ],
      confirmedCriteria: saq.eligibility.map((e) => e.id),
      ...(has1132
        ? {
            scanVendor: 'Scan Co',
            scanDates: ['2026-01-10', '2026-04-10', '2026-07-10', '2026-10-10'],
          }
        : {}),
    },
    section3: {
      acknowledgements: ['completed-per-instructions', 'fair-results', 'maintain-controls'],
      signatoryName: 'Bea Chair',
      signatoryTitle: 'Chair of Trustees',
      signatoryDate: '2026-11-22',
      ...(scenario === 'non-compliant' ? { targetDate: '2027-03-31' } : {}),
      qsaInvolvement: 'The QSA reviewed our answers.',
      isaInvolvement: 'Our ISA checked requirement 12.',
    },
    completedAt: now,
    createdAt: now,
    updatedAt: now,
  };
}
