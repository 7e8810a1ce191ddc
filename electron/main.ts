// The Electron main process: window, security, the app:// protocol and lifecycle. The rules it applies live in
// shellPolicy.ts, the data in appContext.ts, the IPC entry in ipc.ts.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import { userFacingError } from '@shared/errors';
import { openApp } from './appContext';
import { attachNetwork } from './web';
import { registerIpc } from './ipc';
import { APP_ENTRY_URL, APP_SCHEME, isAppUrl, isExternalHttpsUrl, serveRendererFile } from './shellPolicy';

const APP_TITLE = '职教台账';

let mainWindow: BrowserWindow | null = null;
let closeData: (() => void) | null = null;

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    title: APP_TITLE,
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join(app.getAppPath(), 'dist-electron', 'preload.cjs'),
    },
  });
  win.webContents.on('will-navigate', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalHttpsUrl(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  void win.loadURL(APP_ENTRY_URL);
  return win;
}

function startupFailureMessage(error: unknown, dataDir: string): string {
  // AppError messages (e.g. DATABASE: corrupt, foreign or newer data file, BUSY) and SQLite's failures in Chinese.
  const known = userFacingError(error);
  if (known) return known.message;
  const detail = error instanceof Error ? error.message : String(error);
  return `职教台账无法启动：${detail}\n数据文件夹：${dataDir}`;
}

async function start(): Promise<void> {
  // every file the app writes (exports with full 身份证号 included) is private to the user who runs it
  if (process.platform !== 'win32') process.umask(0o077);
  // Electron's default menu is English and offers developer tools; the app's own UI has every command it needs.
  Menu.setApplicationMenu(null);
  const rendererDir = path.join(app.getAppPath(), 'dist', 'renderer');
  protocol.handle(APP_SCHEME, (request) => serveRendererFile(rendererDir, request));
  // The app needs no camera, microphone, notifications, geolocation…: every request and check is refused.
  session.defaultSession.setPermissionRequestHandler((_webContents, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);

  const dataDir = path.join(app.getPath('userData'), 'data');
  const migrationsDir = app.isPackaged
    ? path.join(process.resourcesPath, 'migrations')
    : path.join(app.getAppPath(), 'db', 'migrations');
  try {
    const opened = await openApp({ dataDir, migrationsDir, automaticBackups: true, backgroundWorkers: true, owner: 'desktop' });
    closeData = () => {
      void opened.network.control?.stop();
      opened.close();
    };
    registerIpc(ipcMain, opened.handlers);
    // 设置 › 局域网访问 serves the school network from this process, the one that holds the data folder
    await attachNetwork(opened, rendererDir);
  } catch (error) {
    dialog.showErrorBox(APP_TITLE, startupFailureMessage(error, dataDir));
    app.quit();
    return;
  }
  mainWindow = createWindow();
}

if (!app.requestSingleInstanceLock()) {
  // Two processes on one SQLite file would fight over it: the second start only brings the first window forward.
  app.quit();
} else {
  // Before 'ready': a standard, secure scheme gets a real origin, so CSP 'self' and the IPC sender check mean our files.
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    closeData?.();
    closeData = null;
  });
  void app.whenReady().then(start);
}
