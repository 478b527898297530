/**
 * Tests only: the content the exchange is given in the app (SAQs, our requirement texts, the
 * exchange words), read from disk, and assessments answered in every way a row can be answered.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { CCW_FIELDS, type Assessment, type RowAnswer, type SaqOutline } from '../assessment/model';
import { answerableRows } from '../assessment/rules';
import type { RequirementTexts } from './export-csv';
import type { ExchangeWords } from './words';

const root = new URL('../../../content/', import.meta.url);
const json = (path: string): unknown => JSON.parse(readFileSync(new URL(path, root), 'utf8'));

export function loadSaqs(): SaqOutline[] {
  return readdirSync(new URL('saq/', root))
    .filter((f) => f.endsWith('.json') && f !== 'reference-ids.json')
    .map((f) => json(`saq/${f}`) as SaqOutline);
}

export function loadTexts(): RequirementTexts {
  const map = new Map<string, { title: string; asks: string }>();
  for (const f of readdirSync(new URL('requirements/', root)).filter((n) => n.endsWith('.json'))) {
    const file = json(`requirements/${f}`) as {
      entries: { id: string; title: string; asks: string }[];
    };
    for (const e of file.entries) map.set(e.id, { title: e.title, asks: e.asks });
  }
  return map;
}

export function loadWords(): ExchangeWords {
  return json('text/exchange.json') as ExchangeWords;
}

/** Texts that trouble CSV and spreadsheets: separators, quotes, line breaks, accents, formulas. */
export const AWKWARD = [
  'Checked by Zoë, 12 May; the contract is in "Policies" folder',
  '=HYPERLINK("http://example.org")',
  '- first\n- second\r\n  indented line',
  "'quoted on purpose",
  '@mention and +44 20 7946 0000',
  'Café crème, naïve résumé: ça va',
  '  leading and trailing spaces  ',
  'Notes: a line that looks like a label\nWho will do it: Sam',
];

const text = (i: number, what: string) => `${AWKWARD[i % AWKWARD.length] ?? ''} (${what} ${i})`;

/** The answer for the i-th row: every kind of answer in turn, each complete, with awkward words. */
export function sampleAnswer(i: number, saq: SaqOutline): RowAnswer | undefined {
  const kinds = [
    'in-place',
    'in-place-ccw',
    'not-applicable',
    'not-in-place',
    'legal',
    'not-tested',
    'dont-know',
    'notes-only',
    'none',
  ] as const;
  const kind = kinds[i % kinds.length];
  switch (kind) {
    case 'in-place':
      return { response: 'in-place', notes: text(i, 'notes') };
    case 'in-place-ccw':
      return {
        response: 'in-place-ccw',
        ccw: {
          constraints: text(i, 'constraints'),
          definition: text(i + 1, 'definition'),
          objective: text(i + 2, 'objective'),
          risk: text(i + 3, 'risk'),
          validation: text(i + 4, 'validation'),
          maintenance: text(i + 5, 'maintenance'),
        },
      };
    case 'not-applicable':
      return { response: 'not-applicable', naReason: text(i, 'reason'), notes: text(i + 1, 'n') };
    case 'not-in-place':
      return {
        response: 'not-in-place',
        remediationAction: text(i, 'action'),
        remediationOwner: 'Sam (web volunteer)',
        remediationDate: '2027-03-31',
      };
    case 'legal':
      return { response: 'not-in-place', legalException: true, legalExplanation: text(i, 'law') };
    case 'not-tested':
      return saq.responses.includes('not-tested')
        ? { response: 'not-tested', notTestedWhat: text(i, 'what'), notTestedWhy: text(i, 'why') }
        : { response: 'in-place' };
    case 'dont-know':
      return { dontKnow: true, followUpOwner: 'Treasurer', followUpNote: text(i, 'ask') };
    case 'notes-only':
      return { notes: text(i, 'only notes') };
    default:
      return undefined;
  }
}

