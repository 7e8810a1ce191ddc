// The browser host: the same dispatch over loopback HTTP, and the built renderer from the same origin (DESIGN §6).
// Used where Electron cannot run, and by the e2e tests. Binds 127.0.0.1 only; every call needs the random token.
// With `lan` it serves the school network instead (DESIGN §12), over HTTPS with the school's own certificate: every
// caller signs in, a session cookie (HttpOnly, SameSite=Strict, Secure) and its CSRF header stand in for the token,
// and the dispatcher checks the account's role. A plain-HTTP request on that port is sent to the HTTPS address.
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dispatch, reportUnexpected } from '@shared/dispatch';
import { AppError, userFacingError, type Result } from '@shared/errors';
import { openApp, type App } from './appContext';
import { resolveDataDir } from './dataDir';
import { MODE_META, TOKEN_HEADER, TOKEN_META } from '@shared/transport';
import { IMPORT_TOO_LARGE, MAX_IMPORT_BYTES } from '@shared/import';
import { MAX_PACKAGE_BYTES, PACKAGE_TOO_LARGE } from '@shared/contract/system';
import { CONTENT_SECURITY_POLICY } from './hostPolicy';
import { lanAddresses, lanAuth, type LanAuth } from './lanAuth';
import { actingAs } from './auth/acting';
import type { NetworkControl } from './records/context';
import { savedNetworkSetting } from './records/settings';
import { schoolCertificate, type SchoolCertificate } from './auth/schoolCertificate';
import { getSchool } from '../db/queries/school';

export interface WebHostOptions {
  dataDir: string;
  port?: number;
  rendererDir?: string;
  migrationsDir?: string;
  automaticBackups?: boolean;
  /** serve the school network: bind `host` (default every address; tests use 127.0.0.1) and require sign-in */
  lan?: { host?: string };
  /** where 设置 › 局域网访问 binds when switched on from the window (default every address; tests use 127.0.0.1) */
  networkHost?: string;
}

export interface WebHost {
  url: string;
  /** on the network: the addresses to hand out (https://192.168.1.20:8080/) */
  lanUrls: string[];
  /** on the network: the certificate it is served with */
  certificate: SchoolCertificate | null;
  token: string;
  app: App;
  close(): Promise<void>;
}

/** A file travels as base64 inside the JSON body: a workbook to import, or a whole data package. */
const bodyLimit = (bytes: number) => Math.ceil((bytes * 4) / 3) + 1024 * 1024;
const BODY_LIMITS: Record<string, { bytes: number; tooLarge: string }> = {
  'package.import': { bytes: bodyLimit(MAX_PACKAGE_BYTES), tooLarge: PACKAGE_TOO_LARGE },
};
const DEFAULT_BODY_LIMIT = { bytes: bodyLimit(MAX_IMPORT_BYTES), tooLarge: `请求内容超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB。${IMPORT_TOO_LARGE}` };

class BodyTooLarge extends Error {}
/** where the network serves its certificate, for installing as trusted */
export const CERTIFICATE_PATH = '/school-certificate.crt';
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function defaultRendererDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
}

function sendJson(res: http.ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(json);
}

function forbidden(message: string): Result<never> {
  return { ok: false, error: { code: 'FORBIDDEN', message } };
}

/** The body as text, or BodyTooLarge once it passes `limit`: the rest is read and dropped, so the browser, still
 * sending, gets the answer that says why instead of a dropped connection. */
function readBody(req: http.IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= limit) chunks.push(c);
      else chunks.length = 0;
    });
    req.on('end', () => (size > limit ? reject(new BodyTooLarge()) : resolve(Buffer.concat(chunks).toString('utf8'))));
    req.on('error', reject);
  });
}

/** One listening server over an open app: the loopback window's (the per-start token), or the network's (sign-in). */
interface Served {
  url: string;
  lanUrls: string[];
  certificate: SchoolCertificate | null;
  token: string;
  close(): Promise<void>;
}

const SILENT_CONNECTION_MS = 10_000;

/**
 * One port for both: a TLS handshake (its first byte is 22) goes to the HTTPS server, anything else to `plain`, which
 * sends the browser on to the HTTPS address. So a teacher who types the address without https:// still gets there.
 */
