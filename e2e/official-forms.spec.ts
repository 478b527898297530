import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Download, Locator, Page } from '@playwright/test';
import { readFieldMap } from '../src/domain/official-forms/content.node';
import { mapFields, type FieldMap } from '../src/domain/official-forms/field-map';
import { listFormFields } from '../src/domain/official-forms/fields';
import { buildSyntheticForm } from '../src/domain/official-forms/synthetic-docx';
import { readEntry, readZip } from '../src/domain/official-forms/zip';
import {
  answerAllRows,
  expectSaved,
  fillSection1,
  fillSection3,
  startAssessment,
} from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';

const SAQ_A = 'saq-a-v4.0.1-r1-en';
const AOC_A = 'aoc-a-v4.0.1-r1-en';
const AOC_D = 'aoc-d-merchant-v4.0.1-en';

/** Synthetic copies of the Council's files, written under the Council's own file names. */
const dir = mkdtempSync(join(tmpdir(), 'opensaq-official-forms-'));
function formFile(id: string, name: string): string {
  const path = join(dir, name);
  writeFileSync(path, buildSyntheticForm(readFieldMap(id)));
  return path;
}

/** A Word file with form fields in an order no edition has. */
function unknownForm(name: string): string {
  const map: FieldMap = {
    id: 'not-an-edition',
    parts: [
      {
        part: '1a',
        fields: [
          { to: 'none', kind: 'text', name: 'Name' },
          { to: 'none', kind: 'checkbox', name: 'Agree' },
        ],
      },
    ],
  };
  const path = join(dir, name);
  writeFileSync(path, buildSyntheticForm(map));
  return path;
}

/** A field of a filled form: its text, tick, and the text it had before filling (its default). */
interface Field {
  text: string;
  checked?: boolean;
  unfilled: string;
}

/**
 * What a filled form says, by the field map's target names (a target may hold several fields):
 * its document.xml read with the engine's own ZIP and field readers, the page not involved.
 */
function readFilled(path: string, id: string): Map<string, Field[]> {
  const zip = readZip(new Uint8Array(readFileSync(path)));
  const entry = zip.entries.find((e) => e.name === 'word/document.xml');
  expect(entry).toBeDefined();
  const fields = listFormFields(new TextDecoder().decode(readEntry(zip, entry!)));
  const map = mapFields(readFieldMap(id));
  expect(fields.length).toBe(map.length);
  const byTarget = new Map<string, Field[]>();
  fields.forEach((f, i) => {
    const to = map[i]!.to;
    const value = {
      text: f.result,
      unfilled: map[i]!.default ?? '',
      ...(f.checked === undefined ? {} : { checked: f.checked }),
    };
    byTarget.set(to, [...(byTarget.get(to) ?? []), value]);
  });
  return byTarget;
}

const text = (form: ReturnType<typeof readFilled>, to: string) => form.get(to)?.[0]?.text;
const ticked = (form: ReturnType<typeof readFilled>, to: string) => form.get(to)?.[0]?.checked;

/** Answers every requirement group of the open assessment through its pages. */
async function answerEveryGroup(page: Page): Promise<void> {
  const groups = page.getByRole('link', { name: /^(Requirement \d+|Appendix A2):/ });
  await expect(groups.first()).toBeVisible();
  const count = await groups.count();
  for (let n = 0; n < count; n++) {
    await groups.nth(n).click();
    await answerAllRows(page);
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  }
}

/**
 * From Section 3 (where fillSection3 leaves the page): the date of signing, then Part 2b's
 * description and Part 2d's location in Section 1, which the shared helpers do not fill; back on
 * the task list at the end.
 */
async function fillWhatTheHelpersLeave(page: Page): Promise<void> {
  const now = new Date();
  const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()]
    .map((n) => String(n).padStart(2, '0'))
    .join('-');
  await page.getByLabel('Date of signing, if known').fill(today);
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  await page.getByRole('link', { name: 'Section 1: Assessment information' }).click();
  await page
    .getByLabel(/how card details are taken and where they go/)
    .fill('Donors are sent to the provider’s own payment page; we never see card numbers.');
  await page.getByLabel('Type of place').fill('Head office');
  await page.getByLabel('How many of this type').fill('1');
  await page.getByLabel('Town or city, and country').fill('Whitby, United Kingdom');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
}

