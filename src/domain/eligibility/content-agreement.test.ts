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

  it('offers exactly the values the journey expects for every question', async () => {
    const { paymentPageSchema, motoCaptureSchema, equipmentSchema } = await import('./profile');
    const q = (
      readContent(root).questions as { questions: { id: string; options: { value: string }[] }[] }
    ).questions;
    const values = (id: string) =>
      q
        .find((x) => x.id === id)
        ?.options.map((o) => o.value)
        .sort();
    expect(values('paymentPage')).toEqual([...paymentPageSchema.options].sort());
    expect(values('motoCapture')).toEqual([...motoCaptureSchema.options].sort());
    expect(values('equipment')).toEqual([...equipmentSchema.options].sort());
  });
});
