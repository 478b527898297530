import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiLibraries = ['react', 'react-dom', 'react-router', '@xstate/react', 'react-hook-form'];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'node_modules',
      'test-results',
      'playwright-report',
      'public/browser-check.js',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
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
    // The layers: pure domain, content and machines never reach for the UI libraries.
    files: ['src/domain/**', 'src/content/**', 'src/machine/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibraries.map((name) => ({ name, message: 'Keep this layer free of UI code.' })),
          patterns: [
            {
              group: ['@/features/*', '@/app/*', '@/components/*'],
              message: 'Data flows one way: features import this layer, not the reverse.',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine also runs under plain Node (tsx), so relative imports only.
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: uiLibraries.map((name) => ({ name, message: 'Keep the domain free of UI code.' })),
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
    files: ['**/*.test.ts', '**/*.test.tsx', 'e2e/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
