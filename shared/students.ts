// Majors (专业), classes (班级) and students (学生), DESIGN §3: schemas and field descriptors side by side.
import { z } from 'zod';
import { stripInvisible } from './text';
import { DESTINATIONS, SCHOOLING_SYSTEMS, SEXES, STUDENT_STATUSES } from './vocab';
import { optionalEnum, optionalPastDate, optionalText, personName, requiredIdentifier, requiredText, yesNo } from './schemaKit';
import { checkPersonId, idCardInput, idDerived, idDerivedOutput, personIdFields } from './personId';
import type { FieldDescriptor } from './fields';
import { DESTINATION_SPELLINGS, SCHOOLING_SYSTEM_SPELLINGS, STUDENT_STATUS_SPELLINGS } from './vocabSpellings';

export type SchoolingSystem = (typeof SCHOOLING_SYSTEMS)[number];

const YEAR_MESSAGE = '请填写四位年份，如 2024';
const yearNumber = z
  .number({ error: (issue) => (issue.input === undefined || issue.input === null ? '此项必填' : YEAR_MESSAGE) })
  .int(YEAR_MESSAGE)
  .min(2000, '年份不能早于2000年')
  .max(2100, YEAR_MESSAGE);
/** A year typed as a number or as text ("2024"); blank is missing. */
const numericText = (v: unknown) => (typeof v === 'string' ? (v.trim() === '' ? null : Number(v.trim())) : v);
export const year = z.preprocess((v) => numericText(v) ?? undefined, yearNumber);
export const optionalYear = z.preprocess(numericText, yearNumber.nullable().optional()).transform((v) => v ?? null);

// ─── 专业 ───────────────────────────────────────────────────────────────────────────────────────────────────────────

/** The level a 2021 catalogue code belongs to, from its first two digits; null when none. */
export function majorLevelOfCode(code: string): '中职' | '高职专科' | '职业本科' | null {
  const prefix = Number(code.slice(0, 2));
  if (prefix >= 61 && prefix <= 79) return '中职';
  if (prefix >= 41 && prefix <= 59) return '高职专科';
  if (prefix >= 21 && prefix <= 39) return '职业本科';
  return null;
}

export const majorInputSchema = z.object({
  code: z
    .string()
    .trim()
    .regex(/^\d{6}$/, '专业代码应为6位数字，如 710201')
    .refine((c) => majorLevelOfCode(c) !== null, '专业代码前两位应为 61–79（中职）、41–59（高职专科）或 21–39（职业本科）'),
  name: requiredText(50),
  category: optionalText(50),
  isCore: yesNo.default(false),
  honours: optionalText(200),
});
export type MajorInput = z.input<typeof majorInputSchema>;
export type MajorValues = z.output<typeof majorInputSchema>;
export const majorSchema = majorInputSchema.extend({ id: z.number(), classCount: z.number(), studentCount: z.number() });
export type Major = z.output<typeof majorSchema>;

export const majorFields: readonly FieldDescriptor<keyof MajorValues>[] = [
  { key: 'code', label: '专业代码', kind: 'text', section: '专业信息', required: true, inList: true, help: '2021年职业教育专业目录的6位代码，如 710201' },
  { key: 'name', label: '专业名称', kind: 'text', section: '专业信息', required: true, inList: true },
  { key: 'category', label: '专业大类', kind: 'text', section: '专业信息', inList: true, help: '如 电子与信息大类' },
  { key: 'isCore', label: '主体专业', kind: 'boolean', section: '专业信息', inList: true },
  { key: 'honours', label: '专业荣誉', kind: 'textarea', section: '专业信息', inList: true, help: '如 国家级优质专业、省级高水平专业' },
];

// ─── 班级 ───────────────────────────────────────────────────────────────────────────────────────────────────────────

/** A class names its major by the major's name, as a roster spreadsheet does. */
export const classInputSchema = z.object({
  name: requiredText(50),
  majorName: requiredText(50),
  entryYear: year,
});
export type ClassInput = z.input<typeof classInputSchema>;
export type ClassValues = z.output<typeof classInputSchema>;
export const classSchema = classInputSchema.extend({ id: z.number(), majorId: z.number(), studentCount: z.number() });
export type SchoolClass = z.output<typeof classSchema>;

export const classFields: readonly FieldDescriptor<keyof ClassValues>[] = [
  { key: 'name', label: '班级名称', kind: 'text', section: '班级信息', required: true, inList: true, help: '如 计算机2301班' },
  { key: 'majorName', label: '所属专业', kind: 'enum', section: '班级信息', required: true, inList: true, help: '先在“专业”页添加专业' },
  { key: 'entryYear', label: '入学年份', kind: 'number', section: '班级信息', required: true, inList: true },
];

// ─── 学生 ───────────────────────────────────────────────────────────────────────────────────────────────────────────

/** Years at this school per 学制. 中高职一体化 (3+2, 3+4) counts the 中职 stage kept here: after 3 years the student
 * moves on (转段) to the partner school. The field stays editable for a school that records the later stage. */
export const SCHOOLING_YEARS: Record<SchoolingSystem, number> = {
  三年制: 3,
  五年一贯制: 5,
  '中高职一体化3+2': 3,
  '中高职一体化3+4': 3,
  二年制: 2,
  四年制: 4,
};

export function defaultGraduationYear(entryYear: number, system: SchoolingSystem): number {
  return entryYear + SCHOOLING_YEARS[system];
}

