// Signed-in sessions of the school network (DESIGN §12), held by the serving process: a random id for the HttpOnly
// cookie and a random CSRF token the page sends back in a header with every call. A session lasts 8 hours from
// sign-in; signing out, a restart of the program, or disabling the account ends it.
import crypto from 'node:crypto';

export const SESSION_COOKIE = 'vl_session';
const SESSION_HOURS = 8;

export interface Session {
  userId: number;
  csrf: string;
  expires: number;
}

export class Sessions {
  private readonly byId = new Map<string, Session>();

  open(userId: number, now = Date.now()): { id: string; session: Session } {
    const id = crypto.randomBytes(32).toString('base64url');
    const session = { userId, csrf: crypto.randomBytes(24).toString('base64url'), expires: now + SESSION_HOURS * 3_600_000 };
    this.byId.set(id, session);
    return { id, session };
  }

  /** The live session of a cookie value; an expired one is forgotten. */
  find(id: string | undefined, now = Date.now()): Session | undefined {
    const session = id ? this.byId.get(id) : undefined;
    if (session && session.expires <= now) {
      this.byId.delete(id!);
      return undefined;
    }
    return session;
  }

  close(id: string | undefined): void {
    if (id) this.byId.delete(id);
  }
}

/** The cookie that carries a session: not readable by scripts, never sent by another site's page, and only over the
 * network's HTTPS. An empty id with no age clears it (signing out). */
export function sessionCookie(id: string): string {
  return `${SESSION_COOKIE}=${id}; HttpOnly; SameSite=Strict; Secure; Path=/; Max-Age=${id ? SESSION_HOURS * 3600 : 0}`;
}

export function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return value.join('=');
  }
  return undefined;
}

/** Failed sign-ins from one address in a window: past the limit, the address waits (a guessing script). Successful
 * ones do not count, so a computer room where a class signs in one after another is never held up. */
export class AttemptLimiter {
  private readonly byAddress = new Map<string, { count: number; since: number }>();
  constructor(private readonly limit = 20, private readonly windowMs = 10 * 60_000) {}

  blocked(address: string, now = Date.now()): boolean {
    const seen = this.byAddress.get(address);
    if (seen && now - seen.since > this.windowMs) this.byAddress.delete(address);
    return (this.byAddress.get(address)?.count ?? 0) >= this.limit;
  }

  failed(address: string, now = Date.now()): void {
    const seen = this.byAddress.get(address);
    if (!seen || now - seen.since > this.windowMs) this.byAddress.set(address, { count: 1, since: now });
    else seen.count++;
  }
}
