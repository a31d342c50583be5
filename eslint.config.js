// Lint, including the layering rules: who may import whom (see DESIGN.md and README.md).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { readdirSync } from 'node:fs';

const nodeBuiltins = { regex: '^(node:.*|fs|path|os|child_process|crypto|url|stream|util)$', message: 'Node is for the main process only.' };
const electron = { regex: '^electron$', message: 'Only src-main may import Electron.' };
const mainCode = {
  regex: 'src-main/(?!ipc-contract$)',
  message: 'The renderer may import only the IPC contract from src-main.',
};
/** What no renderer code may import; each layer's block adds its own rules to these. */
const rendererBase = [electron, nodeBuiltins, mainCode];

/**
 * A feature never reaches into another feature: shared pieces live in `src-renderer/shared/`,
 * cross-cutting services in `src-renderer/app/services/`, and the print views are the `print`
 * part of the exports feature that other features reach only through a print route. ESLint's
 * patterns see import strings, not resolved paths, so there is one block per feature and depth:
 * at depth d below `features/`, `../` d times is the features folder itself.
 */
const FEATURES = readdirSync(new URL('./src-renderer/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureBoundaries = FEATURES.flatMap((feature) =>
  [1, 2, 3].map((depth) => ({
    files: [`src-renderer/features/${feature}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBase,
            {
              regex: `^${'\\.\\./'.repeat(depth)}(?!${feature}/)[A-Za-z]`,
              message: 'A feature never imports another feature: move what both need to src-renderer/shared/.',
            },
            {
              regex: `^${'\\.\\./'.repeat(depth + 1)}features/`,
              message: 'A feature never imports another feature: move what both need to src-renderer/shared/.',
            },
            {
              regex: `^${'\\.\\./'.repeat(depth + 1)}app/(?!services/)`,
              message: 'Features may use the app layer only through app/services/.',
            },
          ],
        },
      ],
    },
  })),
);

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bench/results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
      'no-restricted-imports': ['error', { patterns: rendererBase }],
    },
  },
  {
    // The pure domain core: no React, DOM, Dexie or Node, and nothing else of the app.
    files: ['src-renderer/core/**/*.ts'],
    ignores: ['src-renderer/core/**/*.test.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBase,
            { regex: '^(react|react-dom|react-router-dom|dexie|dexie-react-hooks|recharts)(/.*)?$', message: 'The core is pure: no UI or storage libraries.' },
            { regex: '\\.\\./(db|features|app|ui)(/|$)', message: 'The core imports nothing else of the app.' },
          ],
        },
      ],
    },
  },
  {
    // The Dexie layer: core and dexie, never UI.
    files: ['src-renderer/db/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBase,
            { regex: '^(react|react-dom|react-router-dom|recharts)(/.*)?$', message: 'The database layer has no UI.' },
            { regex: '\\.\\./(features|app|ui)(/|$)', message: 'The database layer may import only the core.' },
          ],
        },
      ],
    },
  },
  ...featureBoundaries,
  {
    // Shared hooks and widgets: core, db and ui, never a feature or the app shell.
    files: ['src-renderer/shared/**/*.{ts,tsx}', 'src-renderer/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...rendererBase,
            { regex: '\\.\\./(features|app)(/|$)', message: 'Shared code is used by features, never the other way round.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: 'src-renderer', message: 'The main process never imports renderer code.' }] },
      ],
    },
  },
  {
    // Only the files Electron itself loads may import it; everything else must load in plain Node for tests.
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/main.ts', 'src-main/preload.ts', 'src-main/window.ts', 'src-main/protocol.ts', 'src-main/menu.ts', 'src-main/electron-services.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: 'src-renderer', message: 'The main process never imports renderer code.' },
            {
              regex: '^electron(-store)?$',
              allowTypeImports: true,
              message: 'Keep Electron in the few files only Electron loads, so this file can be tested in Node.',
            },
          ],
        },
      ],
    },
  },
  {
    // Unit tests may read fixture files with Node; they still never import Electron or main code.
    files: ['src-renderer/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: { 'no-restricted-imports': ['error', { patterns: [electron, mainCode] }] },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.{js,mjs,ts}', 'bench/**/*.{ts,mjs}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
