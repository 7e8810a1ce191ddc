// Building blocks for the record schemas, and the plain-Chinese messages every schema speaks.
import { z } from 'zod';
import { isIsoDate, todayIso } from './dates';
import type { FieldIssue } from './errors';
import { normalizeIdentifier, stripInvisible } from './text';

// One wording for the generic cases, so that a registrar never reads a programmer's message.
z.config({
  customError: (issue) => {
    switch (issue.code) {
      case 'invalid_type':
        return issue.input === undefined || issue.input === null ? '此项必填' : '格式不正确';
      case 'invalid_value':
        return `请从以下选项中选择：${(issue.values as unknown[]).join('、')}`;
      case 'too_small':
        if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? '此项必填' : `至少${issue.minimum}个字符`;
        return `不能小于${issue.minimum}`;
      case 'too_big':
        if (issue.origin === 'string') return `不能超过${issue.maximum}个字符`;
        return `不能大于${issue.maximum}`;
      case 'unrecognized_keys':
        return `无法识别的字段：${issue.keys.join('、')}`;
      default:
        return undefined;
    }
  },
});

const clean = (v: unknown) => (typeof v === 'string' ? stripInvisible(v) : v);
const blankToNull = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? null : v);

/** Required text, trimmed, without invisible characters (shared/text.ts). */
export const requiredText = (max = 100) => z.string().transform(stripInvisible).pipe(z.string().trim().min(1, '此项必填').max(max));

/** Optional text: blank becomes null. */
export const optionalText = (max = 200) =>
  z.preprocess((v) => blankToNull(clean(v)), z.string().trim().max(max).nullable().optional()).transform((v) => v ?? null);

const identifierOf = (v: unknown) => (typeof v === 'string' ? normalizeIdentifier(v) : v);

/** A 工号, 学号 or certificate number: no spaces or invisible characters, full-width forms folded (Ｈ００２７ is H0027). */
export const requiredIdentifier = (max = 32) => z.string().transform(normalizeIdentifier).pipe(z.string().min(1, '此项必填').max(max));
export const optionalIdentifier = (max = 60) =>
  z.preprocess((v) => blankToNull(identifierOf(v)), z.string().max(max).nullable().optional()).transform((v) => v ?? null);

export const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess(blankToNull, z.enum(values).nullable().optional()).transform((v) => v ?? null);

/** A person's name: every space (including the full-width one used to align columns) removed; the middle dot of
 * a minority name (买买提·艾力) kept and unified. */
export const personName = z
  .string()
  .transform((s) => stripInvisible(s).replace(/[\s\u3000]/g, '').replace(/[．.•・]/g, '·'))
  .pipe(z.string().min(1, '请填写姓名').max(50, '姓名不能超过50个字'));

/** A mobile number (11 digits from 1) or a landline with its area code (0578-2123456, an extension after a second
 * dash); spaces and full-width digits are folded, a +86 in front dropped. */
const PHONE = /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/;
export const optionalPhone = z
  .preprocess((v) => {
    if (typeof v !== 'string') return v;
    const s = normalizeIdentifier(v).replace(/^(\+?86)(?=1)/, '');
    return s === '' ? null : s;
  }, z.string().regex(PHONE, '请填写手机号（11位，以1开头）或带区号的固定电话（如 0578-2123456）').nullable().optional())
  .transform((v) => v ?? null);

export const isoDate = z.string().refine(isIsoDate, '日期格式应为 YYYY-MM-DD，且是真实存在的日期');

/** A date that must already have happened (birth, joining, a certificate obtained…). */
export const pastDate = isoDate.refine((d) => d <= todayIso(), '日期不能晚于今天');
export const optionalPastDate = z.preprocess(blankToNull, pastDate.nullable().optional()).transform((v) => v ?? null);

export const yesNo = z.preprocess((v) => (v === '是' ? true : v === '否' || v === null || v === undefined || v === '' ? false : v), z.boolean());

export const nonNegativeInt = (max = 1_000_000) => z.coerce.number().int('应为整数').min(0, '不能为负数').max(max);

export const id = z.number().int().positive();

/** zod issues → field issues keyed by the form field: the first path segment, or the one under `values` for the
 * {id, values} and {staffId, values} inputs of updates and sub-records. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((i) => {
    const path = i.path[0] === 'values' && i.path.length > 1 ? i.path.slice(1) : i.path;
    return { field: path.length ? String(path[0]) : '', message: i.message };
  });
}
