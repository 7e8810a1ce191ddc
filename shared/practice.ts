// 企业实践记录 (DESIGN §3, §4.4): the schema shared by the form, the handlers and later the import, with its field
// descriptors, the overlap warning, and the shapes of the status board and a teacher's summary.
import dayjs from 'dayjs';
import { z } from 'zod';
import { PRACTICE_FORMS, REVIEW_STATES, TEACHING_CATEGORIES } from './vocab';
import { id, isoDate, optionalText, requiredText } from './schemaKit';
import { todayIso } from './dates';
import { checkUscc, normalizeUscc } from './rules/uscc';
import { COMPLIANCE_STATUSES, type ComplianceSettings } from './rules/practice';
import type { FieldDescriptor } from './fields';
import { PRACTICE_FORM_SPELLINGS, REVIEW_STATE_SPELLINGS } from './vocabSpellings';

const blankToUndefined = (v: unknown) => (v === null || (typeof v === 'string' && v.trim() === '') ? undefined : v);

/** Calendar days from start to end, both included (the span a record's 实践天数 may not exceed). */
export function calendarSpanDays(startDate: string, endDate: string): number {
  return dayjs(endDate).diff(dayjs(startDate), 'day') + 1;
}

const practiceShape = z.object({
  enterpriseName: requiredText(100),
  enterpriseCode: z
    .preprocess((v) => (typeof v === 'string' ? normalizeUscc(v) || null : v), z.string().nullable().optional())
    .transform((v) => v ?? null)
    .superRefine((v, ctx) => {
      const check = v === null ? null : checkUscc(v);
      if (check && !check.ok) ctx.addIssue({ code: 'custom', message: check.message });
    }),
  position: optionalText(50),
  sendingDepartment: optionalText(50),
  startDate: isoDate,
  endDate: isoDate,
  /** 实践天数; blank = the whole span */
  days: z.preprocess(blankToUndefined, z.coerce.number().int('实践天数应为整数').min(1, '实践天数至少为1天').optional()),
  form: z.enum(PRACTICE_FORMS),
  content: optionalText(500),
  outcome: optionalText(200),
  reviewState: z.enum(REVIEW_STATES).default('待审核'),
});

/** A practice record as entered. The dates must be in order and over; 实践天数 defaults to the span and may not exceed it. */
export const practiceInputSchema = practiceShape
  .superRefine((v, ctx) => {
    if (v.endDate > todayIso()) ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能晚于今天：实践结束后再登记' });
    if (v.endDate < v.startDate) {
      ctx.addIssue({ code: 'custom', path: ['endDate'], message: '结束日期不能早于开始日期' });
      return;
    }
    const span = calendarSpanDays(v.startDate, v.endDate);
    if (v.days !== undefined && v.days > span)
      ctx.addIssue({ code: 'custom', path: ['days'], message: `实践天数不能超过起止日期之间的天数（${v.startDate}～${v.endDate} 共${span}天）` });
  })
  .transform((v) => ({ ...v, days: v.days ?? calendarSpanDays(v.startDate, v.endDate) }));

export type PracticeInput = z.input<typeof practiceInputSchema>;
export type PracticeValues = z.output<typeof practiceInputSchema>;
type PracticeField = keyof z.output<typeof practiceShape>;

export const practiceSchema = practiceShape.extend({
  id: z.number(),
  staffId: z.number(),
  days: z.number(),
  /** why 教务 sent it back, while it is 已退回 */
  reviewNote: z.string().nullable(),
  /** the 教师 account that logged it over the school network; null when the school entered it */
  submittedBy: z.number().nullable(),
  updatedAt: z.string(),
});
export type Practice = z.output<typeof practiceSchema>;

/** A ledger row: the record with its teacher and how many evidence files it has. */
export const practiceRowSchema = practiceSchema.extend({ staffNo: z.string(), staffName: z.string(), evidenceCount: z.number() });
export type PracticeRow = z.output<typeof practiceRowSchema>;

export const practiceFields: readonly FieldDescriptor<PracticeField>[] = [
  { key: 'enterpriseName', sticky: true, label: '实践企业', kind: 'text', section: '实践单位', required: true, inList: true, synonyms: ['企业名称', '实践单位', '实践企业名称', '实践单位名称', '企业（单位）名称', '挂职单位', '顶岗单位', '实践基地', '单位名称', '企业'] },
  { key: 'enterpriseCode', sticky: true, label: '统一社会信用代码', kind: 'text', section: '实践单位', synonyms: ['企业信用代码', '社会信用代码', '企业统一社会信用代码', '信用代码'], help: '18位，可不填；填写后会核对校验位' },
  { key: 'position', sticky: true, label: '实践岗位', kind: 'text', section: '实践单位', inList: true, synonyms: ['岗位', '实践岗位名称', '挂职岗位', '顶岗岗位', '岗位名称'] },
  { key: 'sendingDepartment', sticky: true, label: '派出部门', kind: 'text', section: '实践单位', synonyms: ['派出单位', '派出系部', '所在部门', '所在系部', '推荐部门'], help: '派教师去实践的校内部门（系部），状态数据平台“挂职锻炼（顶岗实践）”表要填' },
  { key: 'startDate', sticky: true, label: '开始日期', kind: 'date', section: '时间与天数', required: true, inList: true, synonyms: ['开始时间', '起始日期', '起始时间', '实践开始日期', '实践开始时间'] },
  { key: 'endDate', sticky: true, label: '结束日期', kind: 'date', section: '时间与天数', required: true, inList: true, synonyms: ['结束时间', '截止日期', '截止时间', '实践结束日期', '实践结束时间'] },
  { key: 'days', label: '实践天数', kind: 'number', section: '时间与天数', inList: true, synonyms: ['天数', '实践时长（天）', '实践天数（天）', '累计天数', '时长（天）', '实践时长'], help: '不填则按起止日期的天数计；不能超过起止日期之间的天数' },
  { key: 'form', sticky: true, label: '实践形式', kind: 'enum', section: '时间与天数', required: true, options: PRACTICE_FORMS, spellings: PRACTICE_FORM_SPELLINGS, inList: true, synonyms: ['形式', '实践方式', '实践类型', '实践类别'] },
  { key: 'reviewState', label: '审核状态', kind: 'enum', section: '时间与天数', required: true, options: REVIEW_STATES, spellings: REVIEW_STATE_SPELLINGS, inList: true },
  { key: 'content', label: '实践内容', kind: 'textarea', section: '内容与考核', synonyms: ['主要内容', '实践主要内容', '实践内容摘要'] },
  { key: 'outcome', label: '考核结果', kind: 'text', section: '内容与考核', synonyms: ['考核情况', '实践成果', '考核等次', '考核结果（等次）'] },
];