export function sampleAssessment(saq: SaqOutline, organisation = 'Les Amis du Parc'): Assessment {
  const rows: Record<string, RowAnswer> = {};
  answerableRows(saq).forEach((id, i) => {
    const row = sampleAnswer(i, saq);
    if (row) rows[id] = { ...row, updatedAt: '2026-11-20T10:00:00Z' };
  });
  return {
    id: `sample-${saq.id}`,
    format: 1,
    organisation,
    channels: [],
    saq: saq.id,
    saqEdition: saq.edition,
    contentVersion: 'test',
    rows,
    dropped: {},
    groupsDone: [],
    createdAt: '2026-11-20T10:00:00Z',
    updatedAt: '2026-11-20T10:00:00Z',
  };
}

const given = (t: string | undefined) => (t?.trim() ? t : undefined);
const clean = (row: RowAnswer): RowAnswer =>
  Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined));
const answered = (row: RowAnswer) => row.response !== undefined || row.dontKnow === true;

/** What the audit CSV carries of a row: the parts its response needs, and its notes. */
export function viaCiso(row: RowAnswer): RowAnswer | undefined {
  const notes = given(row.notes);
  let out: RowAnswer;
  switch (row.response) {
    case 'in-place':
      out = { response: row.response, notes };
      break;
    case 'in-place-ccw': {
      const ccw = Object.fromEntries(
        CCW_FIELDS.flatMap((f) => (given(row.ccw?.[f]) ? [[f, row.ccw?.[f]]] : [])),
      );
      out = { response: row.response, ...(Object.keys(ccw).length ? { ccw } : {}), notes };
      break;
    }
    case 'not-applicable':
      out = { response: row.response, naReason: given(row.naReason), notes };
      break;
    case 'not-tested':
      out = {
        response: row.response,
        notTestedWhat: given(row.notTestedWhat),
        notTestedWhy: given(row.notTestedWhy),
        notes,
      };
      break;
    case 'not-in-place':
      out = {
        response: row.response,
        ...(row.legalException
          ? { legalException: true, legalExplanation: given(row.legalExplanation) }
          : {}),
        remediationAction: given(row.remediationAction),
        remediationOwner: given(row.remediationOwner),
        remediationDate: given(row.remediationDate),
        notes,
      };
      break;
    default:
      out = row.dontKnow
        ? {
            dontKnow: true,
            followUpOwner: given(row.followUpOwner),
            followUpNote: given(row.followUpNote),
            notes,
          }
        : { notes };
  }
  out = clean(out);
  if (Object.keys(out).length === 0) return undefined;
  return answered(out) ? { ...out, toConfirm: true } : out;
}

/** What the spreadsheet carries of a row: every part, each in its own column. */
export function viaSpreadsheet(row: RowAnswer): RowAnswer | undefined {
  const ccw = Object.fromEntries(
    CCW_FIELDS.flatMap((f) => (given(row.ccw?.[f]) ? [[f, row.ccw?.[f]]] : [])),
  );
  const out = clean({
    response: row.response,
    dontKnow: row.response === undefined && row.dontKnow ? true : undefined,
    notes: given(row.notes),
    naReason: given(row.naReason),
    remediationAction: given(row.remediationAction),
    remediationOwner: given(row.remediationOwner),
    remediationDate: given(row.remediationDate),
    followUpOwner: given(row.followUpOwner),
    followUpNote: given(row.followUpNote),
    notTestedWhat: given(row.notTestedWhat),
    notTestedWhy: given(row.notTestedWhy),
    ...(row.legalException && given(row.legalExplanation)
      ? { legalException: true, legalExplanation: row.legalExplanation }
      : {}),
    ...(Object.keys(ccw).length ? { ccw } : {}),
  });
  if (Object.keys(out).length === 0) return undefined;
  return answered(out) ? { ...out, toConfirm: true } : out;
}

export function expected(a: Assessment, via: (row: RowAnswer) => RowAnswer | undefined) {
  return Object.fromEntries(
    Object.entries(a.rows).flatMap(([id, row]) => {
      const r = via(row);
      return r ? [[id, r]] : [];
    }),
  );
}
