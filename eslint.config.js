import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

/**
 * Import boundaries: dependencies flow one way (src/README.md). Each area lists what it may not
 * import; one ESLint block per area, because a later block replaces an earlier one's rule.
 */
const only = {
  idb: { name: 'idb', message: 'Only src/storage/ touches IndexedDB.' },
  crypto: { name: 'hash-wasm', message: 'Only src/vault/ holds crypto code and keys.' },
};
const upward = {
  // Build tooling (src/build/) runs in Node at build time and is outside the app's layers.
  shell: {
    regex: '(^|/)(app/|main\\.tsx$)',
    message: 'Nothing imports the app shell: take what you need from src/core/ or the services.',
  },
  features: {
    regex: '(^|/)features/',
    message: 'Lower layers never import a feature: move the shared part down (src/core/).',
  },
  outOfCore: {
    regex: '^\\.\\./',
    message: 'src/core/ imports nothing above it: only libraries and other core modules.',
  },
  // Another feature's internals. The few modules a feature offers others are listed here.
  otherFeature: {
    regex:
      '^\\.\\./(?!\\.)(?!(vault/(Gate\\.tsx|VaultGate\\.tsx|app-vault\\.ts)|check-in/saved\\.ts|plan/plan-store\\.ts|services/(roles\\.ts|ServiceLine\\.tsx|directory\\.ts|text\\.ts|ServiceNumber\\.tsx)|quick-exit/quick-exit\\.ts)$)[^/]+/',
    message:
      "A feature uses another feature only through the modules it offers (eslint.config.js): ask for one, don't reach in.",
  },
};
const restrict = (files, ignores, paths, patterns) => ({
  files,
  ignores: [...ignores, '**/*.test.{ts,tsx}', 'src/app/testing.tsx'],
  rules: { 'no-restricted-imports': ['error', { paths, patterns }] },
});

/** Safety rules for all app code: one URL for the app's life, and no raw HTML anywhere. */
const SAFETY_SYNTAX = [
  {
    selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
    message: 'No raw HTML: render text.',
  },
  {
    selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]',
    message: 'No raw HTML sinks.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'No raw HTML sinks.',
  },
  {
    // Also through window.history or any other path to the history object.
    selector: 'MemberExpression[property.name=/^(pushState|replaceState)$/]',
    message: 'The app keeps one URL: use in-memory navigation.',
  },
  {
    selector: "MemberExpression[property.name=/^(hash|search)$/][object.property.name='location']",
    message: 'The app keeps one URL: no hash or query changes.',
  },
  {
    selector:
      "CallExpression[callee.property.name='assign']:matches([callee.object.name='location'], [callee.object.property.name='location'])",
    message: 'Leaving adds no history entry: use location.replace().',
  },
  {
    selector:
      "AssignmentExpression:matches([left.object.name='location'], [left.object.property.name='location'], [left.name='location'])",
    message: 'Leaving adds no history entry: use location.replace().',
  },
  {
    selector: "MemberExpression[object.name='localStorage']",
    message: 'Only src/storage/ stores anything.',
  },
  {
    selector: "MemberExpression[object.name='sessionStorage']",
    message: 'Only src/storage/ stores anything.',
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'dist-*/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      // Safety rules: one URL for the app's life, and no raw HTML anywhere.
      'no-restricted-properties': [
        'error',
        {
          object: 'history',
          property: 'pushState',
          message: 'The app keeps one URL: use in-memory navigation.',
        },
        {
          object: 'history',
          property: 'replaceState',
          message: 'The app keeps one URL: use in-memory navigation.',
        },
        {
          object: 'location',
          property: 'hash',
          message: 'The app keeps one URL: no hash changes.',
        },
        {
          object: 'location',
          property: 'search',
          message: 'The app keeps one URL: no query changes.',
        },
        { object: 'document', property: 'write', message: 'No raw HTML sinks.' },
        {
          object: 'window',
          property: 'open',
          message: 'Quick exit and links never open windows from script.',
        },
      ],
      'no-restricted-syntax': ['error', ...SAFETY_SYNTAX],
      'no-restricted-globals': [
        'error',
        { name: 'Notification', message: 'The app never asks for notifications.' },
        { name: 'PushManager', message: 'The app never asks for push.' },
      ],
    },
  },
  restrict(['src/core/**'], [], [only.idb, only.crypto], [upward.outOfCore]),
  restrict(['src/storage/**'], [], [only.crypto], [upward.shell, upward.features]),
  restrict(['src/vault/**'], [], [only.idb], [upward.shell, upward.features]),
  restrict(
    ['src/{i18n,content,regions,pwa}/**', 'src/sw.ts'],
    [],
    [only.idb, only.crypto],
    [upward.shell, upward.features],
  ),
  restrict(['src/features/**'], [], [only.idb, only.crypto], [upward.shell, upward.otherFeature]),
  restrict(['src/app/**', 'src/main.tsx'], [], [only.idb, only.crypto], []),
  {
    // Features build forms from the shared parts (src/ui), so every field is quiet and styled
    // alike. The cover's disguised tools are the exception: they must look like other apps.
    files: ['src/**/*.tsx'],
    ignores: [
      'src/ui/**',
      'src/features/disguise/Converter.tsx',
      'src/features/disguise/Calculator.tsx',
      '**/*.test.tsx',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...SAFETY_SYNTAX,
        {
          selector: 'JSXOpeningElement[name.name=/^(input|select|textarea)$/]',
          message: 'Use the parts in src/ui (Field, Checkbox, RadioGroup, Select, FileField).',
        },
      ],
    },
  },
  {
    // Hooks rules hold for Preact as for React: hooks at the top level, effects list what they use.
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      ...tseslint.configs.disableTypeChecked.languageOptions,
      globals: { ...globals.node },
    },
  },
  {
    files: ['src/build/**', 'test/**', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
