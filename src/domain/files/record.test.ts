import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleSaqD } from '../../../scripts/sample-assessment';
import type { Assessment } from '../assessment/model';
import { decideSaq } from '../eligibility/decide-saq';
import { answerFor, journey } from '../eligibility/journey';
import { enumerateProfiles } from '../eligibility/test-profiles';
import { MAX_ASSESSMENT_CHARS, TEXT_MAX } from '../limits';
import { buildReport } from '../report/report-model';
import { assessmentSchema } from './assessment-schema';
import { ImportError } from './errors';
import { makeFile, parseFileText, serialise } from './opensaq-file';
import { decisionSchema, interviewAnswersSchema } from './record-schemas';
import { checkAssessment, checkStored, writableProblem } from './record';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const NOW = new Date('2026-11-22T10:00:00Z');
const { assessment: saqD, content } = sampleSaqD();

const base: Assessment = {
  id: 'a1',
  format: 1,
  organisation: 'Les Amis',
  channels: ['ecommerce'],
  saq: 'A',
  saqEdition: 'v4.0.1 r1',
  contentVersion: '1',
  rows: { '3.1.1': { response: 'not-applicable', naReason: 'No paper.' } },
  dropped: {},
  groupsDone: [],
  createdAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

function code(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return e instanceof ImportError ? e.code : `unexpected: ${String(e)}`;
  }
  return undefined;
}

/** What the report page does with an assessment: build the report and the interview summary. */
function render(a: Assessment): void {
  buildReport(a, content, NOW);
  if (a.interview) for (const step of journey(a.interview)) answerFor(a.interview, step);
}

describe('the interview and decision an assessment keeps', () => {
  it('accepts every decision the engine makes (a sample of the enumerated profiles)', () => {
    let n = 0;
    const refused: string[] = [];
    for (const profile of enumerateProfiles()) {
      if (n++ % 97 !== 0) continue;
      const r = decisionSchema.safeParse(decideSaq(profile));
      if (!r.success) refused.push(r.error.issues[0]?.message ?? '?');
    }
    expect(refused).toEqual([]);
    // Enumerating every profile takes a second here, and nearly four under a heavy load.
  }, 60_000);

  it('refuses shapes the app never writes, which used to crash the report or bloat backups', () => {
    // The first profile only: spreading the generator would build all of them (about a second).
    const decision = decideSaq(enumerateProfiles().next().value as never);
    expect(decisionSchema.safeParse({ ...decision, reasons: 'x' }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, reasons: [{ text: 1 }] }).success).toBe(false);
    expect(decisionSchema.safeParse({ ...decision, extra: { a: { b: 1 } } }).success).toBe(false);
    expect(
      decisionSchema.safeParse({ ...decision, reasons: Array(501).fill(decision.reasons[0]) })
        .success,
    ).toBe(false);
    expect(interviewAnswersSchema.safeParse({ ecommerce: {} }).success).toBe(false);
    expect(interviewAnswersSchema.safeParse({ ecommerce: [{ nested: [[[]]] }] }).success).toBe(
      false,
    );
    expect(interviewAnswersSchema.parse({})).toEqual({ ecommerce: [], moto: [], cardPresent: [] });
  });

  it('every file the importer accepts renders its report (property)', () => {
    // A decision and an interview as the app records them, with one value anywhere replaced.
    const interview = {
      role: 'merchant',
      channels: ['ecommerce', 'moto'],
      ecommerce: [{ paymentPage: 'iframe', another: 'yes' }, { paymentPage: 'redirect' }],
      moto: [{ capture: 'virtual-terminal', terminal: 'p2pe-listed' }],
      cardPresent: [],
      storesAccountDataElectronically: 'no',
    };
    const decision = decideSaq([...enumerateProfiles()][5] as never);
    const paths = (v: unknown, at: (string | number)[] = []): (string | number)[][] =>
      typeof v === 'object' && v !== null
        ? [
            at,
            ...Object.entries(v).flatMap(([k, x]) =>
              paths(x, [...at, Array.isArray(v) ? Number(k) : k]),
            ),
          ]
        : [at];
    const set = (v: unknown, path: (string | number)[], value: unknown): unknown => {
      if (path.length === 0) return value;
      const [head, ...rest] = path as [string | number, ...(string | number)[]];
      const copy = Array.isArray(v) ? [...v] : { ...(v as object) };
      (copy as Record<string | number, unknown>)[head] = set(
        (v as Record<string | number, unknown>)[head],
        rest,
        value,
      );
      return copy;
    };
    const small = { ...saqD, rows: { '12.8.1': { response: 'in-place' as const } } };
    const interviewPaths = paths(interview);
    const decisionPaths = paths(decision);
    fc.assert(
      fc.property(fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.boolean(), (n, value, which) => {
        const a = which
          ? {
              ...small,
              interview: set(interview, interviewPaths[n % interviewPaths.length] ?? [], value),
            }
          : {
              ...small,
              decision: set(decision, decisionPaths[n % decisionPaths.length] ?? [], value),
            };
        let parsed: Assessment | undefined;
        try {
          const p = parseFileText(
            serialise(makeFile([a as Assessment], 'everything', '0.1.0', '1', NOW)),
          );
          if (p.kind === 'file') parsed = p.file.assessments[0];
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
        if (parsed) render(parsed);
      }),
      { numRuns: runs },
    );
  }, 60_000);
});

