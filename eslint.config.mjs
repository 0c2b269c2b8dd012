// ESLint (flat config) with typescript-eslint: the recommended rules, plus the layering that
// docs/architecture is built on, enforced instead of kept by convention:
//   - src/core is pure TypeScript: no `vscode`, no Node built-ins, no `process` (its I/O is
//     injected by the adapters). tsconfig.core.json checks the same from the types' side.
//   - the adapters (src/cli, src/extension, src/webview) use the core through its public entry
//     points only (see PUBLIC_ENTRY_POINTS below), never its internals.
// `npm run lint` runs this with tsc per project, Prettier and knip (docs/testing.md).
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

// Node built-ins the core must not import (also as `node:…`, which the pattern below bans
// altogether) and the editor API.
const CORE_BANNED_MODULES = ['vscode', 'fs', 'fs/promises', 'path', 'process', 'child_process', 'os', 'worker_threads'];
const coreBannedPaths = CORE_BANNED_MODULES.map((name) => ({
  name,
  message: 'src/core is pure: the CLI or the extension reads files and the environment and passes the result in.',
}));

// The core's public entry points, the only core modules the adapters may import:
//   - src/core/index.ts: the public API (lint, fix, parse, rules, editor features, checklist,
//     inventory, schedule, assistant, configuration).
//   - src/core/checklist/protocol.ts: the messages between the preview and its webview. The
//     webview (a page script, tsconfig.webview.json) imports only its types, so that its type
//     check does not take in the whole core.
// One entry point costs the bundles nothing: package.json `sideEffects` tells esbuild that the
// core's modules do nothing when loaded, so a bundle takes in only the modules whose exports it
// uses, and dist/extension.js still leaves markdown-it and the assistant to the lazy bundles of
// src/extension/lazy.ts (dist/lazy/*.js).
const PUBLIC_ENTRY_POINTS = ['index', 'checklist/protocol'];
const coreInternals = {
  // `../core` and `../../core` (index.ts) pass; `../core/<anything else>` does not.
  regex: `^(\\.\\./)+core/(?!(${PUBLIC_ENTRY_POINTS.join('|')})$)`,
  message: 'Import the core through src/core/index.ts (its public API), not its internals.',
};

const corePatterns = [
  { group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
  {
    regex: '^(\\.\\./)+(cli|extension|webview)(/|$)',
    message: 'The core does not depend on its adapters (src/cli, src/extension, src/webview).',
  },
];

// A rule touches only its context (src/core/rule.ts: ESLint's `context` is the model): it
// imports types, and the facts it judges by (src/core/knowledge/, data with their sources).
// Everything else it needs (reading the YAML, ranges, the fixer and step writer, server
// names, released updates, words in the runbook's locale) is on `context`, so the same
// step or message comes out the same whichever rule writes it. The catalogue
// (rules/index.ts) imports the rules themselves.
const RULE_MESSAGE =
  'A rule reaches the core through its `context` (src/core/rule.ts); it imports only types and src/core/knowledge/.';
const rulePatterns = [
  ...corePatterns,
  { regex: '^\\.\\./(?!knowledge/|rule$)', allowTypeImports: true, message: RULE_MESSAGE },
  { regex: '^\\./', allowTypeImports: true, message: RULE_MESSAGE },
  { regex: '^[^.]', allowTypeImports: true, message: RULE_MESSAGE },
];

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'out/**',
      'node_modules/**',
      '.vscode-test/**',
      'src/core/generated/**',
      'test/fixtures/**',
      'test/golden/**',
      '.bench/**',
      'test-results/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // Unused names: tsc's noUnusedLocals already reports them; `_`-prefixed parameters are
      // deliberate (a handler's signature).
      // Control characters in patterns are the point where they occur: what reaches a terminal,
      // a calendar or a server name is cleaned of them.
      'no-control-regex': 'off',
      // Runs of spaces in patterns are YAML indentation, clearer written out than as ` {6}`.
      'no-regex-spaces': 'off',
      // `import x = require('…')` is TypeScript's CommonJS import (src/cli/files.ts says why).
      '@typescript-eslint/no-require-imports': ['error', { allowAsImport: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    // The product's code reads in small pieces: no function in src/ branchier than complexity
    // 25 or longer than 100 lines. A flat data table may be exempted, with a disable comment at
    // it that says so. Tests are left out: a `describe` callback is as long as the cases it holds.
    files: ['src/**/*.ts'],
    rules: {
      complexity: ['error', 25],
      'max-lines-per-function': ['error', { max: 100, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // CommonJS scripts and the build: Node globals, require().
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        exports: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        URL: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: coreBannedPaths, patterns: corePatterns }],
      'no-restricted-globals': [
        'error',
        ...['process', 'Buffer', 'require', 'module', '__dirname', '__filename', 'window', 'document', 'self'].map(
          (name) => ({ name, message: `src/core is pure: no \`${name}\` (inject what it is needed for).` }),
        ),
      ],
      'no-restricted-properties': [
        'error',
        { object: 'globalThis', property: 'process', message: 'src/core is pure: no `process`.' },
        { object: 'globalThis', property: 'require', message: 'src/core is pure: no `require`.' },
      ],
    },
  },
  {
    files: ['src/core/rules/**/*.ts'],
    ignores: ['src/core/rules/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { paths: coreBannedPaths, patterns: rulePatterns }],
    },
  },
  {
    files: ['src/cli/**/*.ts', 'src/extension/**/*.ts', 'src/webview/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [coreInternals] }],
    },
  },
  {
    // Tests and scripts load CommonJS build scripts and packages where they need them.
    files: ['test/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Runs a function inside the page it screenshots.
    files: ['scripts/screenshot.js'],
    languageOptions: { globals: { document: 'readonly', Image: 'readonly' } },
  },
  {
    // The CLI and the extension are CommonJS bundles; the extension's lazy loader and the
    // nonce's Node fallback require() at run time on purpose.
    files: ['src/extension/lazy.ts', 'src/extension/nonce.ts'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
