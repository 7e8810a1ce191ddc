// Student certificates (DESIGN §3) and the one level vocabulary they are stored in: 五级…一级 for 职业资格证书 and
// 职业技能等级证书, 初级/中级/高级 for 1+X证书, whatever spelling the registrar typed.
import { z } from 'zod';
import { CERTIFICATE_KINDS, SCHOOL_TYPES, SKILL_LEVEL_NAMES, SKILL_LEVELS, STUDENT_STATUSES, X_CERT_LEVELS, type SkillLevel } from './vocab';
import { isoDate, optionalIdentifier, optionalText, pastDate, requiredText } from './schemaKit';
import type { CertificateKind } from './rules/certificates';
import type { FieldDescriptor } from './fields';
import { CERTIFICATE_KIND_SPELLINGS } from './vocabSpellings';

const DIGIT_LEVELS: Record<string, SkillLevel> = { '5': '五级', '4': '四级', '3': '三级', '2': '二级', '1': '一级' };
// Longest first: 高级技师 contains 技师, 高级工 must not be read as 1+X 高级.
const NAMED_LEVELS = (Object.entries(SKILL_LEVEL_NAMES) as [SkillLevel, string][]).sort((a, b) => b[1].length - a[1].length);

/** Full-width digits and brackets to ASCII, spaces removed: "４级（中级工）" → "4级(中级工)". */
function tidy(raw: string): string {
  return raw
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[（]/g, '(')
    .replace(/[）]/g, ')')
    .replace(/[\s\u3000]/g, '');
}

export type LevelResult = { ok: true; level: string | null } | { ok: false; message: string };

/** 四级, 4级, 中级工, 四级（中级工）, 国家职业资格四级 → 四级; 1+X 初级证书 → 初级. A number and a name that disagree
 * (四级（高级工）) are refused rather than guessed. */
export function normalizeCertificateLevel(kind: CertificateKind, raw: string | null): LevelResult {
  const text = raw ? tidy(raw) : '';
  if (kind === '其他') return { ok: true, level: text || null };
  if (!text) return { ok: false, message: kind === '1+X证书' ? '请填写等级：初级、中级或高级' : '请填写等级：五级（初级工）至一级（高级技师）' };
  if (kind === '1+X证书') {
    const found = X_CERT_LEVELS.find((l) => text.includes(l));
    return found ? { ok: true, level: found } : { ok: false, message: `无法识别的1+X证书等级“${raw}”，应为初级、中级或高级` };
  }
  const byNumber = text.match(/([一二三四五]|[1-5])级/)?.[1];
  const fromNumber = byNumber ? (DIGIT_LEVELS[byNumber] ?? SKILL_LEVELS.find((l) => l.startsWith(byNumber))) : undefined;
  const fromName = NAMED_LEVELS.find(([, name]) => text.includes(name))?.[0];
  if (fromNumber && fromName && fromNumber !== fromName)
    return { ok: false, message: `等级“${raw}”前后矛盾：${fromNumber}是${SKILL_LEVEL_NAMES[fromNumber]}，${fromName}是${SKILL_LEVEL_NAMES[fromName]}` };
  const level = fromNumber ?? fromName;
  return level ? { ok: true, level } : { ok: false, message: `无法识别的等级“${raw}”，应为五级至一级，或初级工、中级工、高级工、技师、高级技师` };
}

/** How a stored level reads on screen: 四级（中级工）. */
export function levelLabel(level: string | null): string {
  if (!level) return '—';
  const name = SKILL_LEVEL_NAMES[level as SkillLevel];
  return name ? `${level}（${name}）` : level;
}

const certificateShape = z.object({
  kind: z.enum(CERTIFICATE_KINDS),
  name: requiredText(100),
  level: optionalText(30),
  issuer: optionalText(100),
  number: optionalIdentifier(60),
  obtainedDate: pastDate,
});

export const certificateInputSchema = certificateShape.transform((v, ctx) => {
  const level = normalizeCertificateLevel(v.kind, v.level);
  if (!level.ok) {
    ctx.addIssue({ code: 'custom', path: ['level'], message: level.message });
    return z.NEVER;
  }
  return { ...v, level: level.level };
});
export type CertificateInput = z.input<typeof certificateInputSchema>;
export type CertificateValues = z.output<typeof certificateInputSchema>;

export const certificateSchema = certificateShape.extend({ id: z.number(), studentId: z.number() });
export type Certificate = z.output<typeof certificateSchema>;

export const certificateFields: readonly FieldDescriptor<keyof CertificateValues>[] = [
  { key: 'kind', label: '证书类别', kind: 'enum', section: '证书', required: true, options: CERTIFICATE_KINDS, spellings: CERTIFICATE_KIND_SPELLINGS, inList: true, synonyms: ['证书类型', '证书种类'] },
  { key: 'name', label: '证书名称', kind: 'text', section: '证书', required: true, inList: true, help: '如 计算机程序设计员、Web前端开发' },
  {
    key: 'level', label: '等级', kind: 'text', section: '证书', inList: true, synonyms: ['证书等级', '技能等级'],
    help: '职业资格/技能等级证书填 五级…一级 或 初级工…高级技师（如“四级”“中级工”“4级”）；1+X证书填 初级/中级/高级',
  },
  { key: 'issuer', label: '发证机构', kind: 'text', section: '证书', inList: true, synonyms: ['发证单位', '评价机构', '发证机关', '认定机构'] },
  { key: 'number', label: '证书编号', kind: 'text', identifier: true, section: '证书', inList: true, synonyms: ['证书号', '证书号码', '证书编码'] },
  { key: 'obtainedDate', label: '取得日期', kind: 'date', section: '证书', required: true, inList: true, synonyms: ['发证日期', '获证日期', '获证时间', '取证时间', '取证日期', '发证时间', '取得时间'] },
];

// ─── 证书获取率 (DESIGN §4.2) ──────────────────────────────────────────────────────────────────────────────────────

const thresholdsOfType = z.object({ minSkillLevel: z.enum(SKILL_LEVELS), minXCertLevel: z.enum(X_CERT_LEVELS) });
/** The lowest qualifying levels per school type (a setting). */
export const certificateThresholdsSchema = z.object({ 中职: thresholdsOfType, 高职: thresholdsOfType, 技工院校: thresholdsOfType });

const rateSchema = z.object({ numerator: z.number(), denominator: z.number(), value: z.number().nullable() });
const majorRateSchema = rateSchema.extend({ majorId: z.number().nullable(), majorName: z.string().nullable() });

export const certificateRateQuerySchema = z.object({
  year: z.number().int().min(2000).max(2100),
  cutoffDate: z.preprocess((v) => (v === '' ? undefined : v), isoDate.optional()),
  /** false for the rates alone (the overview): a city's students lacking a certificate are half a megabyte */
  listLacking: z.boolean().default(true),
});

export const certificateRateSchema = z.object({
  year: z.number(),
  cutoffDate: z.string(),
  schoolType: z.enum(SCHOOL_TYPES),
  thresholds: thresholdsOfType,
  school: rateSchema,
  byMajor: z.array(majorRateSchema),
  byClass: z.array(majorRateSchema.extend({ classId: z.number().nullable(), className: z.string().nullable() })),
  lacking: z.array(
    z.object({ id: z.number(), studentNo: z.string(), name: z.string(), majorName: z.string().nullable(), className: z.string().nullable(), status: z.enum(STUDENT_STATUSES) }),
  ),
});
export type CertificateRate = z.output<typeof certificateRateSchema>;
