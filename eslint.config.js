import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/storage/**', 'src/build/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'idb', message: 'Only src/storage/ touches IndexedDB.' }] },
      ],
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
