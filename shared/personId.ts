// The 身份证号 rules every person record shares (DESIGN §4.4): a valid ID, and birth date and sex that agree with it.
// Staff and students both use these.
import { z } from 'zod';
import { checkIdCard, normalizeIdCard, type Sex } from './rules/idcard';
import { SEXES } from './vocab';
import type { FieldDescriptor } from './fields';
import { SEX_SPELLINGS } from './vocabSpellings';

export const idCardInput = z.string().transform(normalizeIdCard).pipe(z.string().min(1, '请填写身份证号'));

interface PersonId {
  idCard: string;
  birthDate: string | null;
  sex: Sex | null;
}

/** Adds an issue under 身份证号, 出生日期 or 性别; returns whether the ID itself is valid. */
export function checkPersonId(v: PersonId, ctx: z.RefinementCtx): boolean {
  const id = checkIdCard(v.idCard);
  if (!id.ok) {
    ctx.addIssue({ code: 'custom', path: ['idCard'], message: id.message });
    return false;
  }
  if (v.birthDate && v.birthDate !== id.birthDate)
    ctx.addIssue({ code: 'custom', path: ['birthDate'], message: `出生日期与身份证号不一致（身份证号显示为 ${id.birthDate}）` });
  if (v.sex && v.sex !== id.sex) ctx.addIssue({ code: 'custom', path: ['sex'], message: `性别与身份证号不一致（身份证号显示为${id.sex}）` });
  return true;
}

/** Birth date and sex from the ID (called after checkPersonId passed, so the ID is valid). */
export function idDerived(v: PersonId): { birthDate: string; sex: Sex } {
  const id = checkIdCard(v.idCard);
  if (!id.ok) throw new Error('idDerived called with an unchecked ID');
  return { birthDate: id.birthDate, sex: id.sex };
}

/** The values with birth date and sex filled from the ID. */
export function withIdDerived<T extends PersonId>(v: T): Omit<T, 'birthDate' | 'sex'> & { birthDate: string; sex: Sex } {
  return { ...v, ...idDerived(v) };
}

/** Birth date and sex as a saved record has them: always filled. */
export const idDerivedOutput = { birthDate: z.string(), sex: z.enum(SEXES) };

/** The 身份证号, 出生日期 and 性别 descriptors, the last two filled from the first. */
export function personIdFields(section: string): FieldDescriptor<'idCard' | 'birthDate' | 'sex'>[] {
  return [
    { key: 'idCard', label: '身份证号', kind: 'idCard', section, required: true, inList: true, sensitive: true, synonyms: ['身份证号码', '公民身份号码', '居民身份证号', '居民身份证号码', '证件号码', '身份证件号', '身份证件号码', '身份证'] },
    { key: 'birthDate', label: '出生日期', kind: 'date', section, derivedFrom: 'idCard', synonyms: ['出生年月', '出生时间', '出生年月日'], help: '由身份证号自动填写' },
    { key: 'sex', label: '性别', kind: 'enum', section, options: SEXES, spellings: SEX_SPELLINGS, derivedFrom: 'idCard', inList: true, help: '由身份证号自动填写' },
  ];
}
