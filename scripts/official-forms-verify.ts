// `npm run forms:verify -- <folder>`: checks every field map against the Council's own Word files,
// when a developer has them (they are never part of the project). For each .docx in the folder:
// which edition it is, whether its fields match the map (kinds, names, defaults, lengths), whether
// the labels beside them are where the map says (by hash), and a fill from a complete test
// assessment: every field written reads back, nothing outside the fields changes, the markup still
// nests, every other part of the package is copied byte for byte. Exits non-zero on any mismatch.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  readEditions,
  readFieldMap,
  readSaq,
  readWords,
} from '../src/domain/official-forms/content.node.ts';
import { fillOfficialForm, openForm } from '../src/domain/official-forms/engine.ts';
import { mapFields } from '../src/domain/official-forms/field-map.ts';
import {
  compareWithMap,
  outsideFields,
  unbalancedElement,
} from '../src/domain/official-forms/inspect.ts';
import { recogniseFields } from '../src/domain/official-forms/recognise.ts';
import { completeAssessment } from '../src/domain/official-forms/test-assessment.ts';
import { formValues } from '../src/domain/official-forms/values.ts';
import { readZip } from '../src/domain/official-forms/zip.ts';

const folder = process.argv[2];
if (!folder) {
  console.error('Usage: npm run forms:verify -- <folder with the Council .docx files>');
  process.exit(2);
}
let files: string[];
try {
  files = readdirSync(folder)
    .filter((f) => f.toLowerCase().endsWith('.docx'))
    .sort();
} catch {
  console.log(`No folder ${folder}: nothing to verify.`);
  process.exit(0);
}

const editions = readEditions();
const words = readWords();
let problems = 0;
const seen = new Set<string>();

/** Whether every zip entry but word/document.xml is byte-identical in the two files. */
function otherPartsIdentical(a: Uint8Array, b: Uint8Array): boolean {
  const za = readZip(a);
  const zb = readZip(b);
  return za.entries.every((e, i) => {
    const f = zb.entries[i];
    if (!f || f.name !== e.name) return false;
    if (e.name === 'word/document.xml') return true;
    const x = a.subarray(e.localOffset, e.endOffset);
    const y = b.subarray(f.localOffset, f.endOffset);
    return x.length === y.length && x.every((v, k) => v === y[k]);
  });
}

for (const file of files) {
  const bytes = new Uint8Array(readFileSync(join(folder, file)));
  const opened = openForm(bytes);
  if (!opened) {
    console.log(`??  ${file}: not a Word document`);
    problems += 1;
    continue;
  }
  const r = recogniseFields(opened.fields, editions);
  if (r.status === 'unknown') {
    console.log(`??  ${file}: ${r.code} (${r.fieldCount} form fields)`);
    problems += 1;
    continue;
  }
  seen.add(r.edition.id);
  if (r.status === 'unsupported') {
    console.log(`--  ${file}: ${r.edition.id}, recognised, not filled (by design)`);
    continue;
  }
  const notes: string[] = [];
  if (r.match !== 'exact') notes.push(`matched by layout only`);
  if (r.edition.councilFile !== file) notes.push(`expected file name ${r.edition.councilFile}`);
  const map = readFieldMap(r.edition.id);
  const cmp = compareWithMap(opened.fields, map);
  if (cmp.shapeDifferences.length)
    notes.push(`shapes differ at ${cmp.shapeDifferences.slice(0, 5).join(', ')}`);
  if (cmp.labelDifferences.length)
    notes.push(`labels differ at ${cmp.labelDifferences.slice(0, 5).join(', ')}`);

  const saq = readSaq(r.edition.saq);
  const assessment = completeAssessment(saq, 'non-compliant');
  const t0 = performance.now();
  const outcome = await fillOfficialForm({
    fileName: file,
    bytes,
    assessment,
    saq,
    editions,
    loadMap: async () => map,
    words,
    now: new Date(),
  });
  const ms = performance.now() - t0;
  let fill = '';
  if (!outcome.ok) notes.push(`fill failed: ${outcome.code}`);
  else {
    const after = openForm(outcome.form.bytes);
    if (!after) notes.push('the filled file does not open');
    else {
      const mapped = mapFields(map).filter((f) => f.kind !== 'ghost');
      const fields = after.fields.filter((f) => f.kind !== 'ghost');
      const formWords = words[r.edition.language] ?? words.en;
      if (!formWords) throw new Error(`No words for ${r.edition.language}`);
      const values = formValues(
        { assessment, saq, words: formWords, today: '2026-11-23' },
        mapped.map((f) => f.to),
      );
      const wrong = mapped.flatMap((m, i) => {
        const v = values.resolve(m.to);
        const f = fields[i];
        if (!v || 'empty' in v || !f) return [];
        const ok = 'checked' in v ? f.checked === v.checked : f.result === v.text;
        return ok ? [] : [`#${i} ${m.to}`];
      });
      if (wrong.length) notes.push(`read back differs: ${wrong.slice(0, 5).join(', ')}`);
      if (outsideFields(after.xml) !== outsideFields(opened.xml))
        notes.push('text outside the fields changed');
      const unbalanced = unbalancedElement(after.xml);
      if (unbalanced) notes.push(`markup no longer nests (${unbalanced})`);
      if (!otherPartsIdentical(bytes, outcome.form.bytes))
        notes.push('other parts of the package changed');
      if (outcome.form.skipped.length)
        notes.push(`${outcome.form.skipped.length} fields left alone (layout)`);
      fill = `, filled ${outcome.form.written} in ${ms.toFixed(0)} ms`;
    }
  }
  const ok = notes.length === 0 || (notes.length === 1 && notes[0]?.startsWith('expected file'));
  if (!ok) problems += 1;
  console.log(
    `${ok ? 'OK' : 'XX'}  ${file}: ${r.edition.id} (${r.match}), ${opened.fields.length} fields, labels ${cmp.labelsChecked - cmp.labelDifferences.length}/${cmp.labelsChecked}${fill}${notes.length ? `; ${notes.join('; ')}` : ''}`,
  );
}
const absent = editions.filter((e) => !seen.has(e.id));
for (const e of absent) console.log(`..  ${e.councilFile}: ${e.id} not in this folder`);
console.log(
  `${files.length} files, ${seen.size} editions recognised, ${problems} with problems, ${absent.length} editions not present.`,
);
process.exit(problems ? 1 : 0);
