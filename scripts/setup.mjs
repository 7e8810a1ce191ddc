// `npm run setup`: installs the dependencies with the npm that runs it, 10 or 11, without fetching Electron. npm 11
// honours package.json `allowScripts` (only better-sqlite3 and esbuild may run install scripts); npm 10 ignores that
// field and would run Electron's installer, which downloads a binary and fails on a machine without that network. So
// every install script is skipped, and then the packages allowScripts names are rebuilt: the same result with both.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const allowed = Object.entries(pkg.allowScripts ?? {}).filter(([, allow]) => allow).map(([name]) => name);

function npm(args) {
  // the npm running this script names its own CLI; run it with this node, so no shell is needed (npm.cmd on Windows)
  const cli = process.env.npm_execpath;
  const [command, argv] = cli && /\.[cm]?js$/.test(cli) ? [process.execPath, [cli, ...args]] : ['npm', args];
  console.log(`> npm ${args.join(' ')}`);
  const r = spawnSync(command, argv, { cwd: root, stdio: 'inherit', shell: command === 'npm' && process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const locked = fs.existsSync(path.join(root, 'package-lock.json'));
npm([locked ? 'ci' : 'install', '--ignore-scripts', '--no-audit', '--no-fund']);
npm(['rebuild', ...allowed]);
