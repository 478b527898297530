import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from './read-content.node';
import { applyOverride, entriesForSaq, entryTexts } from './saq-entries';
import {
  isPlaceholder,
  OVERRIDABLE_FIELDS,
  referenceIdsSchema,
  requirementFileSchema,
  saqFileSchema,
  type FullEntry,
  type RequirementEntry,
  type SaqContent,
} from './schema';

const root = fileURLToPath(new URL('../../content', import.meta.url));
const raw = readContent(root);
const saqs: SaqContent[] = Object.values(raw.saqs).map((s) => saqFileSchema.parse(s));
const shared = new Map<string, RequirementEntry>(
  Object.values(raw.requirements).flatMap((f) =>
    requirementFileSchema.parse(f).entries.map((e) => [e.id, e] as const),
  ),
);
const reference = referenceIdsSchema.parse(raw.referenceIds);

function fullOf(entry: RequirementEntry | undefined): FullEntry {
  if (!entry || isPlaceholder(entry)) throw new Error('expected a full entry');
  return entry;
}
const textOf = (entry: RequirementEntry | undefined) => entryTexts(fullOf(entry)).join(' ');
const saq = (id: string) => {
  const found = saqs.find((s) => s.id === id);
  if (!found) throw new Error(`no SAQ ${id}`);
  return found;
};

/** The sentence every entry uses for the point-of-sale exemption of Requirement 8. */
const POS_EXEMPTION = 'log-ins on a card terminal that can reach only the one card being paid with';

/**
 * Requirement 8 rows whose Applicability Notes carry the exemption for terminal log-ins that reach
 * one card number at a time, per SAQ (read in each SAQ's v4.0.1 edition; SAQ SPoC removes the note
 * from 8.3.1, SAQ B and P2PE have no Requirement 8).
 */
const POS_EXEMPT_ROWS: Record<string, string[]> = {
  A: ['8.2.1', '8.2.2', '8.3.1', '8.3.6', '8.3.7', '8.3.9'],
  'A-EP': ['8.2.1', '8.2.2', '8.2.8', '8.3.1', '8.3.4', '8.3.6', '8.3.7', '8.3.9', '8.4.2'],
  B: [],
  'B-IP': ['8.2.2'],
  C: ['8.2.1', '8.2.2', '8.2.8', '8.3.1', '8.3.4', '8.3.6', '8.3.7', '8.3.9', '8.4.2'],
  'C-VT': ['8.2.1', '8.2.2', '8.3.1', '8.3.6'],
  P2PE: [],
  SPoC: [],
  'D-Merchant': ['8.2.1', '8.2.2', '8.2.8', '8.3.1', '8.3.4', '8.3.6', '8.3.7', '8.3.9', '8.4.2'],
};

