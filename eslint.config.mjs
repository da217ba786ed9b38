// Lint rules, including the process boundaries of architecture.md: shared/ is pure, the renderer is a web
// page, and only electron/main (and the preload) may touch Electron.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeOnly = [
  'node:*',
  'fs',
  'path',
  'os',
  'child_process',
  'crypto',
  'http',
  'better-sqlite3',
  'electron-store',
  'conf',
];
const restrict = (patterns, message) => ['error', { patterns: [{ group: patterns, message }] }];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.test-output/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        [...nodeOnly, 'electron', 'react', 'react-dom', '**/electron/**', '**/renderer/**'],
        'shared/ is pure: no Node, Electron, database, React or DOM.',
      ),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // The two rules that catch real bugs (a hook called conditionally, a stale value in an effect or memo);
      // the plugin's React Compiler rules are for code written for the compiler, which this is not.
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': restrict(
        [...nodeOnly, 'electron', '**/electron/**'],
        'The renderer is a sandboxed web page: it talks to the backend through window.samenspel only.',
      ),
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/server/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        ['electron', 'electron-store', 'react', 'react-dom', '**/renderer/**', '**/electron/main/**'],
        'The backend is plain Node: only electron/main knows Electron.',
      ),
    },
  },
  {
    // Type-aware rules, where the types catch what a reader misses: a promise nobody waits for or whose failure
    // nobody hears (an async event handler, a signal handler), and an await of something that is not a promise.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts', 'test/**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
);
