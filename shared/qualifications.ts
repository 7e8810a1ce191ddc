// A staff member's qualifications (DESIGN §3): 双师型认定, 职业资格 / 职业技能等级证书, 名优称号. 教师资格证 lives on the
// staff record itself (teacherCertType / teacherCertNo).
import { z } from 'zod';
import { DUAL_TEACHER_LEVELS, HONOUR_LEVELS, SKILL_LEVEL_NAMES, SKILL_LEVELS, type SkillLevel } from './vocab';
import { optionalIdentifier, optionalPastDate, optionalText, pastDate, requiredText } from './schemaKit';
import type { FieldDescriptor } from './fields';
import { DUAL_TEACHER_LEVEL_SPELLINGS, HONOUR_LEVEL_SPELLINGS, SKILL_LEVEL_SPELLINGS } from './vocabSpellings';

export const STAFF_CERTIFICATE_KINDS = ['职业资格证书', '职业技能等级证书'] as const;

/** "四级（中级工）", as a level is shown everywhere. */
export function skillLevelLabel(level: string | null): string {
  if (!level) return '—';
  const name = SKILL_LEVEL_NAMES[level as SkillLevel];
  return name ? `${level}（${name}）` : level;
}

/** Accepts a level as registrars write it — 四级, 中级工, 四级（中级工）, 四级/中级工 — and keeps the 级 term. */
function normalizeSkillLevel(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const s = v.replace(/[\s\u3000]/g, '');
  if (s === '') return null;
  const byName = SKILL_LEVELS.find((level) => s === SKILL_LEVEL_NAMES[level]);
  return byName ?? SKILL_LEVELS.find((level) => s.startsWith(level)) ?? s;
}

// ---- 双师型认定
export const dualTeacherInputSchema = z.object({
  level: z.enum(DUAL_TEACHER_LEVELS),
  certifiedDate: pastDate,
  certifyingBody: optionalText(100),
});
export type DualTeacherValues = z.output<typeof dualTeacherInputSchema>;
export const dualTeacherSchema = dualTeacherInputSchema.extend({ id: z.number(), staffId: z.number() });
export type DualTeacherCertification = z.output<typeof dualTeacherSchema>;

export const dualTeacherFields: readonly FieldDescriptor<keyof DualTeacherValues>[] = [
  { key: 'level', label: '认定等级', kind: 'enum', section: '双师型认定', required: true, options: DUAL_TEACHER_LEVELS, spellings: DUAL_TEACHER_LEVEL_SPELLINGS, inList: true, synonyms: ['双师型等级', '双师等级'] },
  { key: 'certifiedDate', label: '认定日期', kind: 'date', section: '双师型认定', required: true, inList: true, synonyms: ['认定时间', '双师型认定时间'] },
  { key: 'certifyingBody', label: '认定机构', kind: 'text', section: '双师型认定', inList: true, synonyms: ['认定单位', '发证机关'] },
];

// ---- 职业资格证书 / 职业技能等级证书
export const staffCertificateInputSchema = z.object({
  kind: z.enum(STAFF_CERTIFICATE_KINDS),
  name: requiredText(100),
  level: z.preprocess(normalizeSkillLevel, z.enum(SKILL_LEVELS, '等级应为五级（初级工）至一级（高级技师）之一')),
  issuer: optionalText(100),
  number: optionalIdentifier(60),
  obtainedDate: optionalPastDate,
});
export type StaffCertificateValues = z.output<typeof staffCertificateInputSchema>;
/** Stored rows may come from imports of older rosters: kind and level are read back as they are. */
export const staffCertificateSchema = staffCertificateInputSchema.extend({
  id: z.number(),
  staffId: z.number(),
  kind: z.string(),
  level: z.string().nullable(),
});
export type StaffCertificate = z.output<typeof staffCertificateSchema>;

