import js from '@eslint/js';
import globals from 'globals';
import jest from 'eslint-plugin-jest';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/coverage/**',
      '.data/**',
      '.reports/**',
      'web/test-results/**',
      'web/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js', 'api/**/*.ts', 'shared/**/*.ts', 'infra/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['api/**/*.js', '**/*.cjs', 'shared/jest.config.js'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // A focused or skipped test would leave the rest of the suite unrun while the run stays green.
    files: [
      'api/src/**/*.spec.ts',
      'api/test/**/*.ts',
      'shared/src/**/*.spec.ts',
      'web/src/**/*.test.{ts,tsx}',
      'web/e2e/**/*.ts',
      'infra/**/*.test.mjs',
    ],
    plugins: { jest },
    settings: {
      // The same rules serve jest, vitest, Playwright and node:test, which share these names.
      jest: { version: 30, globalPackage: 'vitest' },
    },
    rules: {
      'jest/no-focused-tests': 'error',
      'jest/no-disabled-tests': 'error',
    },
  },
  {
    // The jest rules do not recognise Playwright's and node:test's imports.
    files: ['web/e2e/**/*.ts', 'infra/**/*.test.mjs'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'CallExpression > MemberExpression.callee[property.name=/^(only|skip|todo|fixme)$/]',
          message: 'Focused, skipped or unfinished tests leave part of the suite unrun.',
        },
      ],
    },
  },
  {
    // Configuration is read in one place only.
    files: ['api/src/**/*.ts'],
    ignores: ['api/src/config/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read settings through loadConfig().' },
      ],
    },
  },
);
