/** content/official-forms/: every file valid, and consistent with the SAQ content and the engine. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mapFields } from './field-map';
import { fingerprint } from './recognise';
import { allQuestionKeys, targetInfo } from './targets';
import { editionsFileSchema, fieldMapSchema, officialFormsMessagesSchema } from './content-schema';
import { saqFileSchema } from '../../content/schema';

const root = fileURLToPath(new URL('../../../content/', import.meta.url));
const json = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const SAQ_FILES: Record<string, string> = {
  A: 'a',
  'A-EP': 'a-ep',
  B: 'b',
  'B-IP': 'b-ip',
  C: 'c',
  'C-VT': 'c-vt',
  'D-Merchant': 'd-merchant',
  P2PE: 'p2pe',
  SPoC: 'spoc',
};
/** Rows our content lists that the official form prints without response boxes, and why. */
const ROWS_WITHOUT_BOXES: Record<string, string[]> = {
  // SAQ D for Merchants prints 12.3.2 (customized approach only) with no response boxes.
  'D-Merchant': ['12.3.2'],
};

const editions = editionsFileSchema.parse(json('official-forms/editions.json')).editions;
const messages = officialFormsMessagesSchema.parse(json('official-forms/messages.json'));
const supported = editions.filter((e) => e.supported !== false);
const maps = supported.map((e) => ({
  edition: e,
  map: fieldMapSchema.parse(json(`official-forms/${e.id}.json`)),
}));

describe('content/official-forms', () => {
  it('lists each edition once, and has a field map for every supported one and nothing else', () => {
    expect(new Set(editions.map((e) => e.id)).size).toBe(editions.length);
    const files = readdirSync(join(root, 'official-forms'))
      .filter((f) => f.endsWith('.json') && f !== 'editions.json' && f !== 'messages.json')
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(supported.map((e) => e.id).sort());
  });

  it("fingerprints each edition from its map's fields", () => {
    const wrong = maps.flatMap(({ edition, map }) => {
      const print = fingerprint(mapFields(map));
      return map.id === edition.id &&
        print.fields === edition.fields &&
        print.shapeHash === edition.shapeHash &&
        print.kindHash === edition.kindHash
        ? []
        : [edition.id];
    });
    expect(wrong).toEqual([]);
    expect(new Set(editions.map((e) => e.shapeHash)).size).toBe(editions.length);
  });

  it('uses only known target names, of the kind of their field', () => {
    const wrong = maps.flatMap(({ edition, map }) =>
      mapFields(map).flatMap((f, i) => {
        if (f.kind === 'ghost')
          return f.to === 'none' ? [] : [`${edition.id} #${i}: ghost ${f.to}`];
        const info = targetInfo(f.to);
        return info?.kind === f.kind ? [] : [`${edition.id} #${i}: ${f.kind} ${f.to}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("has each SAQ's rows, groups and eligibility criteria, in the SAQ content's order", () => {
    const wrong: string[] = [];
    for (const { edition, map } of maps) {
      const saq = saqFileSchema.parse(json(`saq/${SAQ_FILES[edition.saq]}.json`));
      const fields = mapFields(map).map((f) => f.to);
      const rows = [
        ...new Set(fields.flatMap((t) => /^row\.(.+)\.response\./.exec(t)?.slice(1) ?? [])),
      ];
      const expectedRows = saq.groups
        .flatMap((g) => g.rows.filter((r) => !r.notForMerchants).map((r) => r.id))
        .filter((id) => !ROWS_WITHOUT_BOXES[saq.id]?.includes(id));
      if (edition.document === 'saq' && JSON.stringify(rows) !== JSON.stringify(expectedRows))
        wrong.push(`${edition.id}: rows differ from the SAQ content`);
      // Each row's boxes come in whole sets of the SAQ's responses, in its order.
      for (const id of rows) {
        const boxes = fields.filter((t) => t.startsWith(`row.${id}.response.`));
        const set = boxes.map((t) => t.slice(`row.${id}.response.`.length));
        const one = saq.responses.join();
        for (let i = 0; i < set.length; i += saq.responses.length)
          if (set.slice(i, i + saq.responses.length).join() !== one)
            wrong.push(`${edition.id}: row ${id} boxes ${set.join()}`);
      }
      const principals = saq.groups.map((g) => g.principal);
      for (const prefix of ['part2g', 'part4']) {
        const seen = [
          ...new Set(
            fields.flatMap((t) => new RegExp(`^${prefix}\\.([^.]+)\\.`).exec(t)?.slice(1) ?? []),
          ),
        ];
        if (JSON.stringify(seen) !== JSON.stringify(principals))
          wrong.push(`${edition.id}: ${prefix} ${seen.join()} vs ${principals.join()}`);
      }
      const criteria = new Set(saq.eligibility.map((e) => e.id));
      for (const t of fields.filter((f) => f.startsWith('part2h.')))
        for (const id of t.slice('part2h.'.length).split('+'))
          if (!criteria.has(id)) wrong.push(`${edition.id}: unknown criterion ${id}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has a message for every question, part, reason and outcome the engine gives', () => {
    const missing: string[] = [];
    for (const key of allQuestionKeys())
      if (!messages.questions[key]) missing.push(`question ${key}`);
    for (const { map } of maps)
      for (const f of mapFields(map)) {
        const info = targetInfo(f.to);
        if (info && !messages.parts[info.part]) missing.push(`part ${info.part}`);
        if (info && !messages.questions[info.question]) missing.push(`question ${info.question}`);
      }
    for (const code of [
      'signature',
      'no-answer',
      'not-asked',
      'not-confirmed',
      'no-room',
      'draft',
      'answer-above',
    ])
      if (!messages.empty[code]) missing.push(`empty ${code}`);
    for (const code of [
      'recognised',
      'recognised-layout',
      'unsupported',
      'not-docx',
      'no-form-fields',
      'unknown-layout',
      'wrong-saq',
      'draft-refused',
      'map-mismatch',
    ])
      if (!messages.recognition[code]) missing.push(`recognition ${code}`);
    for (const e of editions) {
      if (!messages.saqNames[e.saq]) missing.push(`saq name ${e.saq}`);
      if (messages.languages[e.language] === undefined) missing.push(`language ${e.language}`);
      if (e.supported !== false && !messages.words[e.language]) missing.push(`words ${e.language}`);
    }
    expect([...new Set(missing)]).toEqual([]);
  });
});
