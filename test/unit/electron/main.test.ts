import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

// Fakes that record what main.ts asks of Electron.
const electron = vi.hoisted(() => {
  class Emitter {
    listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener) {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    emit(name: string, ...args: unknown[]) {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }
  class FakeWebContents extends Emitter {
    windowOpenHandler: Listener | null = null;
    setWindowOpenHandler(handler: Listener) {
      this.windowOpenHandler = handler;
    }
  }
  class FakeBrowserWindow {
    static created: FakeBrowserWindow[] = [];
    webContents = new FakeWebContents();
    loadURL = vi.fn(async () => {});
    isMinimized = vi.fn(() => true);
    restore = vi.fn();
    focus = vi.fn();
    constructor(public options: Record<string, unknown>) {
      FakeBrowserWindow.created.push(this);
    }
  }
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    requestSingleInstanceLock: vi.fn(() => true),
    whenReady: vi.fn(() => Promise.resolve()),
    quit: vi.fn(),
    getAppPath: vi.fn(() => '/opt/vet-ledger'),
    getPath: vi.fn((name: string) => `/home/teacher/.config/${name}`),
  });
  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    shell: { openExternal: vi.fn(async () => {}) },
    dialog: { showErrorBox: vi.fn() },
    Menu: { setApplicationMenu: vi.fn() },
    ipcMain: { handle: vi.fn() },
  };
});
vi.mock('electron', () => electron);

const appContext = vi.hoisted(() => ({ openApp: vi.fn(), closeData: vi.fn() }));
vi.mock('../../../electron/appContext', () => ({ openApp: appContext.openApp }));
// the school network is the browser host's code (test/unit/web/network.test.ts); here: that the desktop app attaches it
const web = vi.hoisted(() => ({ attachNetwork: vi.fn() }));
vi.mock('../../../electron/web', () => web);

const { app, BrowserWindow, protocol, session, shell, dialog, ipcMain } = electron;

async function startMain() {
  vi.resetModules();
  await import('../../../electron/main');
  // start() runs after whenReady: wait until it has either opened a window or given up.
  await vi.waitFor(() => {
    if (BrowserWindow.created.length === 0 && dialog.showErrorBox.mock.calls.length === 0 && app.requestSingleInstanceLock.mock.results.at(-1)?.value !== false)
      throw new Error('main.ts has not finished starting');
  });
}

function mainWindow() {
  expect(BrowserWindow.created).toHaveLength(1);
  return BrowserWindow.created[0];
}

beforeEach(() => {
  vi.clearAllMocks();
  BrowserWindow.created = [];
  app.listeners.clear();
  app.isPackaged = false;
  app.requestSingleInstanceLock.mockReturnValue(true);
  app.getAppPath.mockReturnValue('/opt/vet-ledger');
  appContext.openApp.mockResolvedValue({ handlers: {}, network: {}, close: appContext.closeData });
});

describe('main.ts window', () => {
  it('isolates the page: context isolation, sandbox, no Node, the bundled preload', async () => {
    await startMain();
    const { options, loadURL } = mainWindow();
    expect(options.title).toBe('职教台账');
    expect(options.webPreferences).toEqual({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: path.join('/opt/vet-ledger', 'dist-electron', 'preload.cjs'),
    });
    expect(loadURL).toHaveBeenCalledWith('app://renderer/index.html');
  });

  it('stays on app://: navigation elsewhere is prevented', async () => {
    await startMain();
    const { webContents } = mainWindow();
    const navigate = (url: string) => {
      const event = { url, preventDefault: vi.fn() };
      webContents.emit('will-navigate', event, url);
      return event.preventDefault.mock.calls.length > 0;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://other/index.html')).toBe(true);
    expect(navigate('app://renderer/index.html#/teachers')).toBe(false);
  });

  it('opens no windows; only https links go to the browser', async () => {
    await startMain();
    const { webContents } = mainWindow();
    for (const url of ['https://jyt.example.gov.cn/', 'http://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'app://renderer/index.html']) {
      expect(webContents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
    expect(shell.openExternal).toHaveBeenCalledTimes(1);
    expect(shell.openExternal).toHaveBeenCalledWith('https://jyt.example.gov.cn/');
  });

  it('refuses every permission request and check', async () => {
    await startMain();
    const [requestHandler] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as [Listener];
    const [checkHandler] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] as [Listener];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission, 'app://renderer')).toBe(false);
    }
  });
});