describe('a requirement as an SAQ shows it', () => {
  it('is the shared entry itself where the SAQ has no override, and the override field by field where it has one', () => {
    const failures: string[] = [];
    for (const s of saqs) {
      const shown = entriesForSaq(s, shared);
      for (const row of s.groups.flatMap((g) => g.rows)) {
        const entry = shared.get(row.id);
        const override = s.overrides?.[row.id];
        const mine = shown.get(row.id);
        if (!entry || !mine) failures.push(`${s.id} ${row.id}: no entry`);
        else if (!override) {
          if (mine !== entry) failures.push(`${s.id} ${row.id}: not the shared entry`);
        } else
          for (const field of OVERRIDABLE_FIELDS) {
            const expected =
              override[field] === undefined ? entry[field as keyof typeof entry] : override[field];
            if (JSON.stringify(mine[field as keyof typeof mine]) !== JSON.stringify(expected))
              failures.push(`${s.id} ${row.id}: ${field} is not the SAQ's own`);
          }
      }
    }
    expect(failures).toEqual([]);
  });

  it('never asks for a bullet the SAQ leaves blank, while the shared entry does', () => {
    const failures: string[] = [];
    let checked = 0;
    for (const s of saqs) {
      const shown = entriesForSaq(s, shared);
      for (const [id, bullets] of Object.entries(reference.saqs[s.id]?.blankBullets ?? {})) {
        const entry = fullOf(shared.get(id));
        for (const bullet of bullets) {
          const phrases = entry.bulletPhrases?.[String(bullet)] ?? [];
          const inShared = phrases.filter((p) =>
            textOf(entry).toLowerCase().includes(p.toLowerCase()),
          );
          const inSaq = phrases.filter((p) =>
            textOf(shown.get(id)).toLowerCase().includes(p.toLowerCase()),
          );
          if (inShared.length === 0)
            failures.push(`${id} bullet ${bullet}: shared text does not ask for it`);
          if (inSaq.length > 0)
            failures.push(`${s.id} ${id} bullet ${bullet}: still asks (${inSaq.join(', ')})`);
          checked += 1;
        }
      }
    }
    expect(failures).toEqual([]);
    // 6.3.3 ×5, 6.3.1 ×3, 9.4.3 ×6 (two bullets), 6.2.1 ×2 (two), 11.4.5 ×2, 12.10.1 ×5 (seven)
    expect(checked).toBe(5 + 3 + 12 + 4 + 2 + 35);
  });

  it('drops the non-critical update time frame from 6.3.3 where the SAQ leaves that bullet blank', () => {
    const d = textOf(entriesForSaq(saq('D-Merchant'), shared).get('6.3.3'));
    expect(d).toMatch(/other security updates/i);
    for (const id of ['A', 'A-EP', 'B-IP', 'C', 'C-VT']) {
      const mine = entriesForSaq(saq(id), shared).get('6.3.3');
      expect(textOf(mine), id).not.toMatch(/other security updates/i);
      expect(fullOf(mine).asks, id).toMatch(/critical weaknesses go in within one month/);
    }
  });

  it('shows the point-of-sale exemption on every Requirement 8 row whose official note carries it, and on no other row', () => {
    const failures: string[] = [];
    for (const s of saqs) {
      const exempt = POS_EXEMPT_ROWS[s.id];
      if (!exempt) throw new Error(`no exemption list for ${s.id}`);
      for (const [id, entry] of entriesForSaq(s, shared)) {
        if (isPlaceholder(entry)) continue;
        const says = textOf(entry).toLowerCase().includes(POS_EXEMPTION);
        if (says !== exempt.includes(id))
          failures.push(`${s.id} ${id}: ${says ? 'shows' : 'lacks'} it`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('never offers Not Applicable for 3.1.1 in SAQ D, and offers it for no paper everywhere else', () => {
    for (const s of saqs) {
      const entry = fullOf(entriesForSaq(s, shared).get('3.1.1'));
      if (s.id === 'D-Merchant') expect(entry.notApplicable).toBeNull();
      else expect(entry.notApplicable?.when, s.id).toMatch(/no paper/);
    }
  });

  it('gives SAQ D 233 rows to answer: 19 rows for service providers or issuers and 12.3.2 have none', () => {
    const rows = saq('D-Merchant').groups.flatMap((g) => g.rows);
    expect(rows).toHaveLength(253);
    expect(rows.filter((r) => !r.notForMerchants)).toHaveLength(233);
    const entry = shared.get('12.3.2');
    expect(entry && isPlaceholder(entry) ? entry.placeholder : 'full').toBe('customized-approach');
  });
});

describe('applyOverride', () => {
  const entry = fullOf(shared.get('6.3.3'));

  it('returns the shared entry itself without an override', () => {
    expect(applyOverride(entry)).toBe(entry);
  });

  it('replaces only the fields the override names, and names its source first', () => {
    const shown = fullOf(
      applyOverride(entry, {
        source: 'SAQ X, 6.3.3',
        asks: 'Critical fixes within a month.',
        notApplicable: null,
      }),
    );
    expect(shown.asks).toBe('Critical fixes within a month.');
    expect(shown.notApplicable).toBeNull();
    expect(shown.howToCheck).toBe(entry.howToCheck);
    expect(shown.sources?.[0]).toBe('SAQ X, 6.3.3');
    expect(entry.asks).not.toBe(shown.asks);
  });

  it('leaves a placeholder as it is', () => {
    const placeholder = shared.get('3.3.3');
    if (!placeholder) throw new Error('no 3.3.3');
    expect(applyOverride(placeholder, { source: 'x', asks: 'y' })).toBe(placeholder);
  });
});

describe('loadRequirementsFor', () => {
  it("gives each SAQ's rows in its own version, and only that SAQ's rows", async () => {
    const { loadRequirementsFor } = await import('./loader');
    const a = await loadRequirementsFor('A');
    expect([...a.keys()]).toEqual(saq('A').groups.flatMap((g) => g.rows.map((r) => r.id)));
    expect(fullOf(a.get('6.3.3')).asks).toBe(saq('A').overrides?.['6.3.3']?.asks);
    const d = await loadRequirementsFor('D-Merchant', ['6']);
    expect([...d.keys()].every((id) => id.startsWith('6.'))).toBe(true);
    expect(d.get('6.3.3')).toEqual(shared.get('6.3.3'));
    expect((await loadRequirementsFor('D-SP')).size).toBe(0);
  });
});
