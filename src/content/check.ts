/** Validates every content file and its cross-references. Used by the content test and content:check. */
import {
  criteriaFileSchema,
  glossarySchema,
  principalRequirementsSchema,
  questionsFileSchema,
  isPlaceholder,
  referenceIdsSchema,
  requirementFileSchema,
  saqFileSchema,
  OVERRIDABLE_FIELDS,
  type PlaceholderEntry,
  type RequirementEntry,
} from './schema';
import { fleschKincaidGrade, median } from './readability';
import { applyOverride, entryTexts } from './saq-entries';
import { textTableSchema } from './text';

export interface RawContent {
  saqs: Record<string, unknown>;
  requirements: Record<string, unknown>;
  glossary: unknown;
  referenceIds: unknown;
  questions: unknown;
  criteria: unknown;
  principals: unknown;
  /** content/text/*.json: sentences by code. */
  text: Record<string, unknown>;
}

export interface ContentReport {
  errors: string[];
  rowsPerSaq: Record<string, number>;
  /** Rows a merchant answers: the SAQ's rows less those for service providers, issuers or nobody. */
  answerableRowsPerSaq: Record<string, number>;
  /** Requirement rows an SAQ shows differently from the shared entry, per SAQ. */
  overridesPerSaq: Record<string, number>;
  fullEntries: number;
  placeholderEntries: number;
  entriesWithGuidance: number;
  readingGradeMedian: number;
}

/** Maps SAQ file names to the SAQ ids of the reference lists. */
export const SAQ_FILES: Record<string, string> = {
  a: 'A',
  'a-ep': 'A-EP',
  b: 'B',
  'b-ip': 'B-IP',
  c: 'C',
  'c-vt': 'C-VT',
  p2pe: 'P2PE',
  spoc: 'SPoC',
  'd-merchant': 'D-Merchant',
};

/** Words that tell the reader to give a response. */
const TELLS_TO_MARK = /\b(mark|marks|tick|answer (it )?not applicable)\b|\bN\/A\b/i;

/** What a placeholder's title must name, so that an issuer row is never labelled a service-provider row. */
const PLACEHOLDER_TITLE: Record<PlaceholderEntry['placeholder'], RegExp> = {
  'service-provider': /service providers?/i,
  issuer: /issuers?/i,
  'customized-approach': /customi[sz]ed approach/i,
};