describe('main.ts app:// protocol', () => {
  let appPath: string;
  beforeAll(() => {
    appPath = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-ledger-main-'));
    fs.mkdirSync(path.join(appPath, 'dist', 'renderer'), { recursive: true });
    fs.writeFileSync(path.join(appPath, 'dist', 'renderer', 'index.html'), '<!doctype html><script type="module" src="./assets/a.js"></script>');
    fs.writeFileSync(path.join(appPath, 'secret.txt'), 'outside');
  });
  afterAll(() => fs.rmSync(appPath, { recursive: true, force: true }));

  async function handler(): Promise<(request: Request) => Promise<Response>> {
    app.getAppPath.mockReturnValue(appPath);
    await startMain();
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    return protocol.handle.mock.calls[0][1] as (request: Request) => Promise<Response>;
  }

  it('serves the renderer with a strict CSP: no inline script, no eval', async () => {
    const response = await (await handler())(new Request('app://renderer/index.html'));
    expect(response.status).toBe(200);
    const csp = response.headers.get('content-security-policy') ?? '';
    const scriptSrc = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-eval/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
  });

  it('refuses path traversal out of the renderer folder', async () => {
    const serve = await handler();
    for (const url of ['app://x/../../etc/passwd', 'app://renderer/..%2f..%2fsecret.txt', 'app://renderer/%2e%2e/%2e%2e/secret.txt']) {
      const response = await serve(new Request(url));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain('outside');
    }
  });
});

describe('main.ts lifecycle', () => {
  it('opens the data folder under userData with the source migrations, automatic backups and jobs in a worker, then the IPC channel', async () => {
    await startMain();
    expect(appContext.openApp).toHaveBeenCalledWith({
      dataDir: path.join('/home/teacher/.config/userData', 'data'),
      migrationsDir: path.join('/opt/vet-ledger', 'db', 'migrations'),
      automaticBackups: true,
      backgroundWorkers: true,
      owner: 'desktop',
    });
    expect(ipcMain.handle).toHaveBeenCalledWith('vet-ledger:rpc', expect.any(Function));
  });

  it('takes the shipped migrations from resources when packaged', async () => {
    app.isPackaged = true;
    const resources = process as { resourcesPath?: string };
    resources.resourcesPath = '/opt/职教台账/resources';
    try {
      await startMain();
      expect(appContext.openApp.mock.calls[0][0].migrationsDir).toBe(path.join('/opt/职教台账/resources', 'migrations'));
    } finally {
      delete resources.resourcesPath;
    }
  });

  it('shows the database message and quits when the data cannot be opened', async () => {
    const message = '数据文件来自更新版本的职教台账，请先升级程序。';
    appContext.openApp.mockImplementation(async () => {
      // the same module instance main.ts loaded after vi.resetModules(), so instanceof holds as in the real bundle
      const { AppError } = await import('@shared/errors');
      throw new AppError('DATABASE', message);
    });
    await startMain();
    expect(dialog.showErrorBox).toHaveBeenCalledWith('职教台账', message);
    expect(app.quit).toHaveBeenCalled();
    expect(BrowserWindow.created).toHaveLength(0);
    expect(ipcMain.handle).not.toHaveBeenCalled();
  });

  it('names the data folder when an unexpected error stops the start', async () => {
    appContext.openApp.mockRejectedValue(new Error('EACCES: permission denied'));
    await startMain();
    const [, text] = dialog.showErrorBox.mock.calls[0] as [string, string];
    expect(text).toContain('EACCES: permission denied');
    expect(text).toContain(path.join('/home/teacher/.config/userData', 'data'));
    expect(app.quit).toHaveBeenCalled();
  });

  it('runs one instance: a second start quits, and the first window comes forward', async () => {
    await startMain();
    const win = mainWindow();
    app.emit('second-instance');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();

    app.requestSingleInstanceLock.mockReturnValue(false);
    app.whenReady.mockClear();
    await startMain();
    expect(app.quit).toHaveBeenCalled();
    expect(app.whenReady).not.toHaveBeenCalled();
  });

  it('lets 设置 › 局域网访问 serve the network from the process that holds the data', async () => {
    await startMain();
    expect(web.attachNetwork).toHaveBeenCalledWith(expect.objectContaining({ network: {} }), expect.stringContaining(path.join('dist', 'renderer')));
  });

  it('closes the database once when the app quits', async () => {
    await startMain();
    app.emit('will-quit');
    app.emit('will-quit');
    expect(appContext.closeData).toHaveBeenCalledTimes(1);
  });
});
