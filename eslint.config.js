// Lint, including the import boundaries of DESIGN §6.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
const NODE = { regex: '^(node:|fs$|path$|os$|child_process$|http$|crypto$|url$|util$|worker_threads$)', message: 'shared/ 与 renderer/ 必须能在任何环境运行：不能引用 Node 模块' };
const ELECTRON = { regex: '^electron$', message: "只有 electron/main.ts、preload.ts、ipc.ts 可以引用 'electron'" };
const ourFolder = (name, message) => ({ regex: `^(\\.\\./)+(${name})(/|$)`, message });

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'dist-electron', 'dist-bench', 'release', 'test/e2e/artifacts', 'test/artifacts', 'vet-ledger-data', '.tmp', 'db/migrations'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**'],
    rules: restrict(NODE, ELECTRON, ourFolder('db|electron|renderer|seeds|test', 'shared/ 不能引用项目中的其他文件夹'), {
      regex: '^(react|react-dom|antd|better-sqlite3|drizzle-orm)(/|$)',
      message: 'shared/ 只放契约、校验和纯规则',
    }),
  },
  {
    files: ['db/**'],
    rules: restrict(ELECTRON, ourFolder('electron|renderer|seeds|test', 'db/ 只能引用 shared/'), { regex: '^(react|antd)(/|$)', message: 'db/ 不能引用界面库' }),
  },
  {
    files: ['renderer/**'],
    rules: restrict(NODE, ELECTRON, ourFolder('db|electron|seeds|test', 'renderer/ 只能通过契约（shared/）访问数据'), {
      regex: '^(better-sqlite3|drizzle-orm)(/|$)',
      message: 'renderer/ 只能通过契约访问数据',
    }),
  },
  {
    files: ['electron/**', 'seeds/**'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts'],
    rules: restrict(ELECTRON, ourFolder('renderer', '主进程不能引用界面代码')),
  },
  {
    // Rooms below the handlers: what a handler, the import and a report all need lives in records/, never in a handler.
    files: ['electron/import/**', 'electron/reports/**', 'electron/records/**', 'electron/excel/**', 'electron/templates/**'],
    rules: restrict(ELECTRON, ourFolder('renderer', '主进程不能引用界面代码'), {
      regex: '^(\\.\\./)+handlers(/|$)',
      message: 'import/、reports/、records/、excel/ 在 handlers/ 之下，不能引用 handlers/：共用的部分放到 electron/records/',
    }),
  },
);
