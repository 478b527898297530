import { describe, expect, it } from 'vitest';
import type { Assessment, SaqOutline } from './model';
import { nextYear, readPlan, startAssessments } from './start';
import type { InterviewAnswers } from '../eligibility/journey';

const outline = (id: SaqOutline['id'], rows: string[]): SaqOutline => ({
  id,
  edition: 'v4.0.1',
  responses: ['in-place', 'in-place-ccw', 'not-applicable', 'not-in-place'],
  groups: [{ principal: '12', rows: rows.map((r) => ({ id: r })) }],
});

describe('readPlan', () => {
  it('reads one questionnaire with its channels', () => {
    expect(readPlan(new URLSearchParams('saq=A&channels=ecommerce,moto'))).toEqual([
      { saq: 'A', channels: ['ecommerce', 'moto'] },
    ]);
  });

  it('reads one questionnaire per channel, several channels joined with +', () => {
    expect(readPlan(new URLSearchParams('plan=A:ecommerce%2Bmoto,P2PE:cardPresent'))).toEqual([
      { saq: 'A', channels: ['ecommerce', 'moto'] },
      { saq: 'P2PE', channels: ['cardPresent'] },
    ]);
  });

  it('leaves out unknown questionnaires and channels', () => {
    expect(readPlan(new URLSearchParams('plan=Z:ecommerce,A:moon'))).toEqual([
      { saq: 'A', channels: [] },
    ]);
    expect(readPlan(new URLSearchParams('saq=../x'))).toEqual([]);
  });
});

describe('startAssessments', () => {
  const ids = ['one', 'two'];
  const base = {
    organisation: '  Friends of the Park ',
    contentVersion: '3',
    now: '2026-12-01T10:00:00.000Z',
  };

  it('builds every planned assessment before anything is saved', () => {
    const result = startAssessments({
      ...base,
      plan: [
        { saq: 'A', channels: ['ecommerce'] },
        { saq: 'P2PE', channels: ['cardPresent'] },
      ],
      saqs: { A: outline('A', ['12.8.1']), P2PE: outline('P2PE', ['12.8.2']) },
      newId: () => ids.shift() ?? 'x',
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.assessments.map((a) => [a.id, a.saq, a.channels, a.organisation])).toEqual([
      ['one', 'A', ['ecommerce'], 'Friends of the Park'],
      ['two', 'P2PE', ['cardPresent'], 'Friends of the Park'],
    ]);
  });

  it('marks an assessment started from an unsettled result as provisional, with its interview', () => {
    const interview: InterviewAnswers = {
      role: 'merchant' as const,
      processors: [],
      channels: ['ecommerce' as const],
      ecommerce: [
        {
          paymentPage: 'iframe' as const,
          scriptProtection: 'unsure' as const,
          websiteHost: 'pci-compliant-provider' as const,
          another: 'no' as const,
        },
      ],
      moto: [],
      cardPresent: [],
      storesAccountDataElectronically: 'no' as const,
      receivesAccountDataElectronically: 'no' as const,
      keepsPaperWithCardData: 'no' as const,
      thirdPartiesConfirmedCompliant: 'yes' as const,
      annualCardTransactions: 'under-20k' as const,
    };
    const start = (saq: 'A' | 'A-EP', answers = interview) =>
      startAssessments({
        ...base,
        plan: [{ saq, channels: ['ecommerce'] }],
        saqs: { [saq]: outline(saq, ['12.8.1']) },
        interview: answers,
        interviewId: 'interview-7',
        newId: () => 'p',
      });
    const result = start('A');
    if (!result.ok) throw new Error('not started');
    expect(result.assessments[0]).toMatchObject({
      interviewId: 'interview-7',
      provisional: { candidates: ['A', 'A-EP'], since: base.now },
    });
    // Settled: not provisional.
    const settled = start('A', {
      ...interview,
      ecommerce: [{ paymentPage: 'iframe', scriptProtection: 'provider-confirmed', another: 'no' }],
    });
    if (!settled.ok) throw new Error('not started');
    expect(settled.assessments[0]?.provisional).toBeUndefined();
    expect(settled.assessments[0]?.interviewId).toBe('interview-7');
  });

  it('names the questionnaires it has no content for, and starts none', () => {
    const result = startAssessments({
      ...base,
      plan: [
        { saq: 'A', channels: [] },
        { saq: 'D-SP', channels: [] },
      ],
      saqs: { A: outline('A', ['12.8.1']) },
      newId: () => 'x',
    });
    expect(result).toEqual({ ok: false, missing: ['D-SP'] });
  });
});

describe('nextYear', () => {
  it('carries every answer over to confirm, under a new id, not complete', () => {
    const saq = outline('A', ['12.8.1', '12.8.2']);
    const a: Assessment = {
      id: 'old',
      format: 1,
      organisation: 'Org',
      channels: [],
      saq: 'A',
      saqEdition: 'v4.0.1',
      contentVersion: '2',
      rows: { '12.8.1': { response: 'in-place' } },
      dropped: {},
      groupsDone: ['12'],
      section3: {
        acknowledgements: ['fair-results'],
        signatoryName: 'Ada',
        signatoryTitle: 'Treasurer',
        signatoryDate: '2025-12-01',
        targetDate: '2026-03-01',
      },
      completedAt: '2025-12-01T00:00:00.000Z',
      createdAt: '2025-11-01T00:00:00.000Z',
      updatedAt: '2025-12-01T00:00:00.000Z',
    };
    const change = nextYear(a, saq, '2026-12-01T00:00:00.000Z', '3', 'new');
    expect(change.assessment.id).toBe('new');
    expect(change.assessment.completedAt).toBeUndefined();
    expect(change.assessment.rows['12.8.1']).toEqual({ response: 'in-place', toConfirm: true });
    expect(change.assessment.createdAt).toBe('2026-12-01T00:00:00.000Z');
    expect(change.carried).toEqual(['12.8.1']);
    expect(change.assessment.section3).toEqual({
      signatoryName: 'Ada',
      signatoryTitle: 'Treasurer',
    });
  });
});