export function checkContent(raw: RawContent): ContentReport {
  const errors: string[] = [];
  const issue = (where: string, what: string) => errors.push(`${where}: ${what}`);

  const reference = referenceIdsSchema.safeParse(raw.referenceIds);
  if (!reference.success) issue('saq/reference-ids.json', reference.error.message);

  const glossary = glossarySchema.safeParse(raw.glossary);
  if (!glossary.success) issue('glossary.json', glossary.error.message);
  const termIds = new Set(glossary.success ? glossary.data.terms.map((t) => t.id) : []);
  if (glossary.success && termIds.size !== glossary.data.terms.length)
    issue('glossary.json', 'a term id is used twice');

  const entries = new Map<string, RequirementEntry>();
  for (const [file, data] of Object.entries(raw.requirements)) {
    const parsed = requirementFileSchema.safeParse(data);
    if (!parsed.success) {
      issue(`requirements/${file}`, parsed.error.message);
      continue;
    }
    const principals = parsed.data.principal.split(',');
    for (const entry of parsed.data.entries) {
      if (entries.has(entry.id)) issue(`requirements/${file}`, `${entry.id} has two entries`);
      entries.set(entry.id, entry);
      if (!principals.includes(entry.id.split('.')[0] ?? ''))
        issue(
          `requirements/${file}`,
          `${entry.id} is not in principal requirement ${parsed.data.principal}`,
        );
      if (!isPlaceholder(entry))
        for (const term of entry.terms)
          if (!termIds.has(term))
            issue(`requirements/${file}`, `${entry.id} uses unknown glossary term "${term}"`);
      if (isPlaceholder(entry)) {
        // A merchant has no response box on these rows: nothing to mark, not even Not Applicable.
        if (TELLS_TO_MARK.test(`${entry.title} ${entry.asks}`))
          issue(
            `requirements/${file}`,
            `${entry.id} tells a merchant to mark a row it cannot answer`,
          );
        if (!PLACEHOLDER_TITLE[entry.placeholder].test(entry.title))
          issue(
            `requirements/${file}`,
            `${entry.id}'s title does not say who answers it (${entry.placeholder})`,
          );
      }
    }
  }

  const rowsPerSaq: Record<string, number> = {};
  const answerableRowsPerSaq: Record<string, number> = {};
  const overridesPerSaq: Record<string, number> = {};
  const overrideGrades: number[] = [];
  const usedIds = new Set<string>();
  for (const [file, data] of Object.entries(raw.saqs)) {
    const parsed = saqFileSchema.safeParse(data);
    if (!parsed.success) {
      issue(`saq/${file}`, parsed.error.message);
      continue;
    }
    const saq = parsed.data;
    if (SAQ_FILES[file] !== saq.id) issue(`saq/${file}`, `file name does not match id ${saq.id}`);
    const ids = saq.groups.flatMap((g) => g.rows.map((r) => r.id));
    rowsPerSaq[saq.id] = ids.length;
    for (const group of saq.groups)
      for (const row of group.rows)
        if ((row.id.split('.')[0] ?? '') !== group.principal)
          issue(
            `saq/${file}`,
            `${row.id} is grouped under principal requirement ${group.principal}`,
          );
    const expected = reference.success ? reference.data.saqs[saq.id] : undefined;
    if (!expected) issue(`saq/${file}`, `no reference list for ${saq.id}`);
    else {
      if (ids.join(' ') !== expected.ids.join(' '))
        issue(
          `saq/${file}`,
          `rows differ from the official list (${ids.length} rows, expected ${expected.ids.length} in the official order)`,
        );
      if (ids.length !== expected.count)
        issue(`saq/${file}`, `${ids.length} rows, expected ${expected.count}`);
      if (JSON.stringify(saq.blankRows ?? []) !== JSON.stringify(expected.blankRows ?? []))
        issue(`saq/${file}`, 'its "intentionally left blank" rows differ from the official list');
      const notForMerchants = new Set(expected.notForMerchants ?? []);
      for (const row of saq.groups.flatMap((g) => g.rows))
        if (!!row.notForMerchants !== notForMerchants.has(row.id))
          issue(
            `saq/${file}`,
            `${row.id} is ${row.notForMerchants ? '' : 'not '}marked as not for merchants`,
          );
    }
    const rows = saq.groups.flatMap((g) => g.rows);
    answerableRowsPerSaq[saq.id] = rows.filter((r) => !r.notForMerchants).length;
    for (const group of saq.groups)
      if (group.note && !group.source)
        issue(`saq/${file}`, `the note on principal requirement ${group.principal} has no source`);
    for (const row of rows) {
      if (row.note && !row.source) issue(`saq/${file}`, `${row.id}'s note has no source`);
      const entry = entries.get(row.id);
      if (entry && row.notForMerchants && !isPlaceholder(entry))
        issue(
          `saq/${file}`,
          `${row.id} is not for merchants but its entry asks them for an answer`,
        );
      if (entry && !row.notForMerchants && isPlaceholder(entry))
        issue(
          `saq/${file}`,
          `${row.id} has a placeholder entry but is not marked as not for merchants`,
        );
    }
    const overrides = saq.overrides ?? {};
    overridesPerSaq[saq.id] = Object.keys(overrides).length;
    for (const [id, override] of Object.entries(overrides)) {
      const where = `saq/${file}: override of ${id}`;
      const entry = entries.get(id);
      if (!ids.includes(id)) issue(where, `${id} is not a row of ${saq.id}`);
      else if (!entry) continue;
      else if (isPlaceholder(entry)) issue(where, 'a placeholder row has no text to override');
      if (!OVERRIDABLE_FIELDS.some((f) => override[f] !== undefined))
        issue(where, 'it changes no field of the entry');
      for (const term of override.terms ?? [])
        if (!termIds.has(term)) issue(where, `unknown glossary term "${term}"`);
      if (override.asks) overrideGrades.push(fleschKincaidGrade(override.asks));
    }
    const blankBullets = (reference.success ? reference.data.saqs[saq.id]?.blankBullets : {}) ?? {};
    for (const id of new Set([...Object.keys(blankBullets), ...Object.keys(overrides)])) {
      const official = blankBullets[id] ?? [];
      const declared = overrides[id]?.blankBullets ?? [];
      if (official.join(',') !== declared.join(','))
        issue(
          `saq/${file}`,
          `${id}: ${saq.id} leaves bullets [${official.join(', ')}] blank, its override says [${declared.join(', ')}]`,
        );
      const entry = entries.get(id);
      if (!entry || isPlaceholder(entry) || official.length === 0) continue;
      const shown = applyOverride(entry, overrides[id]);
      if (isPlaceholder(shown)) continue;
      const sharedText = entryTexts(entry).join(' ').toLowerCase();
      const shownText = entryTexts(shown).join(' ').toLowerCase();
      for (const bullet of official) {
        const phrases = entry.bulletPhrases?.[String(bullet)] ?? [];
        if (!phrases.some((p) => sharedText.includes(p.toLowerCase())))
          issue(
            `saq/${file}`,
            `${id}: the shared entry has no phrase (bulletPhrases) that shows it asks for bullet ${bullet}`,
          );
        for (const phrase of phrases)
          if (shownText.includes(phrase.toLowerCase()))
            issue(
              `saq/${file}`,
              `${id}: ${saq.id} leaves bullet ${bullet} blank, but its text still asks for it ("${phrase}")`,
            );
      }
    }
    if (saq.responses.includes('not-tested') !== (saq.id === 'D-Merchant'))
      issue(`saq/${file}`, 'only SAQ D offers Not Tested');
    for (const id of ids) {
      usedIds.add(id);
      if (!entries.has(id)) issue(`saq/${file}`, `${id} has no entry under requirements/`);
    }
  }
  for (const id of entries.keys())
    if (
      !usedIds.has(id) &&
      reference.success &&
      !Object.values(reference.data.saqs).some((s) => s.ids.includes(id))
    )
      issue('requirements', `${id} is not a row of any SAQ`);

  const questions = questionsFileSchema.safeParse(raw.questions);
  if (!questions.success) issue('eligibility/questions.json', questions.error.message);
  else {
    const ids = questions.data.questions.map((q) => q.id);
    if (new Set(ids).size !== ids.length)
      issue('eligibility/questions.json', 'a question id is used twice');
    for (const q of questions.data.questions)
      if (q.kind !== 'picker' && q.options.length < 2)
        issue('eligibility/questions.json', `${q.id} needs at least two options`);
  }
  for (const [file, data] of Object.entries(raw.text)) {
    const parsed = textTableSchema.safeParse(data);
    if (!parsed.success) issue(`text/${file}`, parsed.error.message);
  }

  const principals = principalRequirementsSchema.safeParse(raw.principals);
  if (!principals.success) issue('principal-requirements.json', principals.error.message);
  else {
    const known = new Set(principals.data.principals.map((p) => p.id));
    const inGoals = new Set(principals.data.goals.flatMap((g) => g.principals));
    for (const id of ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', 'A2']) {
      if (!known.has(id))
        issue('principal-requirements.json', `no entry for principal requirement ${id}`);
      if (!inGoals.has(id))
        issue('principal-requirements.json', `principal requirement ${id} is in no goal`);
    }
  }
  const criteria = criteriaFileSchema.safeParse(raw.criteria);
  if (!criteria.success) issue('eligibility/criteria.json', criteria.error.message);
  else
    for (const saq of Object.keys(criteria.data.saqs))
      if (saq in rowsPerSaq)
        issue(
          'eligibility/criteria.json',
          `${saq} has its own file in content/saq: keep its criteria there only`,
        );

  const full = [...entries.values()].filter((e) => !isPlaceholder(e));
  const grades = [...full.map((e) => fleschKincaidGrade(e.asks)), ...overrideGrades];
  return {
    errors,
    rowsPerSaq,
    answerableRowsPerSaq,
    overridesPerSaq,
    fullEntries: full.length,
    placeholderEntries: entries.size - full.length,
    entriesWithGuidance: full.filter((e) => !isPlaceholder(e) && e.howToCheck.length > 0).length,
    readingGradeMedian: Math.round(median(grades) * 10) / 10,
  };
}
