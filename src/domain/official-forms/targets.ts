/**
 * The names the field maps use for the parts of an assessment (`part1a.companyName`,
 * `row.8.3.6.response.in-place`, ...): which official part each is in, whether it is a text or a tick
 * box, and the question it answers (the tick boxes of one question share it), for the list of what
 * was left empty.
 */
export type TargetKind = 'text' | 'checkbox';

export interface TargetInfo {
  kind: TargetKind;
  /** The official part: '1a' ... '2h', 'section2', 'appendixB' ... 'appendixD', '3' ... '3d', '4'. */
  part: string;
  /** The question: a key of the messages' `questions` (with `{n}`, `{id}`, `{ids}`, `{principal}`). */
  question: string;
  /** The values that fill the question's placeholders. */
  params: Record<string, string>;
}

const RESPONSE = '(in-place|in-place-ccw|not-applicable|not-tested|not-in-place)';
const PRINCIPAL = '(\\d{1,2}|A2)';
const ROW_ID = '((?:\\d{1,2}|A2)(?:\\.\\d+)+)';

interface Pattern {
  re: RegExp;
  kind: TargetKind;
  part: string;
  question: string;
  params?: readonly string[];
}

const p = (
  source: string,
  kind: TargetKind,
  part: string,
  question: string,
  params: readonly string[] = [],
): Pattern => ({ re: new RegExp(`^${source}$`), kind, part, question, params });

const PATTERNS: readonly Pattern[] = [
  p(
    'part1a\\.(companyName|dba|mailingAddress|website|contactName|contactTitle|contactPhone|contactEmail)',
    'text',
    '1a',
    'part1a.{field}',
    ['field'],
  ),
  p(
    'part1b\\.(isaNames|qsaCompany|qsaAddress|qsaWebsite|qsaLeadName|qsaPhone|qsaEmail|qsaCertificate)',
    'text',
    '1b',
    'part1b.{field}',
    ['field'],
  ),
  p('part2a\\.channel\\.(moto|ecommerce|cardPresent)', 'checkbox', '2a', 'part2a.channels'),
  p('part2a\\.excluded\\.(yes|no)', 'checkbox', '2a', 'part2a.excluded'),
  p('part2a\\.excludedWhy', 'text', '2a', 'part2a.excludedWhy'),
  p('part2b\\.(\\d+)\\.(channel|description)', 'text', '2b', 'part2b.{field}', ['n', 'field']),
  p('part2c\\.environment', 'text', '2c', 'part2c.environment'),
  p('part2c\\.segmentation\\.(yes|no)', 'checkbox', '2c', 'part2c.segmentation'),
  p('part2d\\.(\\d+)\\.(type|count|where)', 'text', '2d', 'part2d.locations', ['n']),
  p('part2e\\.uses\\.(yes|no)', 'checkbox', '2e', 'part2e.uses'),
  p('part2e\\.(\\d+)\\.(name|version|standard|listing|expiry)', 'text', '2e', 'part2e.products', [
    'n',
  ]),
  p(
    'part2e\\.solution\\.(provider|name|listing|devices|reassessment|checkpoint)',
    'text',
    '2e',
    'part2e.solution.{field}',
    ['field'],
  ),
  p(
    'part2f\\.(storesProcessesTransmits|managesComponents|couldAffect)\\.(yes|no)',
    'checkbox',
    '2f',
    'part2f.{field}',
    ['field'],
  ),
  p('part2f\\.(\\d+)\\.(name|service)', 'text', '2f', 'part2f.providers', ['n']),
  p(`part2g\\.${PRINCIPAL}\\.${RESPONSE}`, 'checkbox', '2g', 'part2g', ['principal']),
  p('part2h\\.([a-z0-9+-]+)', 'checkbox', '2h', 'part2h', ['ids']),
  p('section2\\.completionDate', 'text', 'section2', 'section2.completionDate'),
  p('section2\\.legalConstraint\\.(yes|no)', 'checkbox', 'section2', 'section2.legalConstraint'),
  p(`row\\.${ROW_ID}\\.response\\.${RESPONSE}`, 'checkbox', 'section2', 'row', ['id']),
  p(
    'appendixB\\.(\\d+)\\.(requirement|constraints|definition|objective|objectiveMet|risk|validation|maintenance)',
    'text',
    'appendixB',
    'appendixB.{field}',
    ['n', 'field'],
  ),
  p('appendixC\\.(\\d+)\\.(requirement|reason)', 'text', 'appendixC', 'appendixC', ['n']),
  p('appendixD\\.(\\d+)\\.(requirement|what|why)', 'text', 'appendixD', 'appendixD', ['n']),
  p('part3\\.saqDate', 'text', '3', 'part3.saqDate'),
  p('part3\\.scope\\.(full|partial)', 'checkbox', '3', 'part3.scope'),
  p('part3\\.status\\.(compliant|non-compliant|legal-exception)', 'checkbox', '3', 'part3.status'),
  p(
    'part3\\.status\\.(compliant|non-compliant|legal-exception)\\.company',
    'text',
    '3',
    'part3.status.company',
  ),
  p('part3\\.targetDate', 'text', '3', 'part3.targetDate'),
  p('part3\\.legal\\.(\\d+)\\.(requirement|details)', 'text', '3', 'part3.legal', ['n']),
  p(
    'part3a\\.(completed-per-instructions|fair-results|maintain-controls)',
    'checkbox',
    '3a',
    'part3a.{ack}',
    ['ack'],
  ),
  p('signature\\.merchant\\.date', 'text', '3b', 'signature.merchant'),
  p('part3b\\.(name|title)', 'text', '3b', 'part3b.{field}', ['field']),
  p('part3c\\.role\\.(testing|other)', 'checkbox', '3c', 'part3c.role'),
  p('part3c\\.(roles|leadName|officerName|company)', 'text', '3c', 'part3c.{field}', ['field']),
  p('signature\\.(qsa|qsaOfficer)\\.date', 'text', '3c', 'signature.{who}', ['who']),
  p('part3d\\.role\\.(testing|other)', 'checkbox', '3d', 'part3d.role'),
  p('part3d\\.roles', 'text', '3d', 'part3d.roles'),
  p(`part4\\.${PRINCIPAL}\\.compliant\\.(yes|no)`, 'checkbox', '4', 'part4', ['principal']),
  p(`part4\\.${PRINCIPAL}\\.actions`, 'text', '4', 'part4', ['principal']),
];

