// Signing in on the school network (DESIGN §12), for the browser host's `lan` mode: /auth/login, /auth/logout and
// /auth/me, and for every call the caller its session stands for. A call needs the session cookie and the session's
// CSRF token in a header (a page of another site can make the browser send neither: the cookie is SameSite=Strict,
// and the token is only in this site's pages); the account is read again on every call, so disabling it ends its
// sessions at once.
import type http from 'node:http';
import os from 'node:os';
import type { App } from './appContext';
import { signIn } from './auth/accounts';
import { callerFor } from './auth/caller';
import { AttemptLimiter, cookieValue, SESSION_COOKIE, sessionCookie, Sessions } from './auth/sessions';
import { getUser, updateUser, userOf, type UserRecord } from '../db/queries/users';
import { hashPassword, verifyPassword } from './auth/passwords';
import { newPasswordProblem } from '@shared/users';
import type { Caller } from '@shared/authorise';
import { CSRF_HEADER } from '@shared/transport';

type SendJson = (res: http.ServerResponse, status: number, body: unknown) => void;
type ReadBody = (req: http.IncomingMessage, limit: number) => Promise<string>;

export type CallerOf = { ok: true; caller: Caller; user: UserRecord } | { ok: false; status: number; message: string };

export interface LanAuth {
  route(pathname: string, req: http.IncomingMessage, res: http.ServerResponse): Promise<void>;
  caller(req: http.IncomingMessage): CallerOf;
}

const LOGIN_BODY_BYTES = 4096;

/** This computer's addresses on the network a host bound to `bound` is reached at (every IPv4 one for 0.0.0.0). */
export function lanAddresses(bound = '0.0.0.0'): string[] {
  if (bound !== '0.0.0.0') return [bound, 'localhost'];
  const ipv4 = Object.values(os.networkInterfaces()).flatMap((list) => (list ?? []).filter((a) => a.family === 'IPv4').map((a) => a.address));
  return [...new Set([...ipv4, 'localhost', os.hostname()])];
}


const refusal = (message: string) => ({ ok: false, error: { code: 'FORBIDDEN', message } });

export function lanAuth(app: App, sendJson: SendJson, readBody: ReadBody): LanAuth {
  const sessions = new Sessions();
  const attempts = new AttemptLimiter();
  const db = () => app.store.db;
  const sessionOf = (req: http.IncomingMessage) => cookieValue(req.headers.cookie, SESSION_COOKIE);

  const current = (req: http.IncomingMessage): { id: string; user: UserRecord; csrf: string } | string => {
    const id = sessionOf(req);
    const session = sessions.find(id);
    if (!id || !session) return '请先登录（登录已过期或尚未登录）';
    const user = getUser(db(), session.userId);
    if (!user || user.disabled) {
      sessions.close(id);
      return '这个账号已停用，请联系管理员';
    }
    return { id, user, csrf: session.csrf };
  };

  /** A call's session with its CSRF token checked: the one check behind every call and the password change. */
  const signedIn = (req: http.IncomingMessage): { ok: true; user: UserRecord; csrf: string } | { ok: false; status: number; message: string } => {
    const found = current(req);
    if (typeof found === 'string') return { ok: false, status: 401, message: found };
    if (req.headers[CSRF_HEADER] !== found.csrf) return { ok: false, status: 403, message: '缺少或错误的安全令牌，请刷新页面后重试' };
    return { ok: true, user: found.user, csrf: found.csrf };
  };

  /** A small JSON body (sign-in, password change); null when it cannot be read. */
  const readJson = async (req: http.IncomingMessage): Promise<Record<string, unknown> | null> => {
    try {
      const body: unknown = JSON.parse(await readBody(req, LOGIN_BODY_BYTES));
      return body && typeof body === 'object' ? (body as Record<string, unknown>) : null;
    } catch {
      return null;
    }
  };

  /** The signed-in user's own password: the current one again, then a new one of 8 characters or more. */
  const changePassword = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const found = signedIn(req);
    if (!found.ok) return sendJson(res, found.status, refusal(found.message));
    const body = await readJson(req);
    if (!body) return sendJson(res, 400, refusal('请求内容无法读取，请重试'));
    if (typeof body.current !== 'string' || typeof body.next !== 'string') return sendJson(res, 400, refusal('请填写当前密码和新密码'));
    const problem = newPasswordProblem(body.next, found.user.login);
    if (problem) return sendJson(res, 400, refusal(problem));
    if (!(await verifyPassword(body.current, found.user.passwordHash))) return sendJson(res, 400, refusal('当前密码不对'));
    const user = updateUser(db(), found.user.id, { passwordHash: await hashPassword(body.next), mustChangePassword: false });
    return sendJson(res, 200, { ok: true, data: { user: userOf(user), csrf: found.csrf } });
  };

  return {
    caller(req) {
      const found = signedIn(req);
      return found.ok ? { ok: true, caller: callerFor(db(), found.user), user: found.user } : found;
    },

    async route(pathname, req, res) {
      if (pathname === '/auth/me' && req.method === 'GET') {
        const found = current(req);
        if (typeof found === 'string') return sendJson(res, 401, refusal(found));
        return sendJson(res, 200, { ok: true, data: { user: userOf(found.user), csrf: found.csrf } });
      }
      if (req.method !== 'POST') return sendJson(res, 405, refusal('只接受 POST 请求'));
      if (pathname === '/auth/logout') {
        sessions.close(sessionOf(req));
        res.setHeader('set-cookie', sessionCookie(''));
        return sendJson(res, 200, { ok: true, data: {} });
      }
      if (pathname === '/auth/password') return changePassword(req, res);
      if (pathname !== '/auth/login') return sendJson(res, 404, refusal('没有这个地址'));
      const address = req.socket.remoteAddress ?? '';
      if (attempts.blocked(address)) return sendJson(res, 429, refusal('这台电脑输错密码的次数过多，请 10 分钟后再试'));
      const body = await readJson(req);
      if (!body) return sendJson(res, 400, refusal('请求内容无法读取，请重试'));
      if (typeof body.login !== 'string' || typeof body.password !== 'string') return sendJson(res, 400, refusal('请填写登录名和密码'));
      const signed = await signIn(db(), body.login, body.password);
      if (!signed.ok) {
        attempts.failed(address);
        return sendJson(res, 401, refusal(signed.message));
      }
      const { id, session } = sessions.open(signed.user.id);
      res.setHeader('set-cookie', sessionCookie(id));
      return sendJson(res, 200, { ok: true, data: { user: userOf(signed.user), csrf: session.csrf } });
    },
  };
}
