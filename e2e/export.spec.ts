import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  answerAllRows,
  answerAllRowsQuickly,
  expectSaved,
  fillSection1,
  fillSection3,
  groupLinks,
  markNotInPlace,
  row,
  startAssessment,
} from './assessment-page';

import { expect, expectAccessible, test } from './fixtures';
import { Interview } from './interview-page';
import { pdfPages } from './pdf-text';

/** Every row id of an SAQ, from the content the app is built with. */
function saqIds(file: string): string[] {
  const saq = JSON.parse(readFileSync(`content/saq/${file}.json`, 'utf8')) as {
    groups: { rows: { id: string }[] }[];
  };
  return saq.groups.flatMap((g) => g.rows.map((r) => r.id));
}

/** Every processor id of the catalog: none may ever show in an output. */
const PROCESSOR_IDS = (
  JSON.parse(readFileSync('content/processors/processors.json', 'utf8')) as {
    processors: { id: string }[];
  }
).processors.map((p) => p.id);

function expectEveryId(text: string, ids: string[]) {
  const missing = ids.filter(
    (id) => !new RegExp(`(^|\\s)${id.replace(/\./g, '\\.')}(\\s|$)`).test(text),
  );
  expect(missing).toEqual([]);
}

/** The headings are found in this order (each after the one before). */
function expectInOrder(text: string, headings: string[]) {
  let at = 0;
  const missing = headings.filter((h) => {
    const found = text.indexOf(h, at);
    if (found === -1) return true;
    at = found + h.length;
    return false;
  });
  expect(missing, 'headings missing or out of the official order').toEqual([]);
}

/** No internal ids or question jargon: processor ids, "(setup 1)", the model's part ids. */
function expectNoInternalIds(text: string) {
  expect(PROCESSOR_IDS.filter((id) => text.includes(id))).toEqual([]);
  expect(text).not.toMatch(/\(setup \d\)|setup \d:|in-place|not-applicable|req-\d|cardPresent/);
}

/** The official order: Section 1 to 2h, Section 2 with Appendices A to D, Section 3 to Part 4. */
function officialOrder(saq: string, title: string, requirements: string[]): string[] {
  return [
    'Section 1: Assessment information',
    'Part 1a: Assessed merchant',
    'Part 1b: Assessor',
    'Part 2a: Payment channels',
    'Part 2b: Description of role with payment cards',
    'Part 2c: Description of the payment card environment',
    'Part 2d: In-scope locations and facilities',
    'Part 2e:',
    'Part 2f: Third-party service providers',
    'Part 2g: Summary of assessment',
    `Part 2h: Eligibility to complete ${saq}`,
    `Section 2: ${title}`,
    'Self-assessment completion date',
    ...requirements.map((r) => `Requirement ${r}:`),
    'Appendix A: Additional PCI DSS requirements',
    'Appendix A1:',
    'Appendix A2:',
    'Appendix A3:',
    'Appendix B: Compensating controls worksheets',
    'Appendix C: Requirements noted as Not Applicable',
    'Appendix D: Requirements noted as Not Tested',
    'Section 3: Validation and attestation details',
    'Part 3: PCI DSS validation',
    'Part 3a: Merchant acknowledgement',
    'Part 3b: Merchant attestation',
    'Part 3c:',
    'Part 3d:',
    'Part 4: Action plan for non-compliant requirements',
    'Supplement: our working notes (not part of the official form)',
  ];
}

async function downloadPdf(
  page: Page,
): Promise<{ pages: string[]; title: string | undefined; name: string }> {
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download the PDF record' }).click();
  const file = await download;
  const text = await pdfPages(await file.path());
  return { ...text, name: file.suggestedFilename() };
}

/** The page as the browser prints it ("Print, Save as PDF"), read back page by page. */
async function printed(page: Page): Promise<string[]> {
  await page.emulateMedia({ media: 'print' });
  const bytes = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return (await pdfPages(bytes)).pages;
}

/** Each page that lacks one of the texts, named: an empty list when every page has them all. */
function pagesMissing(pages: string[], texts: (i: number) => string[]): string[] {
  return pages.flatMap((text, i) => {
    const missing = texts(i).filter((s) => !text.includes(s));
    return missing.length ? [`page ${i + 1} of ${pages.length}: ${missing.join(' | ')}`] : [];
  });
}