describe('the one gate for every assessment', () => {
  it('gives the verdict and the data the schema gives, with or without rows checked before (property)', () => {
    const row = fc.record(
      {
        response: fc.constantFrom('in-place', 'not-applicable', 'maybe'),
        notes: fc.string({ maxLength: 20 }),
        updatedAt: fc.constantFrom('2026-11-01T00:00:00Z', '2026-02-30T00:00:00Z', 'x'),
        extra: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom('3.1.1', '12.8.1', '99.1', 'x'), row, { maxKeys: 4 }),
        fc.constantFrom('A', 'Z'),
        fc.boolean(),
        (rows, saq, twice) => {
          const a = { ...base, saq, rows };
          if (twice) checkAssessment(a);
          const ours = checkAssessment(a);
          const theirs = assessmentSchema.safeParse(a);
          expect(ours.success).toBe(theirs.success);
          if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);

  it('never writes text over its limit, and says where', () => {
    const long = { ...base, rows: { '3.1.1': { notes: 'x'.repeat(TEXT_MAX + 1) } } };
    expect(writableProblem(long)).toEqual({
      code: 'over-limit',
      path: ['rows', '3.1.1', 'notes'],
      where: 'rows > 3.1.1 > notes',
      length: TEXT_MAX + 1,
      limit: TEXT_MAX,
    });
    expect(writableProblem(base)).toBeNull();
    expect(writableProblem({ ...base, createdAt: '2026-02-30T00:00:00Z' })).toMatchObject({
      code: 'invalid',
      where: 'createdAt',
    });
  });

  it('never writes an assessment too large for a file on its own', () => {
    const rows = Object.fromEntries(
      Array.from({ length: 430 }, (_, i) => [
        `12.${i % 99}.${Math.floor(i / 99) + 1}`,
        { notes: 'x'.repeat(TEXT_MAX) },
      ]),
    );
    const huge = { ...base, rows };
    expect(JSON.stringify(huge).length).toBeGreaterThan(MAX_ASSESSMENT_CHARS);
    expect(writableProblem(huge)).toMatchObject({ code: 'assessment-too-large' });
  });

  it('reads back a stored record with text over the limit (older versions allowed it) and lists it', () => {
    const long = { ...base, rows: { '3.1.1': { notes: 'x'.repeat(TEXT_MAX + 5) } } };
    const read = checkStored(long);
    expect(read.ok && read.overLimit.map((o) => o.where)).toEqual(['rows > 3.1.1 > notes']);
    expect(checkStored({ ...base, saq: 'Z' })).toMatchObject({
      ok: false,
      problem: { code: 'invalid', where: 'saq' },
    });
    expect(checkStored('garbage')).toMatchObject({ ok: false });
  });
});

describe('older data is brought forward', () => {
  it('opens a version 0 file: no header versions, assessments without the fields version 1 added', () => {
    const v0 = JSON.stringify({
      format: 'opensaq',
      exportedAt: '2025-06-01T09:00:00Z',
      assessments: [
        {
          id: 'old-1',
          organisation: 'Old Friends',
          saq: 'A',
          rows: { '3.1.1': { response: 'in-place', notes: 'From the first version' } },
          createdAt: '2025-05-01T09:00:00Z',
          updatedAt: '2025-06-01T09:00:00Z',
        },
      ],
    });
    const parsed = parseFileText(v0);
    expect(parsed.kind).toBe('file');
    if (parsed.kind !== 'file') return;
    expect(parsed.file).toMatchObject({ version: 1, scope: 'everything', appVersion: 'unknown' });
    expect(parsed.file.assessments[0]).toEqual({
      id: 'old-1',
      format: 1,
      organisation: 'Old Friends',
      channels: [],
      saq: 'A',
      saqEdition: '',
      contentVersion: '',
      rows: { '3.1.1': { response: 'in-place', notes: 'From the first version' } },
      dropped: {},
      groupsDone: [],
      createdAt: '2025-05-01T09:00:00Z',
      updatedAt: '2025-06-01T09:00:00Z',
    });
    // Written again, it is a version 1 file that reads the same.
    const again = parseFileText(serialise(parsed.file));
    expect(again.kind === 'file' && again.file.assessments).toEqual(parsed.file.assessments);
    expect(
      code(() => parseFileText(v0.replace('"format":"opensaq"', '"format":"opensaq","version":0'))),
    ).toBeUndefined();
  });

  it('reads back a stored record without a format, and refuses one from the future', () => {
    const { format: _f, channels: _c, dropped: _d, groupsDone: _g, ...old } = base;
    void [_f, _c, _d, _g];
    expect(checkStored(old)).toMatchObject({ ok: true, assessment: { format: 1, dropped: {} } });
    expect(checkStored({ ...base, format: 2 })).toMatchObject({ ok: false });
  });
});