const cache = new Map<string, TargetInfo | null>();

/** What a target names, or null when the name is not one the maps may use. */
export function targetInfo(target: string): TargetInfo | null {
  const hit = cache.get(target);
  if (hit !== undefined) return hit;
  let info: TargetInfo | null = null;
  for (const pattern of PATTERNS) {
    const m = pattern.re.exec(target);
    if (!m) continue;
    const params: Record<string, string> = {};
    (pattern.params ?? []).forEach((name, i) => {
      params[name] = m[i + 1] ?? '';
    });
    const question = pattern.question.replace(/\{(\w+)\}/g, (whole, name: string) =>
      // `{field}`-like placeholders in a question key are resolved; `{n}` and `{id}` stay as keys.
      ['field', 'ack', 'who'].includes(name) ? (params[name] ?? whole) : whole,
    );
    info = { kind: pattern.kind, part: pattern.part, question, params };
    break;
  }
  cache.set(target, info);
  return info;
}

/** Every question key the targets can give (for the messages' completeness test). */
export function allQuestionKeys(): string[] {
  const keys = new Set<string>();
  const expand = (key: string, name: string, values: readonly string[]) =>
    key.includes(`{${name}}`) ? values.map((v) => key.replace(`{${name}}`, v)) : [key];
  for (const pattern of PATTERNS) {
    // The alternatives of the first group, read from the pattern's own source.
    const group = /\(([a-zA-Z|-]+)\)/.exec(pattern.re.source)?.[1]?.split('|') ?? [];
    for (const k of expand(pattern.question, 'field', group))
      for (const k2 of expand(k, 'ack', group))
        for (const k3 of expand(k2, 'who', group)) keys.add(k3);
  }
  return [...keys];
}