const studentShape = z.object({
  studentNo: requiredIdentifier(32),
  name: personName,
  idCard: idCardInput,
  birthDate: optionalPastDate,
  sex: optionalEnum(SEXES),
  majorName: optionalText(50),
  className: optionalText(50),
  entryYear: year,
  schoolingSystem: z.enum(SCHOOLING_SYSTEMS).default('三年制'),
  expectedGraduationYear: optionalYear,
  status: z.enum(STUDENT_STATUSES).default('在籍'),
  integrated: yesNo.default(false),
  lowIncome: yesNo.default(false),
  destination: optionalEnum(DESTINATIONS),
  destinationLocal: yesNo.default(false),
});

/** A student as entered by the form or an import. Birth date and sex come from the ID; the expected graduation year
 * defaults from entry year and 学制; a 中高职一体化 学制 marks the student 中高职一体化; 本地就业 applies to 就业 only. */
export const studentInputSchema = studentShape
  .superRefine((v, ctx) => {
    checkPersonId(v, ctx);
    if (v.expectedGraduationYear !== null && v.expectedGraduationYear <= v.entryYear)
      ctx.addIssue({ code: 'custom', path: ['expectedGraduationYear'], message: '预计毕业年份应晚于入学年份' });
    if (v.destination && v.status !== '毕业')
      ctx.addIssue({ code: 'custom', path: ['destination'], message: '只有学籍状态为“毕业”的学生才填写毕业去向' });
  })
  // one copy of the row: an import makes 200,000 of them
  .transform((v) => ({
    ...v,
    ...idDerived(v),
    expectedGraduationYear: v.expectedGraduationYear ?? defaultGraduationYear(v.entryYear, v.schoolingSystem),
    integrated: v.integrated || v.schoolingSystem.startsWith('中高职一体化'),
    destinationLocal: v.destination === '就业' ? v.destinationLocal : null,
  }));
export type StudentInput = z.input<typeof studentInputSchema>;
export type StudentValues = z.output<typeof studentInputSchema>;
export type StudentField = keyof z.output<typeof studentShape>;

export const studentSchema = studentShape.extend({
  id: z.number(),
  ...idDerivedOutput,
  majorId: z.number().nullable(),
  classId: z.number().nullable(),
  expectedGraduationYear: z.number(),
  destinationLocal: z.boolean().nullable(),
  updatedAt: z.string(),
});
export type Student = z.output<typeof studentSchema>;

export const studentFields: readonly FieldDescriptor<StudentField>[] = [
  { key: 'studentNo', label: '学号', kind: 'text', identifier: true, section: '基本信息', required: true, inList: true, synonyms: ['学籍号', '学生编号', '学生学号'] },
  { key: 'name', label: '姓名', kind: 'text', section: '基本信息', required: true, inList: true, synonyms: ['学生姓名'] },
  ...personIdFields('基本信息'),
  { key: 'majorName', label: '专业', kind: 'enum', section: '学籍', inList: true, synonyms: ['所学专业', '专业名称', '就读专业', '专业（方向）'], help: '选了班级可不填，按班级所属专业' },
  { key: 'className', label: '班级', kind: 'enum', section: '学籍', inList: true, synonyms: ['所在班级', '班级名称', '行政班', '行政班级', '班别'] },
  { key: 'entryYear', label: '入学年份', kind: 'number', section: '学籍', required: true, inList: true, synonyms: ['入学年度', '年级', '入学年级'] },
  { key: 'schoolingSystem', label: '学制', kind: 'enum', section: '学籍', required: true, options: SCHOOLING_SYSTEMS, spellings: SCHOOLING_SYSTEM_SPELLINGS, synonyms: ['学制类型', '学制（年）'] },
  {
    key: 'expectedGraduationYear', label: '预计毕业年份', kind: 'number', section: '学籍', inList: true, synonyms: ['毕业年份', '毕业年度'],
    help: '留空则按入学年份和学制计算：三年制+3、五年一贯制+5、中高职一体化按中职段+3',
  },
  { key: 'status', label: '学籍状态', kind: 'enum', section: '学籍', required: true, options: STUDENT_STATUSES, spellings: STUDENT_STATUS_SPELLINGS, inList: true, synonyms: ['状态', '学籍状况', '在籍状态'] },
  { key: 'integrated', label: '中高职一体化', kind: 'boolean', section: '学籍', help: '学制为中高职一体化3+2、3+4的自动为“是”' },
  { key: 'lowIncome', label: '家庭经济困难', kind: 'boolean', section: '学籍', synonyms: ['困难家庭', '低收入家庭'] },
  { key: 'destination', label: '毕业去向', kind: 'enum', section: '毕业去向', options: DESTINATIONS, spellings: DESTINATION_SPELLINGS, inList: true, synonyms: ['去向'], help: '学籍状态为“毕业”后填写' },
  { key: 'destinationLocal', label: '本地就业', kind: 'boolean', section: '毕业去向', help: '在学校所在市就业的选“是”' },
];

export const studentListQuerySchema = z.object({
  search: z.string().transform(stripInvisible).pipe(z.string().trim().max(50)).optional(),
  majorId: z.number().int().optional(),
  classId: z.number().int().optional(),
  entryYear: z.number().int().optional(),
  status: z.enum(STUDENT_STATUSES).optional(),
  sortBy: z.enum(['studentNo', 'name', 'entryYear', 'expectedGraduationYear']).default('studentNo'),
  sortOrder: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(20),
});
export type StudentListQuery = z.input<typeof studentListQuerySchema>;
