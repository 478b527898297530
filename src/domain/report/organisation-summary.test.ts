import { describe, expect, it } from 'vitest';
import { markComplete } from '../assessment/completion';
import type { Assessment, RowAnswer, SaqOutline } from '../assessment/model';
import { updateRow } from '../assessment/rules';
import { cleanAssessment } from '../assessment/test-fixtures';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';
import { organisationSummary } from './organisation-summary';

const outline = (id: SaqId, rows: string[]): SaqOutline => ({
  id,
  edition: 'test',
  responses: ['in-place', 'in-place-ccw', 'not-applicable', 'not-in-place'],
  groups: [{ principal: '9', rows: rows.map((r) => ({ id: r })) }],
});
const OUTLINES = {
  A: outline('A', ['9.4.1', '9.4.6']),
  P2PE: outline('P2PE', ['9.4.1', '9.5.1']),
};

const inPlace: RowAnswer = { response: 'in-place' };
const NOW = '2026-12-02T09:00:00.000Z';
let n = 0;
const assessment = (
  saq: SaqId,
  channels: ChannelKind[],
  rows: Record<string, RowAnswer>,
  extra: Partial<Assessment> = {},
): Assessment => ({
  id: `a${++n}`,
  format: 1,
  organisation: 'Gala Friends',
  channels,
  saq,
  saqEdition: 'test',
  contentVersion: '1',
  rows,
  dropped: {},
  groupsDone: [],
  createdAt: '2026-03-01',
  updatedAt: '2026-03-01',
  ...extra,
});

describe('the organisation summary', () => {
  it('sums up each channel: progress, status and open actions, in channel order', () => {
    const events = assessment('P2PE', ['cardPresent'], {
      '9.4.1': inPlace,
      '9.5.1': {
        response: 'not-in-place',
        remediationAction: 'Inspect terminals',
        remediationOwner: 'Events lead',
        remediationDate: '2027-01-31',
      },
    });
    const online = assessment('A', ['ecommerce'], { '9.4.1': inPlace });
    const summary = organisationSummary('Gala Friends', [events, online], OUTLINES);
    expect(summary?.channels).toEqual([
      {
        assessmentId: online.id,
        channels: ['ecommerce'],
        saq: 'A',
        answered: 1,
        total: 2,
        state: 'not-finished',
        wouldBe: null,
        status: 'non-compliant',
        openActions: 0,
      },
      {
        assessmentId: events.id,
        channels: ['cardPresent'],
        saq: 'P2PE',
        answered: 2,
        total: 2,
        state: 'not-finished',
        wouldBe: 'non-compliant',
        status: 'non-compliant',
        openActions: 1,
      },
    ]);
    expect(summary?.allComplete).toBe(false);
    expect(summary?.allCompliant).toBe(false);
  });

  it('is all compliant only when every channel is complete, unchanged since, and compliant', () => {
    const all = { '9.4.1': inPlace, '9.4.6': inPlace, '9.5.1': inPlace };
    const ready = (saq: SaqId, channels: ChannelKind[]): Assessment => {
      const base = cleanAssessment();
      return {
        ...assessment(saq, channels, all),
        section1: {
          ...base.section1,
          channelDescriptions: { ecommerce: 'Hosted page.', cardPresent: 'P2PE terminal.' },
          usesValidatedProducts: 'yes',
          products: [
            { name: 'SafePay P2PE', standard: 'P2PE', listing: '2023-0001', expiry: '2029-01-01' },
          ],
        },
        section3: base.section3,
      };
    };
    const complete = (a: Assessment, saq: SaqOutline) => {
      const done = markComplete(saq, a, NOW, '2026-12-02');
      if (!done.ok) throw new Error(done.items.map((i) => i.code).join());
      return done.assessment;
    };
    const online = complete(ready('A', ['ecommerce']), OUTLINES.A);
    const events = ready('P2PE', ['cardPresent']);
    expect(organisationSummary('Gala Friends', [online, events], OUTLINES)).toMatchObject({
      allComplete: false,
      allCompliant: false,
    });
    const both = [online, complete(events, OUTLINES.P2PE)];
    const summary = organisationSummary('Gala Friends', both, OUTLINES);
    expect(summary).toMatchObject({ allComplete: true, allCompliant: true });
    expect(summary?.channels.map((c) => [c.state, c.completedAt])).toEqual([
      ['final', NOW],
      ['final', NOW],
    ]);
    // A change after completion: no longer complete, and no completion date shown.
    const changed = updateRow(online, '9.4.1', { notes: 'Checked again' }, '2026-12-03T10:00:00Z');
    const after = organisationSummary('Gala Friends', [changed, both[1] as Assessment], OUTLINES);
    expect(after).toMatchObject({ allComplete: false, allCompliant: false });
    expect(after?.channels[0]).toMatchObject({ state: 'not-finished', wouldBe: 'compliant' });
    expect(after?.channels[0]?.completedAt).toBeUndefined();
  });

  it('sums up an organisation with a single assessment too; null only without any', () => {
    const online = assessment('A', ['ecommerce'], {});
    expect(organisationSummary('Gala Friends', [online], OUTLINES)?.channels).toHaveLength(1);
    expect(organisationSummary('Nobody', [online], OUTLINES)).toBeNull();
  });
});