export const staffCertificateFields: readonly FieldDescriptor<keyof StaffCertificateValues>[] = [
  { key: 'kind', label: '证书类别', kind: 'enum', section: '职业资格与技能等级证书', required: true, options: STAFF_CERTIFICATE_KINDS, inList: true },
  { key: 'name', label: '证书名称', kind: 'text', section: '职业资格与技能等级证书', required: true, inList: true, synonyms: ['职业资格证书', '职业（工种）名称'] },
  {
    key: 'level', label: '等级', kind: 'enum', section: '职业资格与技能等级证书', required: true, options: SKILL_LEVELS, spellings: SKILL_LEVEL_SPELLINGS, inList: true, synonyms: ['证书等级', '技能等级'],
    help: SKILL_LEVELS.map((l) => `${l}＝${SKILL_LEVEL_NAMES[l]}`).join('，'),
  },
  { key: 'issuer', label: '发证机构', kind: 'text', section: '职业资格与技能等级证书', inList: true, synonyms: ['发证单位', '评价机构'] },
  { key: 'number', label: '证书编号', kind: 'text', identifier: true, section: '职业资格与技能等级证书', inList: true },
  { key: 'obtainedDate', label: '取得日期', kind: 'date', section: '职业资格与技能等级证书', inList: true, synonyms: ['发证日期', '取证时间'] },
];

// ---- 名优称号
const currentYear = () => new Date().getFullYear();
export const honourInputSchema = z.object({
  name: requiredText(50),
  level: z.enum(HONOUR_LEVELS),
  // blank → undefined, which coerces to NaN and so reads 请填写年份 (null would coerce to 0)
  year: z.preprocess(
    (v) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v),
    z.coerce
      .number('请填写年份')
      .int('年份应为整数')
      .min(1950, '年份应在1950年以后')
      .refine((y) => y <= currentYear(), '年份不能晚于今年'),
  ),
});
export type HonourValues = z.output<typeof honourInputSchema>;
export const honourSchema = honourInputSchema.extend({ id: z.number(), staffId: z.number() });
export type Honour = z.output<typeof honourSchema>;

export const honourFields: readonly FieldDescriptor<keyof HonourValues>[] = [
  { key: 'name', label: '称号名称', kind: 'text', section: '名优称号', required: true, inList: true, synonyms: ['名优称号', '荣誉称号'], help: '如 名师、学科带头人、骨干教师、技能大师' },
  { key: 'level', label: '级别', kind: 'enum', section: '名优称号', required: true, options: HONOUR_LEVELS, spellings: HONOUR_LEVEL_SPELLINGS, inList: true },
  { key: 'year', label: '授予年份', kind: 'number', section: '名优称号', required: true, inList: true, synonyms: ['年份', '获得年份'] },
];

/** Each teacher's highest 双师型认定 held on a date: certified on or before it, the first at the highest level. The
 * one reading behind dualTeacherRatio, the 双师型 sheet and the status-data tables' 是否双师素质. */
export function highestDualCertifications<C extends { staffId: number; level: string; certifiedDate: string }>(certifications: Iterable<C>, asOf: string): Map<number, C> {
  const rank = (level: string) => DUAL_TEACHER_LEVELS.indexOf(level as (typeof DUAL_TEACHER_LEVELS)[number]);
  const held = new Map<number, C>();
  const inOrder = [...certifications].filter((c) => c.certifiedDate <= asOf).sort((a, b) => (a.certifiedDate < b.certifiedDate ? -1 : a.certifiedDate > b.certifiedDate ? 1 : 0));
  for (const c of inOrder) {
    const before = held.get(c.staffId);
    if (!before || rank(c.level) > rank(before.level)) held.set(c.staffId, c);
  }
  return held;
}

/** Each teacher's highest 职业资格 / 职业技能等级证书 held on a date (一级 highest; one with no date is taken as held),
 * the latest of equal level: the status-data tables' 职业资格证书（最高）. */
export function highestSkillCertificates<C extends { staffId: number; level: string | null; obtainedDate: string | null }>(certificates: Iterable<C>, asOf: string): Map<number, C> {
  const rank = (c: C) => SKILL_LEVELS.indexOf(c.level as SkillLevel);
  const held = new Map<number, C>();
  for (const c of certificates) {
    if (c.obtainedDate && c.obtainedDate > asOf) continue;
    const before = held.get(c.staffId);
    if (!before || rank(c) > rank(before) || (rank(c) === rank(before) && (c.obtainedDate ?? '') > (before.obtainedDate ?? ''))) held.set(c.staffId, c);
  }
  return held;
}
