// The page served on the school network (DESIGN §12): it signs in at /auth/login, and every call sends the session's
// CSRF token beside the cookie the browser keeps. The token is held here, never in storage a script could read later.
import type { Result } from '@shared/errors';
import { CSRF_HEADER, MODE_META } from '@shared/transport';
import type { User } from '@shared/users';
import { ApiError } from './client';
import type { Transport } from './transport';

let csrf = '';

export function isLanPage(): boolean {
  return document.querySelector<HTMLMetaElement>(`meta[name="${MODE_META}"]`)?.content === 'lan';
}

async function auth(path: string, init: RequestInit): Promise<Result<{ user: User; csrf: string }>> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { 'content-type': 'application/json' } });
  } catch {
    return { ok: false, error: { code: 'INTERNAL', message: '无法连接到学校的职教台账，请确认网络和地址后重试。' } };
  }
  return (await res.json()) as Result<{ user: User; csrf: string }>;
}

/** The signed-in account, or null when the page must sign in first. */
export async function currentAccount(): Promise<User | null> {
  const r = await auth('/auth/me', { method: 'GET' });
  if (!r.ok) return null;
  csrf = r.data.csrf;
  return r.data.user;
}

export async function signIn(login: string, password: string): Promise<User> {
  const r = await auth('/auth/login', { method: 'POST', body: JSON.stringify({ login, password }) });
  if (!r.ok) throw new ApiError(r.error);
  csrf = r.data.csrf;
  return r.data.user;
}

/** The signed-in account's own password, changed (the one-time one on the first sign-in). */
export async function changePassword(current: string, next: string): Promise<User> {
  let res: Response;
  try {
    res = await fetch('/auth/password', { method: 'POST', headers: { 'content-type': 'application/json', [CSRF_HEADER]: csrf }, body: JSON.stringify({ current, next }) });
  } catch {
    throw new ApiError({ code: 'INTERNAL', message: '无法连接到学校的职教台账，请确认网络和地址后重试。' });
  }
  const r = (await res.json()) as Result<{ user: User }>;
  if (!r.ok) throw new ApiError(r.error);
  return r.data.user;
}

export async function signOut(): Promise<void> {
  await fetch('/auth/logout', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  csrf = '';
}

export function lanTransport(): Transport {
  return async (method, input) => {
    const res = await fetch(`/rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: csrf },
      body: JSON.stringify({ input }),
    });
    return (await res.json()) as Result<unknown>;
  };
}
