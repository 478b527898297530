/**
 * The layers as lint enforces them: a deliberate wrong-way import of each kind fails lint, and a
 * right-way import does not. Each case lints a few lines of code as if they were a real file of the
 * layer (ESLint's `lintText` with that file's path), so the zones, the alias and relative paths and
 * the resolver are exercised exactly as `npm run lint` does. See eslint.config.js and docs/DESIGN.md.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Linting resolves every import through the TypeScript resolver: slow on a busy two-core machine. */
const LINT_TIMEOUT_MS = 120_000;

/** The rules that draw the boundaries. */
const BOUNDARY_RULES = new Set([
  'import-x/no-restricted-paths',
  'import-x/no-cycle',
  'no-restricted-imports',
]);

/** A source file of the folder (not a test), as the file the synthetic code pretends to be. */
function fileIn(folder: string): string {
  const name = readdirSync(new URL(`../${folder}/`, import.meta.url)).find(
    (f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !f.endsWith('.d.ts'),
  );
  if (!name) throw new Error(`no source file in ${folder}`);
  return `${folder}/${name}`;
}

/** Every feature folder but `but`, for a feature that imports another. */
function otherFeature(but: string): string {
  const other = readdirSync(new URL('../src/features/', import.meta.url), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== but)
    .map((d) => d.name)[0];
  if (!other) throw new Error('only one feature');
  return other;
}

interface Case {
  /** What is imported the wrong way. */
  kind: string;
  /** The layer's folder; the code is linted as one of its files. */
  from: string;
  /** The module imported. */
  source: string;
  /** The rule that must refuse it. */
  rule: string;
}

const paths = 'import-x/no-restricted-paths';
const packages = 'no-restricted-imports';
const feature = 'attestation';
const another = otherFeature(feature);

/** Each kind of wrong-way import the project refuses (issue 19), by alias and by relative path. */
const WRONG: Case[] = [
  // Features meet only in src/app.
  {
    kind: 'feature → another feature (alias)',
    from: `src/features/${feature}`,
    source: `@/features/${another}`,
    rule: paths,
  },
  {
    kind: 'feature → another feature (relative)',
    from: `src/features/${feature}`,
    source: `../${another}`,
    rule: paths,
  },
  {
    kind: 'feature → app (alias)',
    from: `src/features/${feature}`,
    source: '@/app/app',
    rule: paths,
  },
  {
    kind: 'feature → app (relative)',
    from: `src/features/${feature}`,
    source: '../../app/app',
    rule: paths,
  },
  // Shared components and hooks sit below the features.
  {
    kind: 'components → features (alias)',
    from: 'src/components/ui',
    source: `@/features/${feature}`,
    rule: paths,
  },
  {
    kind: 'components → features (relative)',
    from: 'src/components/ui',
    source: `../../features/${feature}`,
    rule: paths,
  },
  { kind: 'components → app (alias)', from: 'src/components/ui', source: '@/app/app', rule: paths },
  {
    kind: 'components → app (relative)',
    from: 'src/components/ui',
    source: '../../app/app',
    rule: paths,
  },
  {
    kind: 'hooks → features (alias)',
    from: 'src/hooks',
    source: `@/features/${feature}`,
    rule: paths,
  },
  {
    kind: 'hooks → features (relative)',
    from: 'src/hooks',
    source: `../features/${feature}`,
    rule: paths,
  },
  { kind: 'hooks → app (alias)', from: 'src/hooks', source: '@/app/app', rule: paths },
  // The pure domain (relative imports only, so that it runs under plain Node).
  { kind: 'domain → storage', from: 'src/domain', source: '../storage/db', rule: paths },
  { kind: 'domain → storage (alias)', from: 'src/domain', source: '@/storage/db', rule: paths },
  { kind: 'domain → features', from: 'src/domain', source: `../features/${feature}`, rule: paths },
  { kind: 'domain → app', from: 'src/domain', source: '../app/app', rule: paths },
  {
    kind: 'domain → components',
    from: 'src/domain',
    source: '../components/ui/fields',
    rule: paths,
  },
  { kind: 'domain → react', from: 'src/domain', source: 'react', rule: packages },
  { kind: 'domain → xstate', from: 'src/domain', source: 'xstate', rule: packages },
  { kind: 'domain → @xstate/react', from: 'src/domain', source: '@xstate/react', rule: packages },
  { kind: 'domain → idb', from: 'src/domain', source: 'idb', rule: packages },
  // Content: schemas and loaders.
  { kind: 'content → storage (alias)', from: 'src/content', source: '@/storage/db', rule: paths },
  {
    kind: 'content → storage (relative)',
    from: 'src/content',
    source: '../storage/db',
    rule: paths,
  },
  { kind: 'content → features', from: 'src/content', source: `@/features/${feature}`, rule: paths },
  { kind: 'content → app', from: 'src/content', source: '../app/app', rule: paths },
  {
    kind: 'content → components',
    from: 'src/content',
    source: '@/components/ui/fields',
    rule: paths,
  },
  { kind: 'content → react', from: 'src/content', source: 'react', rule: packages },
  { kind: 'content → @xstate/react', from: 'src/content', source: '@xstate/react', rule: packages },
  { kind: 'content → idb', from: 'src/content', source: 'idb', rule: packages },
  // The machine.
  { kind: 'machine → storage (alias)', from: 'src/machine', source: '@/storage/db', rule: paths },
  {
    kind: 'machine → storage (relative)',
    from: 'src/machine',
    source: '../storage/db',
    rule: paths,
  },
  { kind: 'machine → features', from: 'src/machine', source: `@/features/${feature}`, rule: paths },
  { kind: 'machine → app', from: 'src/machine', source: '../app/app', rule: paths },
  {
    kind: 'machine → components',
    from: 'src/machine',
    source: '@/components/ui/fields',
    rule: paths,
  },
  { kind: 'machine → react', from: 'src/machine', source: 'react', rule: packages },
  { kind: 'machine → @xstate/react', from: 'src/machine', source: '@xstate/react', rule: packages },
  { kind: 'machine → idb', from: 'src/machine', source: 'idb', rule: packages },
  // Storage keeps domain data and knows no machine or UI.
  {
    kind: 'storage → machine',
    from: 'src/storage',
    source: '@/machine/interview-machine',
    rule: paths,
  },
  {
    kind: 'storage → features',
    from: 'src/storage',
    source: `../features/${feature}`,
    rule: paths,
  },
];

/** Imports that follow the arrows: none may trip a boundary rule. */
const RIGHT: Case[] = [
  { kind: 'app → feature', from: 'src/app', source: `@/features/${feature}`, rule: '' },
  {
    kind: 'feature → components',
    from: `src/features/${feature}`,
    source: '@/components/ui/fields',
    rule: '',
  },
  {
    kind: 'feature → hooks',
    from: `src/features/${feature}`,
    source: '@/hooks/use-document-title',
    rule: '',
  },
  {
    kind: 'feature → domain',
    from: `src/features/${feature}`,
    source: '@/domain/limits',
    rule: '',
  },
  { kind: 'feature → react', from: `src/features/${feature}`, source: 'react', rule: '' },
  { kind: 'components → content', from: 'src/components/ui', source: '@/content/words', rule: '' },
  { kind: 'domain → domain', from: 'src/domain', source: './eligibility/saq-catalog', rule: '' },
  { kind: 'domain → lib', from: 'src/domain', source: '../lib/paths', rule: '' },
  { kind: 'machine → domain', from: 'src/machine', source: '@/domain/limits', rule: '' },
  { kind: 'machine → xstate', from: 'src/machine', source: 'xstate', rule: '' },
  { kind: 'storage → domain', from: 'src/storage', source: '@/domain/limits', rule: '' },
  { kind: 'storage → idb', from: 'src/storage', source: 'idb', rule: '' },
];

/** A module that uses what it imports, so only the boundary can be wrong with it. */
const importing = (source: string) =>
  `import * as imported from '${source}';\n\nexport const used = imported;\n`;

/** The project's own lint, and the same without the cycle check (which walks the whole graph). */
let eslint: ESLint;
let withoutCycles: ESLint;
beforeAll(() => {
  // Boundaries need no type information: the typed rules are off here, which makes each file's lint
  // a parse and a resolve instead of a TypeScript program.
  const untyped = tseslint.configs.disableTypeChecked;
  eslint = new ESLint({
    cwd: root,
    overrideConfigFile: `${root}eslint.config.js`,
    overrideConfig: [untyped],
  });
  withoutCycles = new ESLint({
    cwd: root,
    overrideConfigFile: `${root}eslint.config.js`,
    overrideConfig: [untyped, { rules: { 'import-x/no-cycle': 'off' } }],
  });
});

async function boundaryErrors(
  code: string,
  file: string,
  linter = withoutCycles,
): Promise<Linter.LintMessage[]> {
  const [result] = await linter.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).filter((m) => m.ruleId !== null && BOUNDARY_RULES.has(m.ruleId));
}

