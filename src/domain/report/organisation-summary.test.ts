import { describe, expect, it } from 'vitest';
import type { Assessment, RowAnswer, SaqOutline } from '../assessment/model';
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
        status: 'non-compliant',
        openActions: 0,
      },
      {
        assessmentId: events.id,
        channels: ['cardPresent'],
        saq: 'P2PE',
        answered: 2,
        total: 2,
        status: 'non-compliant',
        openActions: 1,
      },
    ]);
    expect(summary?.allComplete).toBe(false);
    expect(summary?.allCompliant).toBe(false);
  });

  it('is all compliant only when every channel is complete and compliant', () => {
    const all = { '9.4.1': inPlace, '9.4.6': inPlace, '9.5.1': inPlace };
    const online = assessment('A', ['ecommerce'], all, { completedAt: '2026-04-01' });
    const events = assessment('P2PE', ['cardPresent'], all);
    expect(organisationSummary('Gala Friends', [online, events], OUTLINES)).toMatchObject({
      allComplete: false,
      allCompliant: false,
    });
    events.completedAt = '2026-04-02';
    expect(organisationSummary('Gala Friends', [online, events], OUTLINES)).toMatchObject({
      allComplete: true,
      allCompliant: true,
    });
  });

  it('is null for an organisation with a single current assessment', () => {
    const online = assessment('A', ['ecommerce'], {});
    expect(organisationSummary('Gala Friends', [online], OUTLINES)).toBeNull();
    expect(organisationSummary('Nobody', [online], OUTLINES)).toBeNull();
  });
});
