// The Electron shell's rules as plain Node (no 'electron' import, so tests call them directly): which URLs are ours,
// which links may leave the app, and which file an app:// request may read.
import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './hostPolicy';

// One policy for both hosts (app:// here, loopback HTTP in web.ts). It forbids inline script and eval; style-src
// allows 'unsafe-inline' only because Ant Design injects its CSS-in-JS styles at run time.
export { CONTENT_SECURITY_POLICY };

export const APP_SCHEME = 'app';
export const APP_HOST = 'renderer';
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True for a URL on our app:// origin. Node's URL.origin is "null" for custom schemes, so scheme and host are compared. */
export function isAppUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && isOnAppOrigin(parsed);
}

function isOnAppOrigin(url: URL): boolean {
  return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST;
}

/** Only https links may leave the app (to the user's browser): never file:, http:, javascript: or other handlers. */
export function isExternalHttpsUrl(url: string): boolean {
  return parseUrl(url)?.protocol === 'https:';
}

/** True when target lies below root: not root itself, not a sibling such as root-evil, not anywhere outside. */
export function isPathInside(root: string, target: string, paths: path.PlatformPath = path): boolean {
  const relative = paths.relative(paths.resolve(root), paths.resolve(target));
  return relative !== '' && relative !== '..' && !relative.startsWith('..' + paths.sep) && !paths.isAbsolute(relative);
}

/** The file an app:// request asks for, or null when the URL is not ours or would leave the renderer folder. */
export function rendererFileFor(rendererDir: string, requestUrl: string, paths: path.PlatformPath = path): string | null {
  const parsed = parseUrl(requestUrl);
  if (!parsed || !isOnAppOrigin(parsed)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(parsed.pathname); // %2e%2e%2f must not slip past the check below
  } catch {
    return null;
  }
  if (relative.includes('\0')) return null;
  if (relative === '/') relative = '/index.html';
  const file = paths.resolve(rendererDir, '.' + relative);
  return isPathInside(rendererDir, file, paths) ? file : null;
}

export function responseHeadersFor(file: string): Record<string, string> {
  const extension = path.extname(file).toLowerCase();
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
    'x-content-type-options': 'nosniff',
  };
  if (extension === '.html') headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  return headers;
}

/**
 * Answers an app:// request from the built renderer. A path without an extension that names no file is a client-side
 * route, so a reload there gets index.html; a missing asset is a plain 404.
 */
export async function serveRendererFile(rendererDir: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405 });
  const requested = rendererFileFor(rendererDir, request.url);
  if (!requested) return new Response(null, { status: 404 });
  const candidates = path.extname(requested) === '' ? [requested, path.join(rendererDir, 'index.html')] : [requested];
  for (const file of candidates) {
    try {
      const body = await fs.readFile(file);
      return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: responseHeadersFor(file) });
    } catch {
      // not there (or a folder): try the next candidate
    }
  }
  return new Response(null, { status: 404 });
}