/** Presses Tab until the control has the focus (a bounded number of times). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let n = 0; n < 20; n++) {
    if (await target.evaluate((el) => el === document.activeElement)) break;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** Drops files on an element as a drag from the file manager would. */
async function dropFiles(page: Page, target: Locator, paths: string[]): Promise<void> {
  const files = paths.map((p) => ({
    name: p.split('/').pop() ?? p,
    base64: readFileSync(p).toString('base64'),
  }));
  const dataTransfer = await page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list)
      transfer.items.add(
        new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name),
      );
    return transfer;
  }, files);
  await target.dispatchEvent('drop', { dataTransfer });
}

/** Clicks a download link and returns the saved file's path and name. */
async function save(page: Page, link: Locator): Promise<{ path: string; name: string }> {
  const download: Promise<Download> = page.waitForEvent('download');
  await link.click();
  const file = await download;
  return { path: (await file.path()) as string, name: file.suggestedFilename() };
}

const picked = (page: Page, name: string) =>
  page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });

test.describe('the official SAQ and AOC, filled from the assessment', () => {
  test('SAQ A from start to complete, then both forms filled, downloaded and read back field by field', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const organisation = 'Friends of the Lighthouse';
    await startAssessment(page, organisation, 'saq=A&channels=ecommerce');
    await answerEveryGroup(page);
    await fillSection1(page);
    await fillSection3(page);
    await fillWhatTheHelpersLeave(page);
    await page.getByRole('link', { name: 'Review and complete' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /missing/ })).toHaveText(
      'Nothing is missing',
    );
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expect(page.getByText(/Marked complete on/)).toBeVisible();
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();

    await page
      .getByRole('link', { name: "Fill in the Council's official SAQ and AOC Word forms" })
      .click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fill in the official forms');
    // Where to get the two forms, named as the Council names them, and that nothing is uploaded.
    await expect(
      page.getByText('SAQ A, PCI DSS v4.0.1 r1 (the file is called PCIDSSv4_0_1SAQAr1.docx)'),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Attestation of Compliance (AOC) for SAQ A, PCI DSS v4.0.1 r1 (the file is called PCIDSSv401AOCforSAQAr1.docx)',
      ),
    ).toBeVisible();
    await expect(page.getByText(/OpenSAQ never uploads these files/)).toBeVisible();
    await expect(
      page.getByText(/marked complete, so the filled forms will be ready/),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Your forms will be drafts' })).toHaveCount(0);
    await expectAccessible(page, 'the official forms page');

    // The SAQ is dropped on the box; the AOC is chosen with the keyboard.
    const input = page.getByLabel('Choose the Word files');
    await dropFiles(page, input, [formFile(SAQ_A, 'PCIDSSv4_0_1SAQAr1.docx')]);
    await expect(picked(page, 'PCIDSSv4_0_1SAQAr1.docx')).toContainText(
      'This is the SAQ A, PCI DSS v4.0.1 r1.',
    );
    await expect(
      page.getByText('Still to add: the Attestation of Compliance (AOC) for SAQ A'),
    ).toBeVisible();
    await tabTo(page, input);
    const chooser = page.waitForEvent('filechooser');
    await page.keyboard.press('Space');
    await (await chooser).setFiles(formFile(AOC_A, 'PCIDSSv401AOCforSAQAr1.docx'));
    await expect(picked(page, 'PCIDSSv401AOCforSAQAr1.docx')).toContainText(
      'This is the Attestation of Compliance (AOC) for SAQ A, PCI DSS v4.0.1 r1.',
    );
    await expect(page.getByText(/Still to add/)).toHaveCount(0);

    await page.getByRole('button', { name: 'Fill in the forms' }).click();
    const results = page.getByRole('heading', { level: 2, name: 'Your filled forms' });
    await expect(results).toBeFocused();
    await expect(
      page.getByText('Ready for you to check, sign and send.', { exact: true }),
    ).toHaveCount(2);
    await expect(page.getByText(/DRAFT/)).toHaveCount(0);
    // What was left empty, by official part, with a reason: the signature first of all.
    const saqSection = page.getByRole('region', { name: 'SAQ A, PCI DSS v4.0.1 r1', exact: true });
    await expect(
      saqSection.getByRole('heading', { level: 5, name: 'Part 3b, signature' }),
    ).toBeVisible();
    await expect(
      saqSection.getByText(
        "Executive officer's signature and date: for a signature: sign and date it yourself.",
      ),
    ).toBeVisible();
    await expect(
      saqSection.getByRole('heading', { level: 5, name: 'Part 1a, your organisation' }),
    ).toBeVisible();
    await expect(
      saqSection.getByText('Name you trade under (DBA): no answer in OpenSAQ yet.'),
    ).toBeVisible();
    await expectAccessible(page, 'the official forms page with its results');

    const date = /_\d{4}-\d{2}-\d{2}\.docx$/;
    const saqFile = await save(
      page,
      page.getByRole('link', { name: /^Download PCIDSSv4_0_1SAQAr1_/ }),
    );
    const aocFile = await save(
      page,
      page.getByRole('link', { name: /^Download PCIDSSv401AOCforSAQAr1_/ }),
    );
    expect(saqFile.name).toMatch(/^PCIDSSv4_0_1SAQAr1_Friends-of-the-Lighthouse_/);
    expect(saqFile.name).toMatch(date);
    expect(aocFile.name).toMatch(/^PCIDSSv401AOCforSAQAr1_Friends-of-the-Lighthouse_/);
    expect(aocFile.name).toMatch(date);

    const saq = readFilled(saqFile.path, SAQ_A);
    const aoc = readFilled(aocFile.path, AOC_A);
    for (const form of [saq, aoc]) {
      expect(text(form, 'part1a.companyName')).toBe(organisation);
      expect(text(form, 'part1a.contactName')).toBe('Zoë Brontë');
      expect(text(form, 'part1a.contactEmail')).toBe('zoe@example.org');
      expect(ticked(form, 'part2a.channel.ecommerce')).toBe(true);
      expect(ticked(form, 'part2a.channel.moto')).toBe(false);
      expect(ticked(form, 'part3.status.compliant')).toBe(true);
      expect(ticked(form, 'part3.status.non-compliant')).toBe(false);
      expect(text(form, 'part3.status.compliant.company')).toBe(organisation);
      expect(ticked(form, 'part3a.completed-per-instructions')).toBe(true);
      expect(text(form, 'part3b.name')).toBe('Chidi Okafor');
      expect(text(form, 'part3b.title')).toBe('Chair of trustees');
      expect(text(form, 'section2.completionDate')).toMatch(/\d{4}/);
      // Signatures are the user's: every signature field is left as it was (empty, or its hint).
      const signatures = [...form.entries()].filter(([to]) => to.startsWith('signature.'));
      expect(signatures.length).toBeGreaterThan(0);
      for (const [, fields] of signatures)
        for (const f of fields) expect(f.text.trim()).toBe(f.unfilled.trim());
      expect([...form.values()].flat().some((f) => f.text.includes('DRAFT'))).toBe(false);
    }
    // Section 2 of the SAQ: each row's response box.
    expect(ticked(saq, 'row.2.2.2.response.in-place')).toBe(true);
    expect(ticked(saq, 'row.2.2.2.response.not-applicable')).toBe(false);
    expect(ticked(saq, 'row.12.8.4.response.in-place')).toBe(true);
  });

  test('a wrong SAQ’s form, an unknown Word file and a non-Word file get their messages; a failed fill keeps the files', async ({
    page,
    context,
  }) => {
    test.setTimeout(90_000);
    // On a phone-sized screen throughout (the end checks nothing scrolls sideways).
    await page.setViewportSize({ width: 320, height: 800 });
    await startAssessment(page, 'Harbour Choir', 'saq=A&channels=ecommerce');
    await page
      .getByRole('link', { name: "Fill in the Council's official SAQ and AOC Word forms" })
      .click();
    // A draft: the page says so before anything is filled.
    await expect(page.getByRole('heading', { name: 'Your forms will be drafts' })).toBeVisible();
    await expect(
      page.getByText(/ready to sign only once the assessment is complete/),
    ).toBeVisible();

    const notes = join(dir, 'notes.txt');
    writeFileSync(notes, 'Not a Word file.');
    await dropFiles(page, page.getByLabel('Choose the Word files'), [
      formFile(AOC_D, 'PCIDSSv401AOCforSAQDMerchant.docx'),
      unknownForm('our-own-form.docx'),
      notes,
    ]);
    await expect(picked(page, 'PCIDSSv401AOCforSAQDMerchant.docx')).toContainText(
      'This is the Attestation of Compliance (AOC) for SAQ D for Merchants, PCI DSS v4.0.1, but this assessment is for SAQ A. Use: SAQ A, PCI DSS v4.0.1 r1 (file PCIDSSv4_0_1SAQAr1.docx) or Attestation of Compliance (AOC) for SAQ A, PCI DSS v4.0.1 r1 (file PCIDSSv401AOCforSAQAr1.docx)',
    );
    await expect(picked(page, 'our-own-form.docx')).toContainText(
      'OpenSAQ does not recognise this document.',
    );
    await expect(picked(page, 'our-own-form.docx')).toContainText(
      'This assessment needs: SAQ A, PCI DSS v4.0.1 r1 (file PCIDSSv4_0_1SAQAr1.docx)',
    );
    await expect(picked(page, 'notes.txt')).toContainText(
      'This file is not a Word document (.docx), or it is damaged.',
    );
    await expectAccessible(page, 'the official forms page with unusable files');

    await page.getByRole('button', { name: 'Fill in the forms' }).click();
    await expect(page.getByRole('alert')).toContainText('Add at least one form for SAQ A first');
    await page.getByRole('button', { name: 'Remove notes.txt' }).click();
    await expect(page.getByText('notes.txt', { exact: true })).toHaveCount(0);

    // The AOC's field map cannot be loaded: the fill fails, says why, and keeps the files.
    await page
      .getByLabel('Choose the Word files')
      .setInputFiles(formFile(AOC_A, 'PCIDSSv401AOCforSAQAr1.docx'));
    await expect(picked(page, 'PCIDSSv401AOCforSAQAr1.docx')).toContainText('This is the');
    const mapChunk = /\/assets\/aoc-a-v4\.0\.1-r1-en-[\w-]+\.js$/;
    await context.route(mapChunk, (route) => route.abort());
    await page.getByRole('button', { name: 'Fill in the forms' }).click();
    await expect(page.getByRole('alert')).toContainText('OpenSAQ could not fill the forms');
    await expect(page.getByRole('alert')).toContainText('Your files are still here: try again.');
    await expect(picked(page, 'PCIDSSv401AOCforSAQAr1.docx')).toBeVisible();
    await expect(picked(page, 'PCIDSSv401AOCforSAQAr1.docx')).toContainText('This is the');

    await context.unroute(mapChunk);
    await page.getByRole('button', { name: 'Fill in the forms' }).click();
    await expect(page.getByRole('heading', { name: 'Your filled forms' })).toBeFocused();
    await expect(page.getByRole('alert')).not.toContainText('could not fill');
    await expect(page.getByText(/the form says DRAFT where the completion dates go/)).toBeVisible();
    await expect(
      page.getByText('Ready for you to check, sign and send.', { exact: true }),
    ).toHaveCount(0);
    const aocFile = await save(
      page,
      page.getByRole('link', { name: /^Download PCIDSSv401AOCforSAQAr1_Harbour-Choir_/ }),
    );
    const aoc = readFilled(aocFile.path, AOC_A);
    expect(text(aoc, 'part1a.companyName')).toBe('Harbour Choir');
    expect(text(aoc, 'section2.completionDate')).toBe(
      'DRAFT: assessment not finished, do not sign',
    );
    expect(ticked(aoc, 'part3.status.compliant')).toBe(false);
    expect(ticked(aoc, 'part3a.completed-per-instructions')).toBe(false);
    // The wrong and unknown files were not filled, and are still listed with their reasons.
    await expect(picked(page, 'our-own-form.docx')).toBeVisible();
    // Long file names wrap on a phone: nothing scrolls sideways at 320 px.
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      ),
    ).toBe(0);
  });
});
