// `npm start`: fetch the Electron binary if missing, build, rebuild better-sqlite3 for Electron, run the app, and
// afterwards (also after a failure or Ctrl+C) rebuild better-sqlite3 for Node so tests, CLI and browser host keep
// working (DESIGN §6: node_modules stays built for Node). electron-package.mjs reuses the steps exported here.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

class StepFailed extends Error {}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', ...options });
  if (result.error) throw new StepFailed(`${command}: ${result.error.message}`);
  return result.status ?? 1;
}

function runNodeScript(script, args) {
  return run(process.execPath, [path.join(root, script), ...args]);
}

function runNpm(args) {
  // Under `npm start` npm names its own CLI: running it with this node needs no shell (npm.cmd on Windows would).
  const npmCli = process.env.npm_execpath;
  if (npmCli && /\.[cm]?js$/.test(npmCli)) return run(process.execPath, [npmCli, ...args]);
  return run('npm', args, { shell: process.platform === 'win32' });
}

export function runElectronBuilder(args) {
  return runNodeScript('node_modules/electron-builder/cli.js', args);
}

function step(status, zh, en) {
  if (status !== 0) throw new StepFailed(`${zh}\n${en}`);
}

function electronBinary() {
  try {
    const binary = require('electron'); // outside Electron this package exports the binary's path, or throws
    return fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function ensureElectronBinary() {
  if (electronBinary()) return;
  console.log('正在下载 Electron 运行文件… / Downloading the Electron binary…');
  runNodeScript('node_modules/electron/install.js', []);
  if (electronBinary()) return;
  throw new StepFailed(
    [
      '无法下载 Electron 运行文件（需要联网）。',
      '可以设置环境变量 ELECTRON_MIRROR=https://npmmirror.com/mirrors/electron/ 后重新运行 npm start；',
      '或者不用 Electron，运行 npm run web 在浏览器中使用。',
      'Could not download the Electron binary (this needs a network connection).',
      'Set ELECTRON_MIRROR to a reachable mirror (e.g. https://npmmirror.com/mirrors/electron/) and run npm start again,',
      'or use the browser version instead: npm run web.',
    ].join('\n'),
  );
}

/**
 * Builds the renderer and the shell, then compiles better-sqlite3 for Electron. onNativeRebuild is called just before
 * better-sqlite3 is touched, so the caller knows it must restore the Node build afterwards.
 */
function prepareForElectron(onNativeRebuild) {
  step(runNpm(['run', 'build']), '构建失败（npm run build）。', 'The build failed (npm run build).');
  onNativeRebuild();
  step(
    runElectronBuilder(['install-app-deps']),
    '为 Electron 编译 better-sqlite3 失败（可能需要联网下载 Electron 头文件）。',
    'Rebuilding better-sqlite3 for Electron failed (it may need a network connection for the Electron headers).',
  );
}

function restoreNodeBuild() {
  console.log('正在为 Node 重新编译 better-sqlite3… / Rebuilding better-sqlite3 for Node…');
  const status = runNpm(['rebuild', 'better-sqlite3']);
  if (status !== 0) {
    console.error('为 Node 重新编译 better-sqlite3 失败，请手动运行：npm rebuild better-sqlite3');
    console.error('Rebuilding better-sqlite3 for Node failed; run it by hand: npm rebuild better-sqlite3');
  }
  return status;
}

/** Runs the prepared steps, then restores the Node build when needed; returns the exit code for the process. */
export function withElectronBuild(work) {
  // Ctrl+C reaches the child (same console) and ends it; this process stays alive to restore the Node build.
  const ignore = () => {};
  process.on('SIGINT', ignore);
  let nativeRebuilt = false;
  let exitCode;
  try {
    prepareForElectron(() => (nativeRebuilt = true));
    exitCode = work();
  } catch (error) {
    console.error(error instanceof StepFailed ? error.message : error);
    exitCode = 1;
  }
  if (nativeRebuilt && restoreNodeBuild() !== 0 && exitCode === 0) exitCode = 1;
  process.off('SIGINT', ignore);
  return exitCode;
}

function main() {
  try {
    ensureElectronBinary();
  } catch (error) {
    console.error(error instanceof StepFailed ? error.message : error);
    return 1;
  }
  return withElectronBuild(() => {
    const env = { ...process.env };
    delete env.ELECTRON_RUN_AS_NODE; // set, it would make the binary a plain Node and ignore the app
    return run(electronBinary(), ['.', ...process.argv.slice(2)], { env });
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  process.exitCode = main();
}
