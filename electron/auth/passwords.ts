// Passwords for the school network (DESIGN §12): node's scrypt, a memory-hard hash (32 MiB per hash at N = 2^15,
// r = 8), with a random salt, compared in constant time. A password is never stored, logged or returned but once, as
// the one-time password the app makes for a new or reset account.
import crypto from 'node:crypto';
import { promisify } from 'node:util';

const scrypt = promisify(crypto.scrypt) as (password: string, salt: Buffer, keylen: number, options: crypto.ScryptOptions) => Promise<Buffer>;

const COST = { N: 2 ** 15, r: 8, p: 1 };
const KEY_BYTES = 32;
// scrypt needs 128 × N × r bytes; node refuses above its 32 MiB default, so the limit is raised with room to spare
const MAX_MEMORY = 64 * 1024 * 1024;

/** 'scrypt$N$r$p$salt$hash', salt and hash in base64: the cost travels with the hash, so it can rise later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scrypt(password, salt, KEY_BYTES, { ...COST, maxmem: MAX_MEMORY });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const key = await scrypt(password, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: MAX_MEMORY });
  return crypto.timingSafeEqual(key, expected);
}

/** No 0/O, 1/l/I: read aloud or copied from a screen by a teacher, it must not be misread. */
const ALPHABET = 'abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A one-time password of 12 characters (about 70 bits), to be changed at the first sign-in. */
export function oneTimePassword(): string {
  return Array.from({ length: 12 }, () => ALPHABET[crypto.randomInt(ALPHABET.length)]).join('');
}
