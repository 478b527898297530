// A fully answered SAQ D for Merchants assessment (253 rows, notes on half, 20 action items), built
// from the real content: shared by the benchmark and the PDF preview script.
import { readFileSync } from 'node:fs';
import type { Assessment, RowAnswer } from '../src/domain/assessment/model.ts';
import type { ReportContentInput } from '../src/domain/report/report-model.ts';
import type { PrincipalRequirements, RequirementFile, SaqContent } from '../src/content/schema.ts';

const json = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

export function sampleSaqD(): { assessment: Assessment; content: ReportContentInput } {
  const saq = json<SaqContent>('content/saq/d-merchant.json');
  const titles = new Map<string, string>();
  for (const f of ['01-02', '03-04', '05-07', '08', '09-a2', '10-11', '12'])
    for (const e of json<RequirementFile>(`content/requirements/req-${f}.json`).entries)
      titles.set(e.id, e.title);
  const principals = json<PrincipalRequirements>('content/principal-requirements.json');
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
      if (actions < 20 && i % 11 === 5) {
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
          naReason: 'We store no card data electronically and have no systems of this kind.',
          ...notes,
        };
      else rows[r.id] = { response: 'in-place', ...notes };
    });
  const now = '2026-11-22T10:00:00.000Z';
  const assessment: Assessment = {
    id: 'bench-saq-d',
    format: 1,
    organisation: 'Fondation Éloïse & Zoë Brontë',
    channels: ['ecommerce', 'moto'],
    saq: 'D-Merchant',
    saqEdition: saq.edition,
    contentVersion: 'bench',
    rows,
    dropped: {},
    groupsDone: [],
    section1: {
      contact: { name: 'Zoë Brontë', email: 'zoe@example.org' },
      assessor: 'none',
      environment: 'Our own checkout server and a phone line.',
      providers: [
        {
          name: 'Acme Payments',
          service: 'Card processing',
          handlesCardData: 'yes',
          couldAffect: 'yes',
        },
      ],
    },
    createdAt: now,
    updatedAt: now,
  };
  return {
    assessment,
    content: {
      saq: saq as ReportContentInput['saq'],
      titles,
      principalTitles: new Map(principals.principals.map((p) => [p.id, p.title])),
      interviewSummary: [
        {
          question: 'How does your online payment form take card details?',
          answer: 'Card details pass through our own website or server',
        },
      ],
      contentVersion: 'bench',
    },
  };
}
