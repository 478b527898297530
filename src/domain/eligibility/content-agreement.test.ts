import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../content/read-content.node';

const root = fileURLToPath(new URL('../../../content', import.meta.url));

describe('content and the engine agree', () => {
  it('uses the row counts of the official lists for every SAQ the engine names', async () => {
    const { SAQ_FACTS } = await import('./saq-catalog');
    const raw = readContent(root) as { referenceIds: { saqs: Record<string, { count: number }> } };
    for (const [id, facts] of Object.entries(SAQ_FACTS)) {
      if (id === 'D-SP') continue;
      expect(facts.rows, id).toBe(raw.referenceIds.saqs[id]?.count);
    }
  });

  it('has the text of every question the journey asks, with exactly its options', async () => {
    const { QUESTIONS } = await import('./journey');
    const q = (
      readContent(root).questions as {
        questions: { id: string; kind: string; options: { value: string }[] }[];
      }
    ).questions;
    const problems: string[] = [];
    for (const def of QUESTIONS) {
      const text = q.find((x) => x.id === def.id);
      if (!text) {
        problems.push(`${def.id}: no text`);
        continue;
      }
      if (def.options === null) {
        if (text.kind !== 'picker') problems.push(`${def.id}: should be a picker`);
        continue;
      }
      const offered = text.options.map((o) => o.value).sort();
      if (offered.join() !== [...def.options].sort().join())
        problems.push(`${def.id}: offers ${offered.join(', ')}`);
      if ((text.kind === 'checkbox') !== def.multi) problems.push(`${def.id}: wrong kind`);
    }
    for (const text of q)
      if (!QUESTIONS.some((d) => d.id === text.id)) problems.push(`${text.id}: never asked`);
    expect(problems).toEqual([]);
  });
});
