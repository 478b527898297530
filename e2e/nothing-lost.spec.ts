// Nothing lost, ever (issue 20): two tabs on one assessment, a merge in another tab, storage full,
// site data cleared, a deploy under an open tab, updates offered across tabs, a consultant's large
// backup, ids that are not UUIDs, the limits where text is typed.
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  appendFileSync,
} from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { preview, type PreviewServer } from 'vite';
import { startAssessment } from './assessment-page';
import { expect, test } from './fixtures';

const E2E_PORT = Number(process.env.E2E_PORT ?? 4174);

/** A requirement row on a group page: the region its heading names. */
const rowOf = (page: Page, id: string) =>
  page.getByRole('region', { name: new RegExp(`^${id.replace(/\./g, '\\.')} `) });
const notesOf = (page: Page, id: string) =>
  rowOf(page, id).getByLabel(`Notes for ${id}: who checked, where the evidence is`);
const saved = (page: Page) =>
  page.getByRole('status').filter({ hasText: 'All changes saved in this browser' });
const notSaved = (page: Page, text: string) =>
  page.getByRole('status').filter({ hasText: `Not saved. ${text}` });

/** Opens requirement 12 of the open assessment. */
async function openRequirement12(page: Page) {
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await expect(notesOf(page, '12.8.1')).toBeVisible();
}

/** A second tab on the same page. */
async function secondTab(context: BrowserContext, page: Page): Promise<Page> {
  const other = await context.newPage();
  await other.goto(page.url());
  await expect(notesOf(other, '12.8.1')).toBeVisible();
  return other;
}

/** Saves everything (or one assessment) to a file from the Files page; returns the file's text. */
async function saveToFile(page: Page, what?: string): Promise<string> {
  if (what) await page.getByLabel(what, { exact: true }).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the file' }).click();
  return readFileSync(await (await download).path(), 'utf8');
}

test.describe('two tabs on one assessment', () => {
  test('answering different rows at the same time: both keep their answers, and each shows the other’s', async ({
    page,
    context,
  }) => {
    await startAssessment(page, 'Twin Tabs Trust');
    await openRequirement12(page);
    const other = await secondTab(context, page);
    // Both typed before either saves (the autosave waits for a pause).
    await notesOf(page, '12.8.1').fill('Sam keeps the list (tab one)');
    await notesOf(other, '12.8.2').fill('Clause 7 of the contract (tab two)');
    await expect(saved(page)).toBeVisible();
    await expect(saved(other)).toBeVisible();
    await expect(notesOf(page, '12.8.2')).toHaveValue('Clause 7 of the contract (tab two)');
    await expect(notesOf(other, '12.8.1')).toHaveValue('Sam keeps the list (tab one)');
    await page.reload();
    await expect(notesOf(page, '12.8.1')).toHaveValue('Sam keeps the list (tab one)');
    await expect(notesOf(page, '12.8.2')).toHaveValue('Clause 7 of the contract (tab two)');
  });

  test('the same row in two tabs: the later answer wins, and the other tab shows it at once', async ({
    page,
    context,
  }) => {
    await startAssessment(page, 'Same Row Society');
    await openRequirement12(page);
    const other = await secondTab(context, page);
    await rowOf(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
    await expect(saved(page)).toBeVisible();
    await expect(
      rowOf(other, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }),
    ).toBeChecked();
    await rowOf(other, '12.8.1').getByRole('radio', { name: 'Not in Place' }).check();
    await notesOf(other, '12.8.1').fill('No list yet');
    await expect(saved(other)).toBeVisible();
    await expect(rowOf(page, '12.8.1').getByRole('radio', { name: 'Not in Place' })).toBeChecked();
    await expect(notesOf(page, '12.8.1')).toHaveValue('No list yet');
    // Typing on in the first tab carries on from what the other stored.
    await notesOf(page, '12.8.1').fill('No list yet: Sam starts one in March');
    await expect(saved(page)).toBeVisible();
    await expect(notesOf(other, '12.8.1')).toHaveValue('No list yet: Sam starts one in March');
    await expect(rowOf(other, '12.8.1').getByRole('radio', { name: 'Not in Place' })).toBeChecked();
  });

  test('a merge in one tab shows in the other at once, and the next keystroke there keeps it', async ({
    page,
    context,
  }) => {
    await startAssessment(page, 'Merge Tabs Club');
    await openRequirement12(page);
    const files = await context.newPage();
    await files.goto('/files');
    const data = JSON.parse(await saveToFile(files, 'One assessment'));
    data.assessments[0].rows['12.8.2'] = {
      response: 'in-place',
      notes: 'Checked by the volunteer',
      updatedAt: new Date().toISOString(),
    };
    const path = join(tmpdir(), `merge-tabs-${Date.now()}.opensaq.json`);
    writeFileSync(path, JSON.stringify(data));
    await files.getByLabel('Choose an .opensaq.json file').setInputFiles(path);
    await expect(
      files.getByRole('listitem').filter({ hasText: 'Answers: 1 new, 0 different' }),
    ).toBeVisible();
    await files.getByRole('button', { name: 'Import' }).click();
    await expect(files.getByText("Merged the file's answers into Merge Tabs Club.")).toBeVisible();

    await expect(notesOf(page, '12.8.2')).toHaveValue('Checked by the volunteer');
    await notesOf(page, '12.8.1').fill('Typed after the merge');
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(notesOf(page, '12.8.2')).toHaveValue('Checked by the volunteer');
    await expect(notesOf(page, '12.8.1')).toHaveValue('Typed after the merge');
  });
});

