// `npm run content:check`: validates content/ and prints a summary. Exits 1 on any error.
import { checkContent } from '../src/content/check.ts';
import { readContent } from '../src/content/read-content.node.ts';

const report = checkContent(readContent('content'));
for (const [saq, rows] of Object.entries(report.rowsPerSaq))
  console.log(
    `rows ${saq}: ${rows} (${report.answerableRowsPerSaq[saq] ?? 0} a merchant answers, ${report.overridesPerSaq[saq] ?? 0} shown in the SAQ's own version)`,
  );
console.log(
  `requirement entries: ${report.fullEntries} full, ${report.placeholderEntries} placeholders`,
);
console.log(`entries with guidance: ${report.entriesWithGuidance} of ${report.fullEntries}`);
console.log(
  `reading grade median ("what this asks", SAQ versions included): ${report.readingGradeMedian}`,
);
if (report.errors.length > 0) {
  console.error(`\n${report.errors.length} problem(s):`);
  for (const e of report.errors) console.error(`- ${e}`);
  process.exit(1);
}
console.log('content OK');
