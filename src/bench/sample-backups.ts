// What a consultant's browser holds after years of use, to measure backups against: the figures of
// issue 20 (1,000 assessments of a usual mix, about 23 MB; 200 fully answered SAQ D assessments with
// 700-character notes on every row, about 41 MB). Built from the real content, deterministically.
// Shared by the `backup-*` benchmark page (in the browser) and scripts/sample-backups.ts (in Node);
// relative imports, so that it also runs under tsx.
import type { Assessment, RowAnswer } from '../domain/assessment/model';
import { decideSaq } from '../domain/eligibility/decide-saq';
import { toProfile, type InterviewAnswers } from '../domain/eligibility/journey';
import type { SaqId } from '../domain/eligibility/saq-catalog';

/** What the generator needs of an SAQ's content. */
export interface SampleSaq {
  edition: string;
  rows: readonly { id: string; notForMerchants?: boolean }[];
}
export type SampleContent = (saq: SaqId) => SampleSaq;

/** A small deterministic random generator (mulberry32), so every run builds the same data. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS =
  'we checked this with our treasurer and the volunteer who looks after the website the evidence is in the shared drive under PCI with the contract and the provider confirmation letter Élodie reviewed it in October and the board minutes record the decision'.split(
    ' ',
  );

function sentence(rnd: () => number, length: number): string {
  let out = '';
  while (out.length < length) out += `${WORDS[Math.floor(rnd() * WORDS.length)]} `;
  return `${out.slice(0, length - 1).trimEnd()}.`;
}

const INTERVIEW: InterviewAnswers = {
  role: 'merchant',
  processors: ['stripe'],
  processorNames: ['Stripe'],
  prefilledBy: { 'ecommerce-1-payment-page': 'Stripe' },
  channels: ['ecommerce'],
  ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'own-controls', another: 'no' }],
  moto: [],
  cardPresent: [],
  storesAccountDataElectronically: 'no',
  receivesAccountDataElectronically: 'no',
  keepsPaperWithCardData: 'no',
  thirdPartiesConfirmedCompliant: 'yes',
  annualCardTransactions: 'under-20k',
};

function baseAssessment(
  c: SampleSaq,
  id: string,
  saq: SaqId,
  organisation: string,
  at: string,
): Assessment {
  const profile = toProfile(INTERVIEW);
  return {
    id,
    format: 1,
    organisation,
    channels: ['ecommerce'],
    saq,
    saqEdition: c.edition,
    contentVersion: '2026.11.1',
    interview: INTERVIEW,
    ...(profile ? { decision: decideSaq(profile) } : {}),
    rows: {},
    dropped: {},
    groupsDone: [],
    section1: {
      companyName: organisation,
      mailingAddress: '12 Rue des Lilas, 75011 Paris',
      website: 'https://example.org',
      contact: {
        name: 'Zoë Brontë',
        title: 'Treasurer',
        phone: '+33 1 23 45 67 89',
        email: 'treasurer@example.org',
      },
      assessor: 'none',
      environment: 'Donations through our website, which embeds the payment form of our provider.',
      providers: [
        {
          name: 'Acme Payments',
          service: 'Card processing',
          handlesCardData: 'yes',
          couldAffect: 'yes',
        },
      ],
    },
    createdAt: at,
    updatedAt: at,
  };
}

/** The usual mix per twenty assessments a consultant keeps. */
const MIX: SaqId[] = [
  ...Array<SaqId>(8).fill('A'),
  ...Array<SaqId>(3).fill('A-EP'),
  ...Array<SaqId>(2).fill('P2PE'),
  ...Array<SaqId>(2).fill('B'),
  'B-IP',
  ...Array<SaqId>(2).fill('C-VT'),
  'SPoC',
  'D-Merchant',
];

/**
 * A consultant's assessments: the usual mix of SAQs, most answered, most rows with notes of a few
 * sentences, some Not Applicable with reasons, some Not in Place with a plan.
 */
export function consultantMix(content: SampleContent, count = 1000): Assessment[] {
  const rnd = random(20);
  return Array.from({ length: count }, (_, i) => {
    const saq = MIX[i % MIX.length] as SaqId;
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString();
    const a = baseAssessment(
      content(saq),
      `mix-${i}`,
      saq,
      `Client ${i} — Association des Amis`,
      day,
    );
    const answered = rnd() < 0.7 ? 1 : rnd();
    for (const row of content(saq).rows) {
      if (row.notForMerchants || rnd() > answered) continue;
      const r = rnd();
      const answer: RowAnswer =
        r < 0.12
          ? { response: 'not-applicable', naReason: sentence(rnd, 200) }
          : r < 0.18
            ? {
                response: 'not-in-place',
                remediationAction: sentence(rnd, 100),
                remediationOwner: 'Treasurer',
                remediationDate: '2027-03-31',
              }
            : { response: 'in-place' };
      if (rnd() < 0.73) answer.notes = sentence(rnd, 150 + Math.floor(rnd() * 450));
      a.rows[row.id] = { ...answer, updatedAt: day };
    }
    return a;
  });
}

/** Fully answered SAQ D assessments with a 700-character note on every row. */
export function longSaqD(content: SampleContent, count = 200): Assessment[] {
  const rnd = random(700);
  const saqD = content('D-Merchant');
  const rows = saqD.rows;
  return Array.from({ length: count }, (_, i) => {
    const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString();
    const a = baseAssessment(saqD, `long-d-${i}`, 'D-Merchant', `Thorough Trust ${i}`, day);
    for (const [n, row] of rows.entries()) {
      if (row.notForMerchants) continue;
      a.rows[row.id] = {
        ...(n % 9 === 4
          ? { response: 'not-applicable', naReason: sentence(rnd, 300) }
          : { response: 'in-place' }),
        notes: sentence(rnd, 700),
        updatedAt: day,
      };
    }
    return a;
  });
}
