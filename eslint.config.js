import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import localRules from './eslint-rules/no-jsx-sentences.js';
import tseslint from 'typescript-eslint';

/** Packages that belong to the UI (and storage) layers only. */
const uiPackages = [
  'react',
  'react-dom',
  'react-dom/client',
  'react-router',
  '@xstate/react',
  'react-hook-form',
  'idb',
];

/** Each folder of src/features is one feature; features meet only in src/app. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const src = (dir) => `./src/${dir}`;
/** A zone: files under `target` may not import anything under any of `from`. */
const zone = (target, from, message) =>
  from.map((f) => ({ target: src(target), from: src(f), message }));

const layers = [
  // The pure core: no UI, no storage, nothing above it.
  ...zone(
    'lib',
    ['content', 'domain', 'machine', 'storage', 'components', 'hooks', 'features', 'app', 'pdf'],
    'src/lib is the shared kernel: it imports nothing else from src.',
  ),
  ...zone(
    'content',
    ['domain', 'machine', 'storage', 'components', 'hooks', 'features', 'app', 'pdf'],
    'src/content reads and checks content; it knows no rules, machines, storage or UI.',
  ),
  ...zone(
    'domain',
    ['machine', 'storage', 'components', 'hooks', 'features', 'app', 'pdf'],
    'src/domain is pure rules: it imports only content, lib and itself.',
  ),
  ...zone(
    'machine',
    ['storage', 'components', 'hooks', 'features', 'app', 'pdf'],
    'src/machine sequences phases over the domain; storage and UI come to it, not the reverse.',
  ),
  ...zone(
    'storage',
    ['machine', 'components', 'hooks', 'features', 'app', 'pdf'],
    'src/storage keeps domain data; it knows no machine or UI.',
  ),
  ...zone(
    'pdf',
    ['machine', 'storage', 'components', 'hooks', 'features', 'app'],
    'src/pdf formats a report model and decides nothing.',
  ),
  ...zone(
    'components',
    ['storage', 'features', 'app', 'pdf'],
    'Shared components are below the features: they never import a feature, the app or storage.',
  ),
  ...zone(
    'hooks',
    ['storage', 'features', 'app', 'pdf'],
    'Shared hooks are below the features: they never import a feature, the app or storage.',
  ),
  ...features.flatMap((name) =>
    zone(
      `features/${name}`,
      [...features.filter((other) => other !== name).map((other) => `features/${other}`), 'app'],
      'Features never import each other or the app: they meet only in src/app.',
    ),
  ),
];

const noUiPackages = (message) => ({
  'no-restricted-imports': ['error', { paths: uiPackages.map((name) => ({ name, message })) }],
});

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dev-dist',
      'node_modules',
      'test-results',
      'playwright-report',
      'coverage',
      'public/browser-check.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x reads no TypeScript file it resolves: no-cycle sees no dependency
      // and never reports (scripts/lint-boundaries.test.ts checks that a cycle fails lint).
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs', '.cjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      // Event handlers may be async (each catches its own errors); a promise anywhere else must be
      // awaited or marked `void`.
      // Memory stand-ins implement async interfaces without awaiting anything.
      '@typescript-eslint/require-await': 'off',
      // Router loaders throw `redirect()`, a Response.
      '@typescript-eslint/only-throw-error': [
        'error',
        { allow: [{ from: 'lib', name: 'Response' }], allowRethrowing: true },
      ],
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Plain JavaScript files (configs, scripts) are not part of a TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layers }],
      // Packages cannot import our code back: skipping them keeps the check fast.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-duplicates': 'error',
      'import-x/no-self-import': 'error',
    },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  {
    // Every word a user reads or hears lives in content/text/*.json and is shown with say().
    files: ['src/features/**/*.tsx', 'src/app/**/*.tsx', 'src/components/**/*.tsx'],
    ignores: [
      // Component tests render made-up fields of their own.
      '**/*.test.tsx',
    ],
    plugins: { local: localRules },
    rules: { 'local/no-jsx-sentences': 'error' },
  },
  {
    files: ['src/lib/**', 'src/content/**', 'src/machine/**'],
    rules: noUiPackages('Keep this layer free of UI and storage code.'),
  },
  {
    // The engine also runs under plain Node (tsx), so relative imports only, and no XState.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...uiPackages, 'xstate'].map((name) => ({
            name,
            message: 'Keep the domain pure: no UI, storage or machine code.',
          })),
          patterns: [
            { group: ['@/*'], message: 'src/domain uses relative imports so it runs under tsx.' },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
  {
    // Tests may assert that a value exists with `!` after checking it.
    // Tests also read parsed JSON and use asymmetric matchers (`expect.any`), typed `any`.
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