/**
 * Text that does not compress (the browser may compress what it stores): letters from a small
 * deterministic generator.
 */
function incompressible(length: number): string {
  let seed = 20;
  let out = '';
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += String.fromCharCode(97 + (seed % 26));
  }
  return out;
}

test.describe('when storage fails', () => {
  // Chromium checks a write against the quota only when the space it last saw free has run low (it
  // caches it for up to 30 s), so the quota is set before anything is stored: room for a new
  // assessment, not for a long note.
  const ROOM = 8 * 1024;

  test('storage full: the typed text stays, a file saved meanwhile holds it, and “Try again” stores it once there is room', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    const cdp = await page.context().newCDPSession(page);
    // The start page opens the (empty) database; then the quota leaves little room beyond it.
    await page.goto('/');
    await expect(page.getByText(/Nothing is saved here yet/)).toBeVisible();
    const { usage } = await cdp.send('Storage.getUsageAndQuota', { origin });
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + ROOM });
    await startAssessment(page, 'Full Disk Trust');
    await openRequirement12(page);
    const typed = incompressible(20_000);
    await notesOf(page, '12.8.1').fill(typed);
    await expect(notSaved(page, 'This browser has run out of space for OpenSAQ')).toBeVisible();

    await page.getByRole('link', { name: 'save a copy to a file' }).click();
    const file = JSON.parse(await saveToFile(page));
    expect(file.assessments[0].rows['12.8.1'].notes).toBe(typed);
    await expect(page.getByText('For 1 of them the file holds what is on screen')).toBeVisible();

    // Back on the assessment, the typed text is still there, still not stored.
    await page.goBack();
    await expect(notesOf(page, '12.8.1')).toHaveValue(typed);
    await expect(notSaved(page, 'This browser has run out of space for OpenSAQ')).toBeVisible();
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(notesOf(page, '12.8.1')).toHaveValue(typed);
  });

  test('site data cleared while open: noticed and said; what is on screen is saved to a file, and kept again once storage is back', async ({
    page,
    baseURL,
  }) => {
    const origin = new URL(baseURL ?? '').origin;
    await startAssessment(page, 'Cleared Data Trust');
    await openRequirement12(page);
    await notesOf(page, '12.8.1').fill('Typed before the clearing');
    await expect(saved(page)).toBeVisible();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
    // And the disk is full now: storage is not back yet.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });

    const banner = page
      .getByRole('alert')
      .filter({ hasText: "OpenSAQ's saved work in this browser was deleted." });
    await expect(banner).toBeVisible();
    await expect(banner).not.toContainText('safe');
    await expect(
      notSaved(page, 'This assessment is no longer stored in this browser'),
    ).toBeVisible();
    await notesOf(page, '12.8.2').fill('Typed after the clearing');

    await banner.getByRole('link', { name: 'Save a copy to a file' }).click();
    const file = JSON.parse(await saveToFile(page));
    expect(file.assessments).toHaveLength(1);
    expect(file.assessments[0].rows['12.8.1'].notes).toBe('Typed before the clearing');
    expect(file.assessments[0].rows['12.8.2'].notes).toBe('Typed after the clearing');

    // Keeping it fails while there is no room, and says why; once there is, "Try again" works.
    await page.goBack();
    await expect(notesOf(page, '12.8.2')).toHaveValue('Typed after the clearing');
    await page.getByRole('button', { name: 'Keep it in this browser' }).click();
    await expect(notSaved(page, 'This browser has run out of space for OpenSAQ')).toBeVisible();
    await cdp.send('Storage.overrideQuotaForOrigin', { origin });
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(notesOf(page, '12.8.1')).toHaveValue('Typed before the clearing');
    await expect(notesOf(page, '12.8.2')).toHaveValue('Typed after the clearing');
  });
});

