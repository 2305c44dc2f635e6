import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// src/core must run headless in Node (CLI, tests, Worker): no UI libraries, no DOM.
const uiModules = ['react', 'react-dom', 'react-dom/*', 'konva', 'konva/*', 'react-konva', 'zustand', 'zustand/*'];
const domGlobals = ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'DOMParser',
  'XMLSerializer', 'HTMLElement', 'Image', 'indexedDB', 'location', 'fetch', 'XMLHttpRequest'];

export default tseslint.config(
  { ignores: ['scratch/**', 'dist/**', 'dist-cli/**', 'node_modules/**', 'test-output/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**', 'src/editor/**', 'src/canvas/**', 'src/main.tsx', 'test/e2e/**', 'bench/browser.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/core/**'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: uiModules, message: 'src/core is headless: no UI libraries here (ARCHITECTURE.md, pattern 1).' },
          { group: ['**/ui/**', '**/editor/**', '**/canvas/**', '**/cli/**'], message: 'src/core must not depend on outer layers.' },
          { group: ['node:*', 'fs', 'path', 'child_process'], message: 'src/core runs in the browser too: no Node built-ins.' }],
      }],
      'no-restricted-globals': ['error', ...domGlobals.map((name) => ({ name, message: 'src/core is headless: no DOM globals.' }))],
    },
  },
);
