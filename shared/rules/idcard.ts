// 居民身份证号 (GB 11643-1999): 6-digit area, 8-digit birth date, 3-digit sequence (odd = 男), check character
// computed by ISO 7064 MOD 11-2 over the first 17 digits.
import { isRealDate } from '../dates';
import { normalizeIdentifier } from '../text';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type Sex = '男' | '女';

export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK_CHARS[sum % 11];
}

export type IdCardCheck = { ok: true; birthDate: string; sex: Sex } | { ok: false; message: string };

let lastCheck: { raw: string; check: IdCardCheck } | null = null;

/** Checks an 18-character ID and derives birth date and sex. Lower-case x is accepted as X by normalizeIdCard.
 * The last answer is kept: a record's schema checks the ID, then derives birth date and sex from it. */
export function checkIdCard(raw: string): IdCardCheck {
  if (lastCheck?.raw === raw) return lastCheck.check;
  const check = checkIdCardOnce(raw);
  lastCheck = { raw, check };
  return check;
}

function checkIdCardOnce(raw: string): IdCardCheck {
  const id = normalizeIdCard(raw);
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, message: '身份证号应为18位：前17位是数字，最后一位是数字或X' };
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) return { ok: false, message: '身份证号中的出生日期（第7–14位）不是有效日期' };
  if (idCheckChar(id.slice(0, 17)) !== id[17]) return { ok: false, message: '身份证号校验位不正确，请核对每一位数字' };
  const birthDate = `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`;
  const sex: Sex = Number(id[16]) % 2 === 1 ? '男' : '女';
  return { ok: true, birthDate, sex };
}

export function normalizeIdCard(raw: string): string {
  // asked several times of every row an import reads: most IDs are already digits and X
  return /^[\dX]*$/.test(raw) ? raw : normalizeIdentifier(raw).toUpperCase();
}

/** 3311**********123X: the area prefix and the last four, never enough to rebuild the birth date. */
export function maskIdCard(id: string | null | undefined): string {
  if (!id) return '';
  if (id.length < 8) return '*'.repeat(id.length);
  return id.slice(0, 4) + '*'.repeat(id.length - 8) + id.slice(-4);
}

/** 138****5678 */
export function maskPhone(phone: string | null | undefined): string {
  if (!phone) return '';
  if (phone.length < 7) return '*'.repeat(phone.length);
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4);
}