/** Every file under `dir`. */
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * A new build deployed over `dir`: every file under assets/ gets a new name, and every reference to
 * it (index.html, the chunks' imports, the service worker's list) follows. The old names are gone.
 */
function deployRenamedBuild(dir: string): void {
  const assets = join(dir, 'assets');
  const names = readdirSync(assets).sort((a, b) => b.length - a.length);
  const renamed = new Map(names.map((n) => [n, n.replace(/(\.[a-z0-9]+)$/, '-next$1')]));
  for (const [from, to] of renamed) renameSync(join(assets, from), join(assets, to));
  for (const path of walk(dir)) {
    if (!/\.(?:html|js|mjs|css|json|webmanifest)$/.test(path)) continue;
    let text = readFileSync(path, 'utf8');
    for (const [from, to] of renamed) text = text.split(from).join(to);
    writeFileSync(path, text);
  }
}

const serve = (port: number, outDir: string) =>
  preview({ build: { outDir }, preview: { port, strictPort: true }, logLevel: 'silent' });

test.describe('a deploy under a tab that no service worker controls', () => {
  const PORT = E2E_PORT + 1000;
  let server: PreviewServer | undefined;
  let dir = '';
  test.use({ baseURL: `http://localhost:${PORT}` });
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'opensaq-deploy-'));
    cpSync('dist', dir, { recursive: true });
    server = await serve(PORT, dir);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the next page reloads once onto the new version: no error page, and what was just typed is kept', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    let loads = 0;
    page.on('load', () => (loads += 1));
    await startAssessment(page, 'Deploy Day Trust');
    await openRequirement12(page);
    const here = page.url();
    expect(loads).toBe(1);

    await server?.close();
    deployRenamedBuild(dir);
    server = await serve(PORT, dir);

    // Typed and straight on to a page whose code is not loaded yet (and is gone from the server).
    await notesOf(page, '12.8.1').fill('Typed just before the deploy');
    await page.getByRole('link', { name: 'Files and backups' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Save and open files');
    await expect(page.getByText('Sorry, something went wrong')).toHaveCount(0);
    expect(loads).toBe(2);

    await page.goto(here);
    await expect(notesOf(page, '12.8.1')).toHaveValue('Typed just before the deploy');
  });
});

test.describe('updates across tabs', () => {
  const PORT = E2E_PORT + 2000;
  let server: PreviewServer | undefined;
  let dir = '';
  test.use({ baseURL: `http://localhost:${PORT}`, serviceWorkers: 'allow' });
  test.beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'opensaq-updates-'));
    cpSync('dist', dir, { recursive: true });
    server = await serve(PORT, dir);
  });
  test.afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Opens the start page under the service worker's control. */
  async function controlled(page: Page) {
    await page.goto('/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await page.reload();
    await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller)).toBe(true);
    await page.evaluate(() => {
      (window as Window & { stillHere?: boolean }).stillHere = true;
    });
  }
  const stillHere = (page: Page) =>
    page.evaluate(() => (window as Window & { stillHere?: boolean }).stillHere === true);
  const offer = (page: Page) =>
    page.getByRole('status').filter({ hasText: 'A new version of OpenSAQ is ready' });

  test('every tab is offered the new version, one opened later too; switching in one never reloads the others', async ({
    context,
  }) => {
    test.setTimeout(120_000);
    const [first, second] = [await context.newPage(), await context.newPage()];
    await controlled(first);
    await controlled(second);

    await server?.close();
    appendFileSync(join(dir, 'sw.js'), '\n// the next version\n');
    server = await serve(PORT, dir);
    await first.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())?.update();
    });
    await expect(offer(first)).toBeVisible();
    await expect(offer(second)).toBeVisible();
    // A tab opened while the new version waits is offered it too.
    const third = await context.newPage();
    await third.goto('/glossary');
    await expect(offer(third)).toBeVisible();
    await third.evaluate(() => {
      (window as Window & { stillHere?: boolean }).stillHere = true;
    });

    const reloaded = first.waitForEvent('load');
    await offer(first).getByRole('button', { name: 'Use the new version' }).click();
    await reloaded;
    expect(await stillHere(first)).toBe(false);
    // The others are told, and reload when they choose.
    for (const other of [second, third]) {
      await expect(
        other.getByRole('status').filter({ hasText: 'OpenSAQ was updated in another tab' }),
      ).toBeVisible();
      expect(await stillHere(other)).toBe(true);
      await expect(offer(other)).toBeHidden();
    }
  });
});