test.describe('export', () => {
  test('SAQ A from the interview, Vietnamese name: DRAFT on every page, the official order, no internal ids', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const organisation = 'Hội Bảo trợ Trẻ em Mồ côi – Quỹ Học bổng Nguyễn Thị Định';
    const i = new Interview(page);
    await i.start();
    await i.answer('We take card payments for ourselves');
    await i.pickProcessors(['paypal', 'PayPal - Website Payments Standard']);
    await i.answerGlobals();
    await i.seeResult();
    await expect(i.heading()).toHaveText('You need SAQ A');
    await page.getByRole('link', { name: 'Start SAQ A' }).click();
    await page.getByLabel('Organisation name').fill(organisation);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(i.heading()).toHaveText(organisation);
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await answerAllRows(page);
    await markNotInPlace(page, '12.8.4', {
      action: 'Collect every provider’s AOC',
      owner: 'Treasurer',
      date: '2027-04-30',
    });
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    const pdf = await downloadPdf(page);
    expect(pdf.name).toMatch(
      /^SAQ-A_Hoi-Bao-tro-Tre-em-Mo-coi-Quy-Hoc-bong-Nguyen-Thi-Dinh_\d{4}-\d{2}-\d{2}\.pdf$/,
    );
    const all = pdf.pages.join('\n');
    expect(pdf.pages.length).toBeGreaterThan(4);
    expect(pdf.pages.length).toBeLessThan(30);
    expect(all).toContain(organisation);
    expect(all).toContain('SAQ A, PCI DSS v4.0.1 Revision 1 (January 2025)');
    expect(all).toContain('Not finished: as it stands it would be Non-Compliant');
    expectInOrder(
      all,
      officialOrder('SAQ A', 'Self-Assessment Questionnaire A', [
        '2',
        '3',
        '6',
        '8',
        '9',
        '11',
        '12',
      ]),
    );
    expectEveryId(all, saqIds('a'));
    expect(all).toMatch(/12\.8\.4 Collect every provider’s AOC Treasurer 2027-04-30/);
    // Why SAQ A: the processor by its name, the questions in plain words.
    expect(all).toContain('PayPal Standard');
    expectNoInternalIds(all);
    expect(
      pagesMissing(pdf.pages, (n) => [
        'DRAFT',
        `Page ${n + 1} of ${pdf.pages.length}`,
        'not the official form',
      ]),
    ).toEqual([]);
    expect(pdf.title).toBe(`SAQ A completion record: ${organisation}`);
    await expectAccessible(page, 'the report page');
  });

  test('SAQ C-VT, Cyrillic name: the PDF and the printed report name it on every page, with DRAFT', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const organisation = 'Благотворительный фонд «Надежда» — Екатеринбург';
    await startAssessment(page, organisation, 'saq=C-VT&channels=moto');
    const pdf = await downloadPdf(page);
    const all = pdf.pages.join('\n');
    expect(all).toContain(organisation);
    expectInOrder(
      all,
      officialOrder('SAQ C-VT', 'Self-Assessment Questionnaire C-VT', [
        '1',
        '2',
        '3',
        '4',
        '5',
        '6',
        '7',
        '8',
        '9',
        '12',
      ]),
    );
    expectNoInternalIds(all);
    expect(
      pagesMissing(pdf.pages, (n) => [
        'DRAFT',
        `Page ${n + 1} of ${pdf.pages.length}`,
        organisation,
      ]),
    ).toEqual([]);
    // Nothing answered yet: never "No" where nothing was said.
    expect(all).toMatch(/Segmentation used to reduce scope Not answered yet/);

    // The on-screen report in the same order, and printed with a running header on every page.
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText(
      'Section 1: Assessment information',
    );
    const pages = await printed(page);
    expect(pages.length).toBeGreaterThan(3);
    expect(
      pagesMissing(pages, (n) => [
        organisation,
        'DRAFT',
        'not the official form',
        `Page ${n + 1} of ${pages.length}`,
      ]),
    ).toEqual([]);
    expectInOrder(pages.join('\n'), [
      'Section 1',
      'Section 2',
      'Section 3',
      'Part 4',
      'Supplement',
    ]);
  });

  test('a name the fonts cannot draw is reported before export, never dropped; "anyway" marks it', async ({
    page,
  }) => {
    await startAssessment(page, 'Club 北京 Friends');
    await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
    let downloads = 0;
    page.on('download', () => {
      downloads++;
    });
    await page.getByRole('button', { name: 'Download the PDF record' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'cannot print' });
    await expect(alert).toContainText('The PDF cannot print these characters: 北 京.');
    expect(downloads).toBe(0);
    // The user chooses to go on: each character prints as �, none is silently dropped.
    const download = page.waitForEvent('download');
    await alert.getByRole('button', { name: /Make the PDF anyway/ }).click();
    const text = (await pdfPages(await (await download).path())).pages.join('\n');
    expect(text).toContain('Club \uFFFD\uFFFD Friends');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('SAQ D, complete: no DRAFT, placeholders shown as such, all 253 ids', async ({ page }) => {
    test.setTimeout(180_000);
    await startAssessment(page, 'Complete Trust', 'saq=D-Merchant&channels=ecommerce');
    // Answer everything through the UI, then the sections, then mark complete.
    const groups = groupLinks(page);
    const count = await groups.count();
    for (let n = 0; n < count; n++) {
      await groupLinks(page).nth(n).click();
      await answerAllRowsQuickly(page);
      await expectSaved(page);

      await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    }
    await fillSection1(page);
    await fillSection3(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    await page.getByRole('link', { name: 'Review and complete' }).click();
    // If anything is missing, fail here with the review page's list rather than a timeout.
    await expect(page.getByRole('heading', { level: 2, name: /missing/ })).toHaveText(
      'Nothing is missing',
    );
    await page.getByRole('button', { name: 'Mark as complete' }).click();
    await expectSaved(page);
    await page.getByRole('link', { name: 'Back to the task list' }).first().click();
    const pdf = await downloadPdf(page);
    const all = pdf.pages.join('\n');
    expect(all).not.toContain('DRAFT');
    expect(all).toContain('SAQ D for Merchants, PCI DSS v4.0.1 (October 2024)');
    expect(all).toContain('Status Compliant (Full assessment)');
    expect(all).toContain('3.3.3 Card issuers only Not for merchants');
    expect(all).toMatch(
      /Compliance status Selection Compliant Selected Non-Compliant Not selected/,
    );
    expect(all).not.toContain('Not finished');
    expectEveryId(all, saqIds('d-merchant'));
    expect(all).not.toContain('Appendix A2: Appendix A2');
    // 253 rows with their Section 1 and 3 parts: more than a dozen pages, far fewer than 80.
    expect(pdf.pages.length).toBeGreaterThan(12);
    expect(pdf.pages.length).toBeLessThan(80);
  });
});

test('worksheets for chosen groups, blank or with the answers so far, for a pen', async ({
  page,
}) => {
  await startAssessment(page, 'Sheet Society');
  await page.getByRole('link', { name: /Requirement 12:/ }).click();
  await row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
  await row(page, '12.8.1')
    .getByLabel('Notes for 12.8.1: who checked, where the evidence is')
    .fill('List kept by Sam');
  await expectSaved(page);
  await page.getByRole('link', { name: 'Back to the task list' }).first().click();
  await page.getByRole('link', { name: 'Print worksheets for someone else to fill in' }).click();
  await page.getByLabel('Requirement 12: Policies, people and providers').check();
  const sheet = page.getByRole('region', {
    name: 'Worksheet: Requirement 12: Policies, people and providers',
  });
  await expect(sheet).toContainText('12.8.1');
  await expect(sheet).toContainText('How to check:');
  for (const room of [
    'If Not Applicable: why it cannot apply to you',
    'If Not in Place: the fix',
    'What will be done',
    'Who will do it',
    'By when',
    "Don't know yet: who will find out, and what to ask or check",
  ])
    await expect(sheet.getByText(room, { exact: false }).first()).toBeVisible();
  await expect(sheet).not.toContainText('List kept by Sam');
  await page.getByLabel('With our answers so far').check();
  await expect(sheet).toContainText('List kept by Sam');
  await expect(page.getByRole('region', { name: /Worksheet: Requirement 3:/ })).toHaveCount(0);
  await expectAccessible(page, 'the worksheets page');
  // Printed: the organisation and the page number on every page.
  const pages = await printed(page);
  expect(pagesMissing(pages, (n) => ['Sheet Society', `Page ${n + 1} of ${pages.length}`])).toEqual(
    [],
  );
});
