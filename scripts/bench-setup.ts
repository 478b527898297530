// What `npm run bench` and `npm run bench:lighthouse` share: the build they measure, a preview server
// for it, and a way to put an assessment into the app's database.
import type { Page } from '@playwright/test';
import { execSync, spawn } from 'node:child_process';
import type { Assessment } from '../src/domain/assessment/model.ts';

/**
 * Builds what the benchmarks measure into dist-bench: the production build as shipped, then the
 * benchmark pages under /bench/ (never part of dist).
 */
export function buildForBench(): void {
  execSync('npx vite build --outDir dist-bench --emptyOutDir', { stdio: 'ignore' });
  execSync('npx vite build --mode bench', { stdio: 'ignore' });
}

/** Resolves once the address answers (or after 10 s, leaving the caller's first request to fail). */
export async function waitForUrl(url: string): Promise<void> {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Serves dist-bench on the port; returns the base URL and a stop function. */
export async function startPreview(port: number): Promise<{ base: string; stop: () => void }> {
  // In a process group of its own: killing npx alone would leave vite serving on the port, and the
  // next run (or an e2e run on the same port) would measure that old build.
  const server = spawn(
    'npx',
    ['vite', 'preview', '--outDir', 'dist-bench', '--strictPort', '--port', String(port)],
    { stdio: 'ignore', detached: true },
  );
  const base = `http://localhost:${port}`;
  await waitForUrl(base);
  return {
    base,
    stop: () => {
      try {
        if (server.pid) process.kill(-server.pid);
      } catch {
        // Already gone.
      }
    },
  };
}

/** Puts an assessment straight into the app's database (once the start page has opened it). */
export async function seedAssessment(page: Page, base: string, assessment: Assessment) {
  await page.goto(base);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.evaluate(async (a) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open('opensaq');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction('assessments', 'readwrite');
      tx.objectStore('assessments').put(a);
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, assessment);
}
