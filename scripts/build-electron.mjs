// Bundles the Electron main process and the preload into dist-electron/ as CommonJS (what Electron loads for a
// "type": "module" package named by .cjs). electron is provided by the runtime; better-sqlite3 is native, so it stays
// in node_modules (unpacked from asar when packaged).
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** How every Node-side bundle is built (also the benchmark's bundle of the browser host). */
export const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron', 'better-sqlite3'],
  logLevel: 'warning',
};

// import.meta.url is empty in CommonJS: point it at the bundle file so code resolving paths from it still works.
export const withFileUrl = {
  define: { 'import.meta.url': '__bundleFileUrl' },
  banner: { js: "const __bundleFileUrl = require('node:url').pathToFileURL(__filename).href;" },
};

if (import.meta.url === pathToFileURL(path.resolve(process.argv[1] ?? '')).href) {
  try {
    await Promise.all([
      build({ ...common, ...withFileUrl, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
      // Jobs (imports, exports, backups, demo data) run in worker threads started from this file, beside main.cjs.
      build({ ...common, ...withFileUrl, entryPoints: ['electron/jobs/workerEntry.ts'], outfile: 'dist-electron/jobWorker.cjs' }),
      // The sandboxed preload may only require 'electron' (and a few built-ins): everything else is bundled in.
      build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
    ]);
  } catch {
    process.exit(1); // esbuild has already printed each error with its file and line
  }
}
