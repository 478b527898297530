import { describe, expect, it } from 'vitest';
import type { ChannelKind, SaqId } from '../eligibility/saq-catalog';
import type { Assessment } from './model';
import {
  channelsAssessedSeparately,
  currentAssessments,
  currentChannelSets,
  organisationGroups,
} from './organisations';

let n = 0;
const assessment = (
  organisation: string,
  saq: SaqId,
  channels: ChannelKind[],
  createdAt: string,
): Assessment => ({
  id: `a${++n}`,
  format: 1,
  organisation,
  channels,
  saq,
  saqEdition: 'v4.0.1',
  contentVersion: '1',
  rows: {},
  dropped: {},
  groupsDone: [],
  createdAt,
  updatedAt: createdAt,
});

const summary = (sets: Map<string, Assessment[]>) =>
  Object.fromEntries([...sets].map(([org, list]) => [org, list.map((a) => a.saq)]));

describe('an organisation’s current assessments', () => {
  it('lists one assessment per channel, in channel order', () => {
    const sets = currentChannelSets([
      assessment('Hall Trust', 'P2PE', ['cardPresent'], '2026-03-01'),
      assessment('Hall Trust', 'A', ['ecommerce'], '2026-03-01'),
      assessment('Solo Fund', 'A', ['ecommerce'], '2026-03-01'),
    ]);
    expect(summary(sets)).toEqual({ 'Hall Trust': ['A', 'P2PE'] });
  });

  it('leaves out last year’s assessment once next year’s is started', () => {
    const sets = currentChannelSets([
      assessment('Hall Trust', 'A', ['ecommerce'], '2025-03-01'),
      assessment('Hall Trust', 'P2PE', ['cardPresent'], '2025-03-01'),
      assessment('Hall Trust', 'A', ['ecommerce'], '2026-03-01'),
    ]);
    expect(summary(sets)).toEqual({ 'Hall Trust': ['A', 'P2PE'] });
    expect(sets.get('Hall Trust')?.[0]?.createdAt).toBe('2026-03-01');
  });

  it('shows nothing when a newer single assessment covers every channel', () => {
    const sets = currentChannelSets([
      assessment('Hall Trust', 'A', ['ecommerce'], '2025-03-01'),
      assessment('Hall Trust', 'P2PE', ['cardPresent'], '2025-03-01'),
      assessment('Hall Trust', 'D-Merchant', [], '2026-03-01'),
    ]);
    expect(summary(sets)).toEqual({});
  });

  it('shows nothing for the same SAQ twice in a row (last year and this year)', () => {
    const sets = currentChannelSets([
      assessment('Solo Fund', 'A', ['ecommerce'], '2025-03-01'),
      assessment('Solo Fund', 'A', ['ecommerce'], '2026-03-01'),
    ]);
    expect(summary(sets)).toEqual({});
  });
});

describe('channels assessed separately', () => {
  it('names the other current assessment for each channel this one leaves out', () => {
    const online = assessment('Hall Trust', 'A', ['ecommerce'], '2026-03-01');
    const events = assessment('Hall Trust', 'P2PE', ['cardPresent'], '2026-03-02');
    const lastYear = assessment('Hall Trust', 'C-VT', ['moto'], '2025-03-01');
    const otherOrg = assessment('Solo Fund', 'B', ['moto'], '2026-03-01');
    expect(channelsAssessedSeparately(online, [online, events, lastYear, otherOrg])).toEqual([
      { channel: 'moto', saq: 'C-VT', assessmentId: lastYear.id },
      { channel: 'cardPresent', saq: 'P2PE', assessmentId: events.id },
    ]);
  });

  it('names nothing for an organisation with one assessment', () => {
    const online = assessment('Hall Trust', 'A', ['ecommerce'], '2026-03-01');
    expect(channelsAssessedSeparately(online, [online])).toEqual([]);
  });
});

describe('the organisations on the start page', () => {
  const interview = (organisation: string, updatedAt: string) => ({ organisation, updatedAt });

  it('lists each organisation once, with its interview and its assessments, latest first', () => {
    const park = assessment('Park Trust', 'A', ['ecommerce'], '2026-03-01');
    const gala1 = assessment('Gala Friends', 'A', ['ecommerce'], '2026-02-01');
    const gala2 = assessment('Gala Friends', 'P2PE', ['cardPresent'], '2026-04-01');
    const groups = organisationGroups(
      [interview('Gala Friends', '2026-01-01'), interview('Harbour', '2026-05-01')],
      [park, gala1, gala2],
    );
    expect(groups.map((g) => [g.name, !!g.interview, g.assessments.map((a) => a.saq)])).toEqual([
      ['Harbour', true, []],
      ['Gala Friends', true, ['P2PE', 'A']],
      ['Park Trust', false, ['A']],
    ]);
  });

  it('keeps every unnamed interview on its own, and one interview per name', () => {
    const groups = organisationGroups(
      [
        interview('', '2026-01-02'),
        interview('', '2026-01-01'),
        interview('Oak', '2026-01-03'),
        interview('Oak', '2026-01-04'),
      ],
      [],
    );
    expect(groups.map((g) => [g.name, g.interview?.updatedAt])).toEqual([
      ['Oak', '2026-01-04'],
      ['', '2026-01-02'],
      ['', '2026-01-01'],
    ]);
  });

  it('gives every organisation its current assessments, one or several', () => {
    const solo = assessment('Solo Fund', 'A', ['ecommerce'], '2026-03-01');
    expect(summary(currentAssessments([solo]))).toEqual({ 'Solo Fund': ['A'] });
  });
});