describe('lint refuses every wrong-way import', () => {
  it(
    `refuses each of the ${WRONG.length} kinds, with the boundary rule`,
    async () => {
      const missed: string[] = [];
      for (const c of WRONG) {
        const errors = await boundaryErrors(importing(c.source), fileIn(c.from));
        if (!errors.some((e) => e.ruleId === c.rule && e.severity === 2))
          missed.push(`${c.kind} (${c.from} imports '${c.source}')`);
      }
      expect(missed).toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );

  it(
    'refuses an import cycle',
    async () => {
      // src/domain/files/json-scan.ts imports src/domain/limits.ts: limits importing it back closes
      // a cycle.
      expect(readFileSync(`${root}src/domain/files/json-scan.ts`, 'utf8')).toMatch(
        /^import \{[^}]*\} from '\.\.\/limits';$/m,
      );
      const errors = await boundaryErrors(
        "import { skipSpace } from './files/json-scan';\n\nexport const used = skipSpace;\n",
        'src/domain/limits.ts',
        eslint,
      );
      expect(errors.map((e) => e.ruleId)).toContain('import-x/no-cycle');
    },
    LINT_TIMEOUT_MS,
  );

  it(
    'lets every right-way import through',
    async () => {
      const refused: string[] = [];
      for (const c of RIGHT) {
        const errors = await boundaryErrors(importing(c.source), fileIn(c.from));
        if (errors.length > 0)
          refused.push(`${c.kind}: ${errors.map((e) => `${e.ruleId}: ${e.message}`).join('; ')}`);
      }
      expect(refused).toEqual([]);
    },
    LINT_TIMEOUT_MS,
  );
});
