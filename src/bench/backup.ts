// The `backup-*` benchmark page (built only by `vite build --mode bench`, never shipped): the app's
// own storage and file code saving and restoring a consultant's thousand assessments, or 200 long
// SAQ D assessments, in the browser, with the longest time the page could not respond meanwhile.
import { loadSaqContents } from '@/content/loader';
import type { Assessment } from '@/domain/assessment/model';
import { SAQ_IDS, type SaqId } from '@/domain/eligibility/saq-catalog';
import { planImport } from '@/domain/files/import-plan';
import { createAssessments, importAssessments } from '@/storage/assessment-store';
import { openBackup, saveBackup } from '@/storage/backup';
import { closeDatabase, DB_NAME } from '@/storage/db';
import { consultantMix, longSaqD, type SampleContent } from './sample-backups';

export interface BenchResult {
  ms: number;
  /** When the longest stretch ended, and when each phase of the work started, in ms from the start. */
  longestEndedAt: number;
  phases: Record<string, number>;
  /** The longest stretch a timer waited (at least the longest task), in ms. */
  longest: number;
  /** The longest main-thread task (the browser reports those of 50 ms or more; else 0). */
  longTask: number;
  bytes: number;
  count: number;
}

/** Watches the main thread: a timer that should fire every few milliseconds, and how late it got. */
function watchMainThread() {
  const start = performance.now();
  let last = start;
  let longest = 0;
  let endedAt = 0;
  let on = true;
  const phases: Record<string, number> = {};
  let longTask = 0;
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTask = Math.max(longTask, e.duration);
  });
  observer.observe({ type: 'longtask' });
  const beat = () => {
    const now = performance.now();
    if (now - last > longest) {
      longest = now - last;
      endedAt = now - start;
    }
    last = now;
    if (on) setTimeout(beat, 0);
  };
  setTimeout(beat, 0);
  return {
    phase(name: string) {
      phases[name] ??= Math.round(performance.now() - start);
    },
    stop() {
      on = false;
      observer.disconnect();
      return {
        longest: Math.round(longest),
        longestEndedAt: Math.round(endedAt),
        longTask: Math.round(longTask),
        phases,
      };
    },
  };
}

async function clearDatabase(): Promise<void> {
  await closeDatabase();
  await new Promise<void>((resolve, reject) => {
    const r = indexedDB.deleteDatabase(DB_NAME);
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error ?? new Error('IndexedDB request failed'));
  });
}

const contents = await loadSaqContents(SAQ_IDS);
const content: SampleContent = (saq: SaqId) => {
  const c = contents[saq];
  if (!c) throw new Error(`no content for ${saq}`);
  return { edition: c.edition, rows: c.groups.flatMap((g) => g.rows) };
};
const known = new Set(
  Object.values(contents).flatMap((c) => c.groups.flatMap((g) => g.rows.map((r) => r.id))),
);
let last: Blob | null = null;

async function seed(kind: 'mixed' | 'long-d'): Promise<number> {
  await clearDatabase();
  const list: Assessment[] = kind === 'mixed' ? consultantMix(content) : longSaqD(content);
  for (let i = 0; i < list.length; i += 50) await createAssessments(list.slice(i, i + 50));
  return list.length;
}

async function save(passphrase?: string): Promise<BenchResult> {
  const watch = watchMainThread();
  const t0 = performance.now();
  const backup = await saveBackup({
    scope: 'everything',
    contentVersion: 'bench',
    onProgress: (p) => watch.phase(p.phase),
    ...(passphrase ? { passphrase } : {}),
  });
  const ms = performance.now() - t0;
  last = backup.blob;
  return { ms, ...watch.stop(), bytes: backup.bytes, count: backup.count };
}

async function restore(passphrase?: string): Promise<BenchResult> {
  if (!last) throw new Error('save first');
  await clearDatabase();
  const watch = watchMainThread();
  const t0 = performance.now();
  const onProgress = (p: { phase: string }) => watch.phase(p.phase);
  const opened = await openBackup(last, () => known, { onProgress });
  const file =
    opened.kind === 'file' ? opened.file : await opened.open(passphrase ?? '', { onProgress });
  watch.phase('importing');
  const { items } = planImport(file.assessments, [], {
    newId: () => crypto.randomUUID(),
    copyName: (a) => `${a.organisation} (copy)`,
  });
  const outcomes = await importAssessments(items, new Date());
  const ms = performance.now() - t0;
  return { ms, ...watch.stop(), bytes: last.size, count: outcomes.length };
}

Object.assign(window, { opensaqBench: { seed, save, restore } });
document.body.dataset.ready = 'true';
