// `npm run package -- [electron-builder args]`: the same preparation as `npm start` (build, better-sqlite3 for
// Electron), then electron-builder, then better-sqlite3 back for Node. electron-builder fetches the Electron it
// packages by itself, so the local binary is not needed here.
import { runElectronBuilder, withElectronBuild } from './electron-start.mjs';

process.exitCode = withElectronBuild(() =>
  runElectronBuilder(['--config', 'electron-builder.yml', ...process.argv.slice(2)]),
);
