import { readFileSync, writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { cisoExport, cisoImport, type CisoNode } from '../src/domain/exchange/ciso-simulator';
import {
  answerAllRowsQuickly,
  expectSaved,
  markNotInPlace,
  row,
  startAssessment,
} from './assessment-page';
import { expect, expectAccessible, test } from './fixtures';

/** The pinned list of CISO Assistant's PCI DSS 4.0.1 nodes that the domain tests use. */
const pinned = JSON.parse(
  readFileSync(
    new URL('../src/domain/exchange/ciso-pcidss-4_0-nodes.json', import.meta.url),
    'utf8',
  ),
) as { nodes: CisoNode[] };

/** SAQ A's requirement groups, as its task list links them. */
const SAQ_A_GROUPS = ['2', '3', '6', '8', '9', '11', '12'];

/** Answers every row of the given groups In Place, group page by group page. */
async function answerGroups(page: Page, assessmentUrl: string, groups: string[]) {
  for (const g of groups) {
    await page.goto(`${assessmentUrl}/requirements/${g}`);
    await answerAllRowsQuickly(page, 'in-place');
    await expectSaved(page);
  }
}

/** Clicks an export button on the report page and returns the downloaded file's name and text. */
async function exportCsv(page: Page, assessmentUrl: string, button: string) {
  await page.goto(assessmentUrl);
  await page.getByRole('link', { name: 'See the report and download the PDF record' }).click();
  await expect(page.getByRole('heading', { name: 'For spreadsheets and GRC tools' })).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const name = file.suggestedFilename();
  await expect(page.getByRole('status').filter({ hasText: `Saved ${name}` })).toBeVisible();
  return { name, text: readFileSync((await file.path()) as string, 'utf8') };
}

/** The scripts the page has loaded so far. */
const scripts = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((n) => n.endsWith('.js')),
  );

async function openCsv(page: Page, path: string) {
  await page.goto('/files');
  await page.getByLabel('Choose a CSV file').setInputFiles(path);
}