test('a backup of 200 long SAQ D assessments opens with its progress shown, and restores', async ({
  page,
}) => {
  test.setTimeout(240_000);
  // Built with the benchmark's own sample (src/bench/sample-backups.ts), under tsx.
  const path = join(tmpdir(), `long-saq-d-${Date.now()}.opensaq.json`);
  execFileSync('npx', ['tsx', 'scripts/write-sample-backup.ts', 'long-d', '200', path]);
  try {
    await page.goto('/files');
    await page.getByLabel('Choose an .opensaq.json file').setInputFiles(path);
    await expect(
      page.getByRole('progressbar', { name: 'Progress of the file being opened' }),
    ).toBeVisible();
    await expect(
      page.getByText(/^(Reading the file|Checking each assessment): \d+%\.$/),
    ).toBeVisible();
    await expect(page.getByText(/Assessments in it: 200\./)).toBeVisible({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Import' }).click();
    const finished = page.getByRole('status').filter({ hasText: 'Import finished.' });
    await expect(finished).toBeVisible({ timeout: 60_000 });
    await expect(finished.getByRole('listitem')).toHaveCount(200);
    await expect(finished).toContainText('Added Thorough Trust 199 (SAQ D for Merchants).');
    await page.goto('/');
    await expect(
      page.getByRole('link', { name: 'SAQ D for Merchants for Thorough Trust 199', exact: true }),
    ).toBeVisible();
  } finally {
    rmSync(path, { force: true });
  }
});

test('ids that are not plain (a/b, x?y, ..) each open their own assessment, and save', async ({
  page,
}) => {
  await startAssessment(page, 'Template Trust');
  await page.getByRole('link', { name: 'Files and backups' }).click();
  const file = JSON.parse(await saveToFile(page, 'One assessment'));
  const [template] = file.assessments;
  const odd = [
    ['a/b', 'Slash Society'],
    ['x?y', 'Question Club'],
    ['..', 'Dot Dot Trust'],
  ] as const;
  file.assessments = odd.map(([id, organisation]) => ({ ...template, id, organisation }));
  const path = join(tmpdir(), `odd-ids-${Date.now()}.opensaq.json`);
  writeFileSync(path, JSON.stringify(file));
  await page.getByLabel('Choose an .opensaq.json file').setInputFiles(path);
  await page.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByText('Added Dot Dot Trust (SAQ A).')).toBeVisible();

  for (const [, organisation] of odd) {
    await page.goto('/');
    await page.getByRole('link', { name: `SAQ A for ${organisation}`, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(organisation);
    expect(new URL(page.url()).pathname).toMatch(/^\/assessments\/[A-Za-z0-9_~-]+$/);
    await openRequirement12(page);
    await notesOf(page, '12.8.1').fill(`Notes of ${organisation}`);
    await expect(saved(page)).toBeVisible();
    await page.reload();
    await expect(notesOf(page, '12.8.1')).toHaveValue(`Notes of ${organisation}`);
  }
  // Each kept its own notes: none wrote over another.
  await page.goto('/files');
  const everything = JSON.parse(await saveToFile(page)).assessments as {
    id: string;
    rows: Record<string, { notes?: string }>;
  }[];
  for (const [id, organisation] of odd)
    expect(everything.find((a) => a.id === id)?.rows['12.8.1']?.notes).toBe(
      `Notes of ${organisation}`,
    );
});

test('text stops at its limit and shows a count near it; a 5,000-character word wraps on the report', async ({
  page,
}) => {
  await startAssessment(page, 'Long Notes Trust');
  await openRequirement12(page);
  const notes = notesOf(page, '12.8.1');
  await notes.fill('a'.repeat(17_999));
  await expect(rowOf(page, '12.8.1').getByText('of 20,000 characters')).toHaveCount(0);
  await notes.fill('a'.repeat(18_000));
  await expect(rowOf(page, '12.8.1').getByText('18,000 of 20,000 characters.')).toBeVisible();
  await notes.fill('b'.repeat(20_050));
  await expect(notes).toHaveValue('b'.repeat(20_000));
  await expect(rowOf(page, '12.8.1').getByText('20,000 of 20,000 characters.')).toBeVisible();
  const word = 'x'.repeat(5_000);
  await notes.fill(word);
  await expect(saved(page)).toBeVisible();

  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  await expect(page.getByText(word)).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('workshop view keeps client names out of page titles', async ({ page }) => {
  await startAssessment(page, 'Private Client Trust');
  await expect(page).toHaveTitle(/Private Client Trust/);
  await page.getByLabel('Show only Private Client Trust on this computer').check();
  await expect(page).not.toHaveTitle(/Private Client Trust/);
  await expect(page).toHaveTitle(/Assessment in use/);
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page).not.toHaveTitle(/Private Client Trust/);
});