/** The non-blocking warnings of DESIGN §4.4 for a record among the teacher's others: each overlapping span, once. */
export function overlapWarnings(record: { startDate: string; endDate: string }, others: readonly { startDate: string; endDate: string; enterpriseName: string }[]): string[] {
  return others
    .filter((o) => o.startDate <= record.endDate && o.endDate >= record.startDate)
    .map((o) => `与 ${o.startDate}～${o.endDate}（${o.enterpriseName}）的实践记录时间重叠：重叠的日子只计一次`);
}

export const practiceListQuerySchema = z.object({
  staffId: id.optional(),
  /** records that started in this year (as 入企实践人次 counts them, DESIGN §4.3) */
  year: z.number().int().min(1950).max(2100).optional(),
  form: z.enum(PRACTICE_FORMS).optional(),
  reviewState: z.enum(REVIEW_STATES).optional(),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(1000).default(20),
});
export type PracticeListQuery = z.input<typeof practiceListQuerySchema>;

// ---- Compliance (DESIGN §4.1)
const dateWindowSchema = z.object({ start: z.string(), end: z.string() });

export const complianceSettingsSchema = z
  .object({
    requiredDays: z.coerce.number().int('应为整数').min(1, '至少为1天').max(3650),
    windowYears: z.coerce.number().int('应为整数').min(1, '至少为1年').max(20),
    fixedCycle: z.object({ start: isoDate, end: isoDate }).nullable(),
    countPending: z.boolean().default(false),
  })
  .superRefine((v, ctx) => {
    if (v.fixedCycle && v.fixedCycle.end < v.fixedCycle.start)
      ctx.addIssue({ code: 'custom', path: ['fixedCycle'], message: '周期的结束日期不能早于开始日期' });
  }) satisfies z.ZodType<ComplianceSettings>;

export const complianceRowSchema = z.object({
  staffId: z.number(),
  staffNo: z.string(),
  name: z.string(),
  teachingCategory: z.enum(TEACHING_CATEGORIES).nullable(),
  joinDate: z.string(),
  days: z.number(),
  requiredDays: z.number(),
  status: z.enum(COMPLIANCE_STATUSES),
  shortfallDays: z.number(),
  deadline: z.string().nullable(),
  /** days of the teacher's 待审核 records, shown apart while they do not count */
  pendingDays: z.number(),
});
export type ComplianceRow = z.output<typeof complianceRowSchema>;

/** When the figures are taken: the date asked for, else the school's 统计截止日期, else today. */
export const asOfInput = isoDate.optional();

export const statusBoardSchema = z.object({
  asOf: z.string(),
  window: dateWindowSchema,
  settings: complianceSettingsSchema,
  rows: z.array(complianceRowSchema),
  /** teachers per status, before the status filter */
  counts: z.record(z.enum(COMPLIANCE_STATUSES), z.number()),
});
export type StatusBoard = z.output<typeof statusBoardSchema>;

export const teacherPracticeSummarySchema = z.object({
  asOf: z.string(),
  window: dateWindowSchema,
  /** null: not 在职 专任教师, so no compliance status */
  compliance: complianceRowSchema.nullable(),
  /** the 岗前实践 data-quality message, if any */
  preServiceFlag: z.string().nullable(),
  /** whether the teacher's 待审核 records count yet, in words (reviewCountingStatement) */
  reviewCounting: z.string(),
  /** the records that touch the window, oldest first, for the timeline */
  windowRecords: z.array(practiceRowSchema),
});
export type TeacherPracticeSummary = z.output<typeof teacherPracticeSummarySchema>;

// ---- Evidence files
export const EVIDENCE_MAX_BYTES = 20 * 1024 * 1024;
export const EVIDENCE_ACCEPT = '.png,.jpg,.jpeg,.gif,.webp,.pdf';

export const evidenceSchema = z.object({
  id: z.number(),
  practiceId: z.number(),
  originalName: z.string(),
  mimeType: z.string(),
  size: z.number(),
  addedAt: z.string(),
});
export type Evidence = z.output<typeof evidenceSchema>;

/** 教务's decision on a record: 通过 makes it 已审核; 退回 sends it back to the teacher with the reason they will read. */
export const practiceReviewInput = z
  .object({ id, decision: z.enum(['通过', '退回']), reason: optionalText(200) })
  .superRefine((v, ctx) => {
    if (v.decision === '退回' && !v.reason) ctx.addIssue({ code: 'custom', path: ['reason'], message: '请写明退回原因：教师会看到它' });
  });

export const evidenceAddSchema = z.object({
  practiceId: id,
  fileName: requiredText(255),
  /** the file's bytes, base64: everything crossing the contract survives JSON (DESIGN §6) */
  base64: z.string().min(1, '文件是空的').max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4 + 4, `文件不能超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB`),
});