test.describe('CSV round trips: CISO Assistant and spreadsheets', () => {
  test("a consultant's SAQ A goes to CISO Assistant and comes back as next year's", async ({
    page,
  }, testInfo) => {
    await startAssessment(page, 'Friends of the Park');
    const url = new URL(page.url()).pathname;
    await answerGroups(page, url, SAQ_A_GROUPS);
    await markNotInPlace(page, '12.10.1', {
      action: 'Write the incident plan',
      owner: 'Sam',
      date: '2027-03-31',
    });
    await expectSaved(page);

    const audit = await exportCsv(page, url, 'For CISO Assistant (audit CSV)');
    expect(audit.name).toMatch(
      /^SAQ-A_Friends-of-the-Park_\d{4}-\d{2}-\d{2}_ciso-assistant-audit\.csv$/,
    );
    expect(audit.text.startsWith('\uFEFFurn,assessable,ref_id,')).toBe(true);

    // CISO Assistant imports it into a PCI DSS audit with every line matched...
    const imported = cisoImport(audit.text, pinned.nodes);
    expect(imported.skipped).toEqual([]);
    expect(imported.failed).toEqual([]);
    expect(imported.written.size).toBe(27);
    // ...the consultant edits a line there and answers one SAQ A does not have...
    const edited = new Map(imported.written);
    edited.set('12.8.1', {
      result: 'non_compliant',
      status: 'in_progress',
      observation: '- contract lapsed in May',
      line: 0,
    });
    edited.set('1.2.1', { result: 'compliant', status: 'done', line: 0 });
    // ...and exports the audit again: semicolons, no `assessable` column, every node of the library.
    const theirs = cisoExport(pinned.nodes, edited);
    const heading = theirs.split('\r\n')[0] ?? '';
    expect(heading).toContain(';');
    expect(heading).not.toContain('assessable');
    const path = testInfo.outputPath('audit_export.csv');
    writeFileSync(path, theirs);

    // The parser (Papa Parse, in the read-csv chunk) loads only once a CSV file is chosen.
    await page.goto('/files');
    await expect(page.getByLabel('Choose a CSV file')).toBeVisible();
    expect((await scripts(page)).filter((n) => /read-csv|csv-import-preview/.test(n))).toEqual([]);
    await page.getByLabel('Choose a CSV file').setInputFiles(path);
    await expect(page.getByRole('heading', { name: 'What audit_export.csv holds' })).toBeVisible();
    expect((await scripts(page)).some((n) => /read-csv/.test(n))).toBe(true);
    await expect(page.getByText('A CISO Assistant audit', { exact: true })).toBeVisible();
    // The rows propose a longer SAQ (1.2.1 is not in SAQ A): the consultant picks SAQ A.
    const saq = page.getByLabel('Which questionnaire are these answers for?');
    await expect(saq).not.toHaveValue('A');
    await saq.selectOption({ label: 'SAQ A' });
    await expect(
      page.getByRole('status').filter({ hasText: 'Read audit_export.csv for SAQ A.' }),
    ).toBeVisible();
    await expect(page.getByText('27 answers will come in marked "to confirm"')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Answers not used (1)' })).toBeVisible();
    await expect(
      page.getByText(/^Requirement 1\.2\.1 \(line \d+\) is not part of SAQ A/),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: /Lines that were not read in full/ }),
    ).toHaveCount(0);
    await expectAccessible(page, 'the CSV import preview');

    await page.getByLabel("Start next year's SAQ A assessment from one in this browser").check();
    await expect(page.getByLabel("Last year's assessment")).toHaveValue(url.split('/').pop() ?? '');
    await expectAccessible(page, "the CSV import's next-year choice");
    await page.getByRole('button', { name: 'Confirm and import' }).click();
    await expect(
      page.getByText('Started Friends of the Park (SAQ A) with 27 answers to confirm.'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Open Friends of the Park (SAQ A)' }).click();

    // Next year's: every answer waits to be confirmed, last year's stays as it was.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Friends of the Park');
    await expect(page).not.toHaveURL(new RegExp(`${url}$`));
    await expect(page.getByText('0 of 27 requirements answered.')).toBeVisible();
    await expect(page.getByText('27 answers carried over')).toBeVisible();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await expect(row(page, '12.8.1').getByRole('radio', { name: 'Not in Place' })).toBeChecked();
    await expect(
      row(page, '12.8.1').getByLabel('Notes for 12.8.1: who checked, where the evidence is'),
    ).toHaveValue('- contract lapsed in May');
    await expect(row(page, '12.10.1').getByRole('radio', { name: 'Not in Place' })).toBeChecked();
    await expect(page.getByText('Carried over: confirm it')).toHaveCount(6);

    await page.goto(url);
    await expect(page.getByText('27 of 27 requirements answered.')).toBeVisible();
  });

  test('a broken CSV gets a message naming the line and the column, and nothing changes', async ({
    page,
  }, testInfo) => {
    await startAssessment(page, 'Careful Trust');
    const url = new URL(page.url()).pathname;
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }).check();
    await expectSaved(page);

    // A line with a result CISO Assistant never writes: the preview names it, and nothing is written.
    const head =
      'urn,assessable,ref_id,name,description,compliance_result,requirement_progress,score,observations';
    const oneBadLine = testInfo.outputPath('one-bad-line.csv');
    writeFileSync(
      oneBadLine,
      [
        head,
        'urn:intuitem:risk:req_node:pcidss-4_0:12.8.1,True,12.8.1,,,non_compliant,done,,',
        'urn:intuitem:risk:req_node:pcidss-4_0:12.8.2,True,12.8.2,,,compliantish,done,,',
      ].join('\r\n'),
    );
    await openCsv(page, oneBadLine);
    await expect(
      page.getByRole('heading', { name: 'Lines that were not read in full (1)' }),
    ).toBeVisible();
    await expect(
      page.getByText(
        'Line 3, column F (compliance_result): "compliantish" is not a result CISO Assistant uses',
        { exact: false },
      ),
    ).toBeVisible();
    // Confirming without a choice says what is missing, and writes nothing.
    await page.getByRole('button', { name: 'Confirm and import' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'Choose what should happen with the file.',
    );
    await page.getByRole('button', { name: 'Choose another file' }).click();

    // A file that cannot be read at all: one message, naming the line and the column.
    const duplicate = testInfo.outputPath('duplicate-column.csv');
    writeFileSync(duplicate, `${head},ref_id\r\nurn:x,True,12.8.1,,,compliant,done,,,12.8.1\r\n`);
    await openCsv(page, duplicate);
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'duplicate-column.csv could not be read: Line 1, column J: there is a second column called "ref_id".',
    );
    await expect(page.getByRole('button', { name: 'Confirm and import' })).toHaveCount(0);
    await expectAccessible(page, 'a CSV that cannot be read');

    await page.goto('/');
    await expect(page.getByRole('link', { name: 'Careful Trust' })).toHaveCount(1);
    await page.goto(`${url}/requirements/12`);
    await expect(
      row(page, '12.8.1').getByRole('radio', { name: 'In Place', exact: true }),
    ).toBeChecked();
    await expect(
      row(page, '12.8.2').getByRole('radio', { name: 'In Place', exact: true }),
    ).not.toBeChecked();
    await expect(page.getByText('Carried over: confirm it')).toHaveCount(0);
  });

  test('the plain spreadsheet CSV round-trips an update, with one conflict shown and decided', async ({
    page,
  }, testInfo) => {
    await startAssessment(page, 'Spreadsheet Society');
    const url = new URL(page.url()).pathname;
    await answerGroups(page, url, ['12']);

    const sheet = await exportCsv(page, url, 'As a spreadsheet (CSV)');
    expect(sheet.name).toMatch(/^SAQ-A_Spreadsheet-Society_\d{4}-\d{2}-\d{2}\.csv$/);
    // The treasurer changes 12.8.1 in a spreadsheet and answers 8.2.1, which was still open.
    const parsed = Papa.parse<Record<string, string>>(sheet.text.replace(/^\uFEFF/, ''), {
      header: true,
      skipEmptyLines: true,
    });
    const byId = (id: string) => {
      const line = parsed.data.find((r) => r['PCI number'] === id);
      if (!line) throw new Error(`no line for ${id}`);
      return line;
    };
    expect(byId('12.8.1')['Response']).toBe('In Place');
    Object.assign(byId('12.8.1'), {
      Response: 'Not in Place',
      'What will be done to fix it': 'Sign the new contract',
      'Who will do it': 'Sam',
      'Target date (YYYY-MM-DD)': '2027-03-31',
    });
    Object.assign(byId('8.2.1'), {
      Response: 'In Place',
      'Notes (who checked and where the evidence is)': 'Everyone has their own login',
    });
    const path = testInfo.outputPath(sheet.name);
    writeFileSync(path, `\uFEFF${Papa.unparse(parsed.data)}`);

    await openCsv(page, path);
    await expect(page.getByText('An OpenSAQ spreadsheet', { exact: true })).toBeVisible();
    await expect(page.getByLabel('Which questionnaire are these answers for?')).toHaveValue('A');
    await page.getByLabel('Update a SAQ A assessment in this browser').check();
    await expect(page.getByLabel('Assessment to update')).toHaveValue(url.split('/').pop() ?? '');
    await expect(
      page.getByText('1 new answers will be added; 5 are the same; 1 differ.'),
    ).toBeVisible();
    const conflict = page.getByRole('group', { name: 'Requirement 12.8.1' });
    await expect(conflict).toContainText('In this browser');
    await expect(conflict).toContainText('In the file');
    await expect(conflict).toContainText('Sign the new contract');
    await page.getByRole('button', { name: 'Confirm and import' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
      'Choose which answer to keep for requirement 12.8.1.',
    );
    await conflict.getByLabel("Take the file's answer").check();
    await expectAccessible(page, 'the CSV update with a conflict');
    await page.getByRole('button', { name: 'Confirm and import' }).click();
    await expect(
      page.getByText(
        'Updated Spreadsheet Society (SAQ A): 1 answers added, 1 taken from the file, 0 kept as they were.',
      ),
    ).toBeVisible();

    await page.getByRole('link', { name: 'Open Spreadsheet Society (SAQ A)' }).click();
    await page.getByRole('link', { name: /Requirement 12:/ }).click();
    await expect(row(page, '12.8.1').getByRole('radio', { name: 'Not in Place' })).toBeChecked();
    await expect(
      row(page, '12.8.1').getByLabel('What will you do to put 12.8.1 in place?'),
    ).toHaveValue('Sign the new contract');
    await expect(
      row(page, '12.8.2').getByRole('radio', { name: 'In Place', exact: true }),
    ).toBeChecked();
    await page.goto(`${url}/requirements/8`);
    await expect(
      row(page, '8.2.1').getByRole('radio', { name: 'In Place', exact: true }),
    ).toBeChecked();
  });
});
