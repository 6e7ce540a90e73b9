// Lint rules, including the architecture's boundaries: Dexie only in src/db, Web Crypto only
// in src/vault, date-fns only in src/domain/dates.ts, a pure src/domain, no network, and the
// seams between features, shared UI and storage (eslint/seams.js).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import seams from './eslint/seams.js';

const DEXIE = { name: 'dexie', message: 'Only src/db talks to IndexedDB: use a repository.' };
const DATE_FNS = {
  group: ['date-fns', 'date-fns/*'],
  message: 'Format dates through src/domain/dates.ts (en-GB everywhere).',
};
const NETWORK_GLOBALS = [
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'RTCPeerConnection',
].map((name) => ({
  name,
  message: 'The app makes no network requests: nothing leaves the device.',
}));
const SUBTLE = {
  object: 'crypto',
  property: 'subtle',
  message: 'Only src/vault uses Web Crypto.',
};
const BEACON = {
  object: 'navigator',
  property: 'sendBeacon',
  message: 'The app makes no network requests.',
};

export default tseslint.config(
  {
    ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'reports'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'jsx-a11y': jsxA11y, 'react-hooks': reactHooks, local: seams },
    languageOptions: { globals: globals.browser },
    rules: {
      ...jsxA11y.flatConfigs.recommended.rules,
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-console': 'error',
      'local/seams': 'error',
      'no-restricted-globals': ['error', ...NETWORK_GLOBALS],
      'no-restricted-properties': ['error', SUBTLE, BEACON],
      'no-restricted-imports': ['error', { paths: [DEXIE], patterns: [DATE_FNS] }],
    },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [DATE_FNS] }] },
  },
  {
    files: ['src/vault/**'],
    rules: { 'no-restricted-properties': ['error', BEACON] },
  },
  {
    files: ['src/domain/dates.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [DEXIE] }] },
  },
  {
    files: ['src/domain/**'],
    ignores: ['src/domain/dates.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [DEXIE],
          patterns: [
            DATE_FNS,
            {
              group: [
                '**/app/**',
                '**/features/**',
                '**/ui/**',
                '**/db/**',
                '**/vault/**',
                '@preact/signals',
                'preact',
                'preact/*',
              ],
              message: 'src/domain is pure: no UI, storage, crypto or signals.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/sw.ts'],
    languageOptions: { globals: globals.serviceworker },
    rules: { 'no-restricted-globals': 'off' },
  },
  {
    files: ['tests/**', 'bench/**', 'scripts/**', '*.config.*'],
    rules: { 'no-console': 'off' },
  },
);
