import { ESLint, RuleTester } from 'eslint';
import { describe, expect, it } from 'vitest';
import { noJsxSentences } from './no-jsx-sentences.js';

// RuleTester calls describe/it itself; point it at Vitest's.
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const tester = new RuleTester({
  languageOptions: {
    ecmaVersion: 'latest',
    sourceType: 'module',
    parserOptions: { ecmaFeatures: { jsx: true } },
  },
});

tester.run('no-jsx-sentences', noJsxSentences, {
  valid: [
    // Words come from a table.
    { code: `<p>{say(TABLE, 'intro')}</p>` },
    { code: `<nav aria-label={say(TABLE, 'nav')} />` },
    // Punctuation, signs, digits and single letters are not words.
    { code: `<p>{a} · {b}</p>` },
    { code: `<button>×</button>` },
    { code: `<span>→ 1.2.3 (4) — A</span>` },
    { code: `<td>{n}: {' '}</td>` },
    // A template literal with only placeholders and signs.
    { code: '<section aria-label={`${name} · ${id}`} />' },
    // Attributes that nobody reads aloud may hold words.
    { code: `<input type="text" autoComplete="organization" className="field wide" name="org" />` },
    { code: `<a href="/files">{say(TABLE, 'files')}</a>` },
    // A literal given to an attribute from a table lookup.
    { code: `<Field label={w('name')} hint={w('name.hint')} />` },
  ],
  invalid: [
    { code: `<p>Check your answers</p>`, errors: [{ messageId: 'text' }] },
    { code: `<h1>Glossary</h1>`, errors: [{ messageId: 'text' }] },
    { code: `<p>{count} requirements</p>`, errors: [{ messageId: 'text' }] },
    { code: `<p>{'Some words'}</p>`, errors: [{ messageId: 'text' }] },
    { code: `<p>{done ? 'Nothing is missing' : n}</p>`, errors: [{ messageId: 'text' }] },
    { code: `<nav aria-label="Main" />`, errors: [{ messageId: 'attribute' }] },
    { code: `<abbr title="Self-assessment questionnaire">SAQ</abbr>`, errors: 2 },
    { code: `<input placeholder="Your name" />`, errors: [{ messageId: 'attribute' }] },
    { code: `<img alt="Logo" src="x.png" />`, errors: [{ messageId: 'attribute' }] },
    { code: `<Field label={'Name'} />`, errors: [{ messageId: 'attribute' }] },
    { code: '<Field hint={`About ${n} minutes`} />', errors: [{ messageId: 'attribute' }] },
    {
      code: `<fieldset legend={open ? 'Open' : w('closed')} />`,
      errors: [{ messageId: 'attribute' }],
    },
    { code: `<Table caption="Assessments" description="One per channel" />`, errors: 2 },
    { code: `<Details summary="How can I tell?" />`, errors: [{ messageId: 'attribute' }] },
    // Any script's letters count.
    { code: `<p>Évaluation</p>`, errors: [{ messageId: 'text' }] },
  ],
});

describe('eslint.config.js', () => {
  const eslint = new ESLint({ cwd: new URL('..', import.meta.url).pathname });
  const level = async (file: string): Promise<unknown> => {
    const config = (await eslint.calculateConfigForFile(file)) as {
      rules?: Record<string, unknown>;
    };
    return config.rules?.['local/no-jsx-sentences'];
  };

  it('applies the rule to the pages of features, app and components', async () => {
    for (const file of [
      'src/features/review/review-page.tsx',
      'src/app/layout.tsx',
      'src/components/ui/error-summary.tsx',
    ]) {
      expect(await level(file), file).toEqual([2]);
    }
  }, 30_000);

  it('covers every page, and leaves out component tests and code that is not JSX', async () => {
    expect(await level('src/features/home/home-page.tsx')).toEqual([2]);
    for (const file of ['src/components/ui/fields.test.tsx', 'src/domain/report/report-model.ts']) {
      expect(await level(file), file).toBeUndefined();
    }
  }, 30_000);
});