function tlsOrRedirect(secure: https.Server, plain: http.Server): net.Server {
  return net.createServer((socket) => {
    // a connection that says nothing is not kept open
    socket.setTimeout(SILENT_CONNECTION_MS, () => socket.destroy());
    socket.once('data', (first) => {
      socket.setTimeout(0);
      socket.pause();
      socket.unshift(first);
      (first[0] === 22 ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
}

async function serve(app: App, rendererDir: string, port: number, lanHost: string | null): Promise<Served> {
  const token = crypto.randomBytes(24).toString('hex');
  const lan: LanAuth | null = lanHost === null ? null : lanAuth(app, sendJson, readBody);
  /** Host headers this host answers to: its own address, and on the network each of this computer's addresses */
  let hosts = new Set<string>();

  const serveStatic = (urlPath: string, res: http.ServerResponse) => {
    const rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
    const file = path.resolve(rendererDir, '.' + rel);
    const inside = file.startsWith(rendererDir + path.sep);
    const target = inside && fs.existsSync(file) && fs.statSync(file).isFile() ? file : path.join(rendererDir, 'index.html');
    if (!fs.existsSync(target)) {
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('界面文件缺失：请先运行 npm run build:renderer（npm run web 会自动构建）。');
      return;
    }
    const ext = path.extname(target);
    let body: Buffer | string = fs.readFileSync(target);
    // on the network the page carries no token: a session stands in for it, and the page knows to ask for sign-in
    if (ext === '.html') body = body.toString('utf8').replace('</head>', lan ? `<meta name="${MODE_META}" content="lan"></head>` : `<meta name="${TOKEN_META}" content="${token}"></head>`);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': ext === '.html' ? 'no-store' : 'max-age=3600',
    });
    res.end(body);
  };

  const names = lanHost === null ? [] : lanAddresses(lanHost);
  const certificate = lanHost === null ? null : await schoolCertificate(app.store.dataDir, names, getSchool(app.store.db)?.name ?? '');

  const handle: http.RequestListener = async (req, res) => {
    try {
      // A page on another site that points its own name at 127.0.0.1 (DNS rebinding) sends its name as Host: the
      // token page and the data are served only to the exact address this host listens on.
      if (!hosts.has(req.headers.host ?? '')) return sendJson(res, 421, forbidden('拒绝访问：请求的地址不是本程序的地址，请使用启动时显示的地址打开'));
      const self = `${lan ? 'https' : 'http'}://${req.headers.host}`;
      const from = req.headers.origin;
      if (from !== undefined && from !== self) return sendJson(res, 403, forbidden('拒绝来自其他网页的请求'));
      const url = new URL(req.url ?? '/', self);
      if (lan && url.pathname.startsWith('/auth/')) return await lan.route(url.pathname, req, res);
      // for the school's IT to install as trusted on its computers (docs/SECURITY.md)
      if (certificate && url.pathname === CERTIFICATE_PATH) {
        res.writeHead(200, { 'content-type': 'application/x-x509-ca-cert', 'content-disposition': 'attachment; filename="school-certificate.crt"' });
        return res.end(certificate.cert);
      }
      if (url.pathname.startsWith('/rpc/')) {
        if (req.method !== 'POST') return sendJson(res, 405, forbidden('只接受 POST 请求'));
        const caller = lan ? lan.caller(req) : null;
        if (caller && !caller.ok) return sendJson(res, caller.status, forbidden(caller.message));
        if (!lan && req.headers[TOKEN_HEADER] !== token) return sendJson(res, 403, forbidden('缺少或错误的访问令牌，请重新打开页面'));
        const method = decodeURIComponent(url.pathname.slice('/rpc/'.length));
        const limit = BODY_LIMITS[method] ?? DEFAULT_BODY_LIMIT;
        let input: unknown;
        try {
          const raw = await readBody(req, limit.bytes);
          input = raw ? (JSON.parse(raw) as { input?: unknown }).input : undefined;
        } catch (e) {
          if (e instanceof BodyTooLarge) return sendJson(res, 413, { ok: false, error: { code: 'VALIDATION', message: limit.tooLarge } });
          return sendJson(res, 400, { ok: false, error: { code: 'VALIDATION', message: '请求内容无法读取（格式错误），请重试' } });
        }
        const signedIn = caller?.ok ? caller : null;
        const answer = await actingAs(signedIn?.user, () => dispatch(app.handlers, method, input, signedIn?.caller));
        return sendJson(res, 200, answer);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return sendJson(res, 405, forbidden('不支持的请求'));
      serveStatic(url.pathname, res);
    } catch {
      if (!res.headersSent) sendJson(res, 500, { ok: false, error: { code: 'INTERNAL', message: '服务内部出错' } });
    }
  };

  const secure = certificate && https.createServer({ key: certificate.key, cert: certificate.cert }, handle);
  const redirect = http.createServer((req, res) => {
    const host = hosts.has(req.headers.host ?? '') ? req.headers.host : [...hosts].find((h) => !h.startsWith('127.0.0.1:'));
    res.writeHead(308, { location: `https://${host}${req.url ?? '/'}`, 'cache-control': 'no-store' });
    res.end();
  });
  const server = secure ? tlsOrRedirect(secure, redirect) : http.createServer(handle);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, lanHost ?? '127.0.0.1', () => resolve());
  });
  const bound = (server.address() as { port: number }).port;
  const own = `127.0.0.1:${bound}`;
  hosts = new Set([own, ...names.map((a) => `${a}:${bound}`)]);
  const scheme = secure ? 'https' : 'http';
  return {
    url: `${scheme}://${own}/`,
    lanUrls: [...hosts].filter((h) => h !== own).map((h) => `${scheme}://${h}/`),
    certificate,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of [secure, redirect, server]) if (s && 'closeAllConnections' in s) s.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** 局域网访问 from the window (设置 › 局域网访问): a second server over the same app, on the network. */
function networkControl(app: App, rendererDir: string, lanHost: string): NetworkControl {
  let served: { port: number; server: Served } | null = null;
  return {
    status: () => {
      const certificate = served?.server.certificate;
      return {
        enabled: served !== null,
        port: served?.port ?? null,
        urls: served?.server.lanUrls ?? [],
        certificate: certificate ? { fingerprint: certificate.fingerprint, validTo: certificate.validTo.toISOString().slice(0, 10), path: CERTIFICATE_PATH } : null,
      };
    },
    async start(port) {
      if (served?.port === port) return;
      await this.stop();
      try {
        served = { port, server: await serve(app, rendererDir, port, lanHost) };
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new AppError('CONFLICT', `端口 ${port} 已被其他程序占用，请换一个端口`);
        throw e;
      }
    },
    async stop() {
      await served?.server.close();
      served = null;
    },
  };
}

/** Lets 设置 › 局域网访问 switch the school network for the program serving the window (the browser host, the desktop
 * app), and serves it again now if it was left on. */
export async function attachNetwork(app: App, rendererDir: string, host = '0.0.0.0'): Promise<void> {
  app.network.control = networkControl(app, rendererDir, host);
  const kept = savedNetworkSetting(app.store.db);
  if (kept.enabled) await app.network.control.start(kept.port).catch((e: unknown) => reportUnexpected('network.start', e));
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const app = await openApp({ dataDir: opts.dataDir, migrationsDir: opts.migrationsDir, automaticBackups: opts.automaticBackups, backgroundWorkers: true, owner: 'web' });
  const rendererDir = path.resolve(opts.rendererDir ?? defaultRendererDir());
  const lanHost = opts.lan ? (opts.lan.host ?? '0.0.0.0') : null;
  const served = await serve(app, rendererDir, opts.port ?? 0, lanHost);
  if (!opts.lan) await attachNetwork(app, rendererDir, opts.networkHost);
  return {
    ...served,
    app,
    close: async () => {
      await app.network.control?.stop();
      await served.close();
      app.close();
    },
  };
}

async function main() {
  // every file this program writes (exports with full 身份证号 included) is private to the user who runs it
  process.umask(0o077);
  // --bind: the address the network is served on with --lan (every address by default; the bench uses loopback)
  const { values } = parseArgs({ options: { data: { type: 'string' }, port: { type: 'string' }, lan: { type: 'boolean', default: false }, bind: { type: 'string' } } });
  const dataDir = resolveDataDir(values.data);
  try {
    const host = await startWebHost({ dataDir, port: values.port ? Number(values.port) : 0, automaticBackups: true, lan: values.lan ? { host: values.bind } : undefined });
    console.log(`职教台账已启动，请在浏览器中打开：${host.url}`);
    if (values.lan) console.log(`局域网访问已开启，校内电脑和手机可打开：${host.lanUrls.join('  ')}（每个人用自己的账号登录；账号用 user add 创建）`);
    console.log(`数据文件夹：${dataDir}（按 Ctrl+C 退出）`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (e) {
    const known = userFacingError(e);
    if (!known) reportUnexpected('web.start', e);
    console.error(known?.message ?? `职教台账无法启动（程序内部出错），详情见 ${path.join(dataDir, 'logs', 'errors.log')}。`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) void main();
