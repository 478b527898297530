// The `render-280-rows` benchmark page (built only by `vite build --mode bench`, never shipped):
// 280 of the app's own requirement rows (a radio group and a notes box each) on one page, with the
// explanation of the responses a group page shows once, and the content loaded the way the app
// loads it. It marks `rows-painted` once every row has painted.
import { StrictMode, useCallback, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { loadRequirements, loadSaqContent } from '@/content/loader';
import { entriesForSaq } from '@/content/saq-entries';
import { isPlaceholder, type RequirementEntry } from '@/content/schema';
import type { Response, RowAnswer } from '@/domain/assessment/model';
import { RequirementRow, ResponseExplanation } from '@/features/workspace';
import '../styles.css';

const ROWS = 280;

interface BenchRow {
  id: string;
  entry: RequirementEntry;
}

function RowsPage({ rows, responses }: { rows: BenchRow[]; responses: Response[] }) {
  const [answers, setAnswers] = useState<Record<string, RowAnswer>>({});
  const onChange = useCallback(
    (id: string, patch: Partial<RowAnswer>) =>
      setAnswers((a) => ({ ...a, [id]: { ...a[id], ...patch } })),
    [],
  );
  const onConfirm = useCallback(() => undefined, []);
  useEffect(() => {
    // The frame after the commit is the one that paints every row.
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('rows-painted');
        document.body.dataset.rows = String(document.querySelectorAll('section.row').length);
      }, 0),
    );
  }, []);
  return (
    <main id="main-content">
      <h1>{ROWS} requirement rows</h1>
      <ResponseExplanation responses={responses} />
      {rows.map((r) => (
        <RequirementRow
          key={r.id}
          id={r.id}
          entry={r.entry}
          responses={responses}
          row={answers[r.id]}
          onChange={onChange}
          onConfirm={onConfirm}
        />
      ))}
    </main>
  );
}

async function start() {
  const saq = await loadSaqContent('D-Merchant');
  if (!saq) throw new Error('SAQ D content is missing');
  const entries = entriesForSaq(saq, await loadRequirements(saq.groups.map((g) => g.principal)));
  const answerable = saq.groups
    .flatMap((g) => g.rows)
    .filter((r) => !r.notForMerchants)
    .flatMap((r) => {
      const entry = entries.get(r.id);
      return entry && !isPlaceholder(entry) ? [{ id: r.id, entry }] : [];
    });
  // SAQ D has fewer answerable rows than 280: repeat from the start with distinct ids.
  const rows = Array.from({ length: ROWS }, (_, i) => {
    const base = answerable[i % answerable.length] as BenchRow;
    return i < answerable.length ? base : { ...base, id: `${base.id}.${i}` };
  });
  const root = document.getElementById('root');
  if (root)
    createRoot(root).render(
      <StrictMode>
        <RowsPage rows={rows} responses={saq.responses} />
      </StrictMode>,
    );
}

void start();
