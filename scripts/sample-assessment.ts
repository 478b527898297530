// A fully answered SAQ D for Merchants assessment (253 rows, notes on half, 20 action items, one row of
// each other kind: compensating control, Not Tested, legal exception, "don't know yet"), built from the
// real content: shared by the benchmark, the PDF preview script and the report model's tests.
import { readFileSync } from 'node:fs';
import type { Assessment, RowAnswer } from '../src/domain/assessment/model.ts';
import type { ReportContentInput } from '../src/domain/report/report-model.ts';
import type { PrincipalRequirements, RequirementFile, SaqContent } from '../src/content/schema.ts';

const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

/** Rows answered otherwise than In Place, Not Applicable or Not in Place, by id. */
const SPECIAL: Record<string, RowAnswer> = {
  '8.4.2': {
    response: 'in-place-ccw',
    ccw: {
      constraints: 'The donation database cannot do multi-factor log-in until its 2027 upgrade.',
      definition:
        'Access only from the office network, through a VPN that does use a second factor.',
      objective: 'Stop a stolen password alone from opening the database.',
      risk: 'A password could be guessed or phished.',
      validation: 'Our IT volunteer tried a log-in from outside the VPN on 2 November: it failed.',
      maintenance: 'The VPN rule is checked every quarter with the firewall review.',
    },
  },
  '11.4.1': {
    response: 'not-tested',
    notTestedWhat: 'The yearly penetration test of the internal network.',
    notTestedWhy: 'Booked for January; our acquirer agreed to a partial assessment this year.',
  },
  '12.10.1': {
    response: 'not-in-place',
    legalException: true,
    legalExplanation:
      'A court order bars us from contacting one former supplier named in the plan.',
  },
  '6.4.3': {
    dontKnow: true,
    followUpOwner: 'Sam at the web agency',
    followUpNote: 'Ask which scripts the donation page loads and how they are approved.',
  },
};

/** The report's content input for an SAQ, from the content files (`d-merchant`, `a`, ...). */
export function sampleContent(file: string): ReportContentInput {
  const saq = json<SaqContent>(`content/saq/${file}.json`);
  const titles = new Map<string, string>();
  for (const f of ['01-02', '03-04', '05-07', '08', '09-a2', '10-11', '12'])
    for (const e of json<RequirementFile>(`content/requirements/req-${f}.json`).entries)
      titles.set(e.id, e.title);
  const principals = json<PrincipalRequirements>('content/principal-requirements.json');
  return {
    saq: saq,
    titles,
    principalTitles: new Map(principals.principals.map((p) => [p.id, p.title])),
    interviewSummary: [],
    contentVersion: 'bench',
  };
}

export function sampleSaqD(names: { organisation?: string; contact?: string } = {}): {
  assessment: Assessment;
  content: ReportContentInput;
} {
  const content = sampleContent('d-merchant');
  const saq = content.saq;
  const rows: Record<string, RowAnswer> = {};
  let actions = 0;
  saq.groups
    .flatMap((g) => g.rows)
    .forEach((r, i) => {
      if (r.notForMerchants) return;
      const notes =
        i % 2 === 0
          ? {
              notes: `Checked by the finance team with our IT volunteer; evidence in the shared drive, folder PCI/${r.id}. Élodie confirmed it on 3 October.`,
            }
          : {};
      const special = SPECIAL[r.id];
      if (special) rows[r.id] = { ...special, ...notes };
      else if (actions < 20 && i % 11 === 5) {
        actions += 1;
        rows[r.id] = {
          response: 'not-in-place',
          remediationAction: `Put ${r.id} in place and write down how it is done`,
          remediationOwner: 'Operations manager',
          remediationDate: '2027-03-31',
          ...notes,
        };
      } else if (i % 7 === 3)
        rows[r.id] = {
          response: 'not-applicable',
          // A reason per row, as a real record has (the same text on every row explains nothing).
          naReason: `Requirement ${r.id} is about systems we do not have: we store no card data electronically.`,
          ...notes,
        };
      else rows[r.id] = { response: 'in-place', ...notes };
    });
  const now = '2026-11-22T10:00:00.000Z';
  const assessment: Assessment = {
    id: 'bench-saq-d',
    format: 1,
    organisation: names.organisation ?? 'Fondation Éloïse & Zoë Brontë',
    channels: ['ecommerce', 'moto'],
    saq: 'D-Merchant',
    saqEdition: saq.edition,
    contentVersion: 'bench',
    rows,
    dropped: {},
    groupsDone: [],
    section1: {
      contact: { name: names.contact ?? 'Zoë Brontë', email: 'zoe@example.org' },
      assessor: 'none',
      environment: 'Our own checkout server and a phone line.',
      segmentation: 'no',
      locations: [{ type: 'Office', count: '1', where: 'Lyon, France' }],
      providers: [
        {
          name: 'Acme Payments',
          service: 'Card processing',
          handlesCardData: 'yes',
          managesComponents: 'no',
          couldAffect: 'yes',
        },
        { name: 'Hébergement Rhône', service: 'Web hosting', handlesCardData: 'no' },
      ],
    },
    section3: {
      acknowledgements: ['completed-per-instructions'],
      signatoryName: names.contact ?? 'Zoë Brontë',
      signatoryTitle: 'Treasurer',
    },
    createdAt: now,
    updatedAt: now,
  };
  return {
    assessment,
    content: {
      ...content,
      interviewSummary: [
        {
          question: 'Online: How does your online payment form take card details?',
          answer: 'Card details pass through our own website or server',
        },
      ],
    },
  };
}
