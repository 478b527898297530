import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expectSaved, row, startAssessment } from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';
import { pdfPages } from './pdf-text';

async function saveFile(
  page: Page,
  opts: { what?: string; passphrase?: string } = {},
): Promise<string> {
  await page.goto('/files');
  if (opts.what) await page.getByLabel(opts.what, { exact: true }).check();
  if (opts.passphrase) {
    await page.getByLabel('Protect the file with a passphrase').check();
    await page.getByLabel('Passphrase (at least 8 characters)').fill(opts.passphrase);
    await page.getByLabel('Type the passphrase again').fill(opts.passphrase);
  }
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the file' }).click();
  return (await (await download).path()) as string;
}

async function openFile(page: Page, path: string): Promise<void> {
  await page.goto('/files');
  await page.getByLabel('Choose an .opensaq.json file').setInputFiles(path);
}

async function wipeStorage(page: Page): Promise<void> {
  await page.goto('/glossary');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const r = indexedDB.deleteDatabase('opensaq');
        r.onsuccess = () => resolve();
        r.onerror = () => reject(r.error);
        r.onblocked = () => resolve();
      }),
  );
}

test.describe('files and data safety', () => {
  test('save everything, wipe the browser, open the file: everything is back', async ({ page }) => {
    await startAssessment(page, 'Backup Trust');
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await row(page, '12.8.1').getByRole('radio', { name: 'Not in Place' }).check();
    await row(page, '12.8.1')
      .getByLabel('Notes for 12.8.1: who checked, where the evidence is')
      .fill('Sam keeps the list');
    await expectSaved(page);
    const file = await saveFile(page);
    expect(readFileSync(file, 'utf8')).toContain('"format": "opensaq"');
    await expectAccessible(page, 'the files page');
    await wipeStorage(page);
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Backup Trust' })).toHaveCount(0);
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your saved work is no longer in this browser' }),
    ).toBeVisible();

    await openFile(page, file);
    await expect(page.getByText(/Assessments in it: 1\./)).toBeVisible();
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByText('Added Backup Trust (SAQ A).')).toBeVisible();
    await page.goto('/');
    await page.getByRole('link', { name: 'Backup Trust' }).click();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await expect(row(page, '12.8.1').getByRole('radio', { name: 'Not in Place' })).toBeChecked();
    await expect(
      row(page, '12.8.1').getByLabel('Notes for 12.8.1: who checked, where the evidence is'),
    ).toHaveValue('Sam keeps the list');
  });

  test("a volunteer's answers merge in, with the one conflict shown and decided", async ({
    page,
  }) => {
    await startAssessment(page, 'Merge Society');
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
    await expectSaved(page);
    const exported = await saveFile(page, { what: 'One assessment' });
    // The volunteer answers 12.8.2 and changes 12.8.1.
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    // Changed just now, so the file's answer is the newer one. (A row dated far in the future would
    // not count as newer: the user chooses; see src/domain/files/merge.test.ts.)
    data.assessments[0].rows['12.8.1'] = {
      response: 'not-in-place',
      notes: 'No list yet',
      updatedAt: new Date().toISOString(),
    };
    data.assessments[0].rows['12.8.2'] = {
      response: 'in-place',
      notes: 'Clause 7 of the contract',
      updatedAt: '2099-01-01T00:00:00.000Z',
    };
    const volunteer = join(tmpdir(), `volunteer-${Date.now()}.opensaq.json`);
    writeFileSync(volunteer, JSON.stringify(data));
    await openFile(page, volunteer);
    // What the file brings in, part by part, then each difference to decide.
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Answers: 1 new, 1 different, 0 the same.' }),
    ).toBeVisible();
    const conflict = page.getByRole('group', {
      name: /^12\.8\.1: ours "In Place" or the file's "Not in Place, No list yet"/,
    });
    await expect(conflict).toContainText("The file's is newer.");
    await expect(conflict.getByLabel("Take the file's")).toBeChecked();
    await conflict.getByLabel('Keep ours').check();
    await expectAccessible(page, 'the merge review');
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByText("Merged the file's answers into Merge Society.")).toBeVisible();
    await page.goto('/');
    await page.getByRole('link', { name: 'Merge Society' }).click();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await expect(
      row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }),
    ).toBeChecked();
    await expect(
      row(page, '12.8.2').getByLabel('Notes for 12.8.2: who checked, where the evidence is'),
    ).toHaveValue('Clause 7 of the contract');
  });

  test('a protected file: a wrong passphrase says so and changes nothing; the right one opens it', async ({
    page,
  }) => {
    await startAssessment(page, 'Secret Choir');
    const file = await saveFile(page, { passphrase: 'violet harbour lantern' });
    expect(readFileSync(file, 'utf8')).not.toContain('Secret Choir');
    await wipeStorage(page);
    await openFile(page, file);
    await page.getByLabel('Passphrase', { exact: true }).fill('wrong passphrase');
    await page.getByRole('button', { name: 'Open the file' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'That passphrase does not open this file',
    );
    await page.getByLabel('Passphrase', { exact: true }).fill('violet harbour lantern');
    await page.getByRole('button', { name: 'Open the file' }).click();
    await page.getByRole('button', { name: 'Import' }).click();
    await expect(page.getByText('Added Secret Choir (SAQ A).')).toBeVisible();
  });

  test('bad files get a clear message and leave existing data untouched', async ({ page }) => {
    await startAssessment(page, 'Untouched Trust');
    const cases: [string, RegExp][] = [
      ['{"format":"opensaq","version":1,"assessments":[', /incomplete or damaged/],
      ['{"format":"something-else","version":1}', /not an OpenSAQ file/],
      ['{"format":"opensaq","version":7}', /newer version of OpenSAQ/],
      [
        '{"format":"opensaq","version":1,"appVersion":"x","contentVersion":"x","exportedAt":"x","scope":"everything","assessments":[{"__proto__":{"x":1}}]}',
        /key named "__proto__"/,
      ],
    ];
    for (const [text, message] of cases) {
      const path = join(tmpdir(), `bad-${Date.now()}.opensaq.json`);
      writeFileSync(path, text);
      await openFile(page, path);
      await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
        message,
      );
    }
    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Untouched Trust' })).toBeVisible();
  });

  test('a hostile file is inert on screen and in the PDF', async ({ page }) => {
    await startAssessment(page, 'Template Org');
    const exported = await saveFile(page, { what: 'One assessment' });
    const data = JSON.parse(readFileSync(exported, 'utf8'));
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>Evil';
    data.assessments[0].id = 'hostile-1';
    data.assessments[0].organisation = hostile;
    data.assessments[0].rows = {
      '12.8.1': { response: 'in-place', notes: '<b onmouseover="window.__pwned=3">x</b>' },
    };
    const path = join(tmpdir(), `hostile-${Date.now()}.opensaq.json`);
    writeFileSync(path, JSON.stringify(data));
    await openFile(page, path);
    await page.getByRole('button', { name: 'Import' }).click();
    await page.goto('/');
    await expect(page.getByRole('link', { name: hostile })).toBeVisible();
    await page.getByRole('link', { name: hostile }).click();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the PDF record' }).click();
    const pdf = await pdfPages((await (await download).path()) as string);
    expect(pdf.pages.join(' ')).toContain('<script>window.__pwned=2</script>Evil');
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
  });

  test('two tabs on one assessment: the other tab shows the change at once, without a reload', async ({
    page,
    context,
  }) => {
    await startAssessment(page, 'Two Tabs Club');
    const url = page.url();
    const other = await context.newPage();
    await other.goto(url);
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('Two Tabs Club');
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
    await expectSaved(page);
    await expect(other.getByText('1 of 27 requirements answered.')).toBeVisible();
    // (More in nothing-lost.spec.ts: different rows, the same row, merges, deletions.)
  });

  test('when the browser refuses storage, the app says so and keeps working', async ({ page }) => {
    await page.addInitScript(() => {
      IDBFactory.prototype.open = function open() {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    });
    await page.goto('/interview/role');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Your answers cannot be saved in this browser' }),
    ).toBeVisible();
    await page.getByLabel('We take card payments for ourselves').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Which payment processors or donation tools do you use?',
    );
    // Assessments too are kept in this tab, said plainly, and can be saved to a file.
    await page.goto('/assessments/new?saq=A&channels=ecommerce');
    await page.getByLabel('Organisation name').fill('Private Window Trust');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(
      page
        .getByRole('alert')
        .filter({ hasText: 'This browser does not let OpenSAQ save anything' }),
    ).toBeVisible();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
    await expect(page.getByText('your changes are kept only in this tab')).toBeVisible();
    await page.getByRole('link', { name: 'save a copy to a file' }).first().click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the file' }).click();
    const saved = JSON.parse(readFileSync((await (await download).path()) as string, 'utf8'));
    expect(saved.assessments[0].rows['12.8.1'].response).toBe('in-place');
  });
});
