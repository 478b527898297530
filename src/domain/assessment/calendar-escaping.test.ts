import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextAssessmentReminder } from './attestation';

const runs = Number(process.env.FUZZ_RUNS ?? 200);
const FROM = new Date('2026-11-22T10:00:00Z');

/** The calendar's lines, with folded lines put back together. */
const unfolded = (ics: string) => ics.replace(/\r\n /g, '').split('\r\n').filter(Boolean);
const PROPERTY =
  /^(BEGIN|END|VERSION|PRODID|UID|DTSTAMP|DTSTART;VALUE=DATE|DTEND;VALUE=DATE|RRULE|SUMMARY|DESCRIPTION|TRIGGER|ACTION)[:]/;

describe('the reminder calendar escapes names and ids from files', () => {
  it('a name or id with line breaks cannot add a property of its own', () => {
    const ics = nextAssessmentReminder(
      'Evil\r\nATTENDEE:mailto:x@example.org',
      'SAQ A;\nX-INJECT:1',
      FROM,
      'id\rORGANIZER:mailto:y@example.org',
      { quarterlyScans: true },
    );
    const lines = unfolded(ics);
    expect(lines.filter((l) => !PROPERTY.test(l))).toEqual([]);
    expect(lines.find((l) => l.startsWith('UID:'))).toBe(
      'UID:id\\nORGANIZER:mailto:y@example.org@opensaq',
    );
    expect(lines.find((l) => l.startsWith('SUMMARY:'))).toContain(
      'Evil\\nATTENDEE:mailto:x@example.org (SAQ A\\;\\nX-INJECT:1)',
    );
  });

  it('whatever the name and id, every line is one of ours (property)', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        (name, id) => {
          const lines = unfolded(
            nextAssessmentReminder(name, 'SAQ A', FROM, id, { quarterlyScans: true }),
          );
          expect(lines.filter((l) => !PROPERTY.test(l))).toEqual([]);
          expect(lines.filter((l) => l.startsWith('UID:'))).toHaveLength(2);
        },
      ),
      { numRuns: runs },
    );
  }, 60_000);
});
