// The indicators of DESIGN §4.3 and the plan presets that set their targets (DESIGN §2): ids, labels, units,
// and the shapes that cross the contract. The computations live in rules/indicators.ts.
import { z } from 'zod';

export const INDICATOR_IDS = [
  'dualTeacherRatio',
  'seniorDualTeacherRatio',
  'postgraduateRatio',
  'distinguishedTeacherRatio',
  'partTimeTeacherRatio',
  'studentTeacherRatio',
  'practiceComplianceRate',
  'practiceHeadcount',
  'certificateRate',
  'integratedEnrolmentRatio',
  'employmentRate',
  'furtherStudyRate',
  'localEmploymentRate',
  'lowIncomeEmploymentRate',
  'awardCounts',
  'perStudentFunding',
] as const;
export type IndicatorId = (typeof INDICATOR_IDS)[number];

/** How a value reads: a share (shown as 66.7%), a ratio (18.5:1), a count, or money. */
export type IndicatorUnit = '%' | '比' | '人次' | '项' | '元/生·年';

export interface IndicatorDefinition {
  id: IndicatorId;
  label: string;
  unit: IndicatorUnit;
  /** the 口径 in one line, shown to users beside the figure */
  rule: string;
}

export const INDICATORS: Record<IndicatorId, IndicatorDefinition> = {
  dualTeacherRatio: { id: 'dualTeacherRatio', label: '双师型教师占专业课教师比例', unit: '%', rule: '持有双师型认定的专业课教师（含实习指导教师）÷ 专业课教师' },
  seniorDualTeacherRatio: { id: 'seniorDualTeacherRatio', label: '高水平双师型教师比例', unit: '%', rule: '双师型认定为中级或高级的专业课教师 ÷ 专业课教师' },
  postgraduateRatio: { id: 'postgraduateRatio', label: '研究生层次教师比例', unit: '%', rule: '学历为研究生或学位为硕士、博士的专任教师 ÷ 专任教师' },
  distinguishedTeacherRatio: { id: 'distinguishedTeacherRatio', label: '名优教师比例', unit: '%', rule: '有名优称号的专任教师 ÷ 专任教师' },
  partTimeTeacherRatio: { id: 'partTimeTeacherRatio', label: '兼职教师比例', unit: '%', rule: '在职兼职教师 ÷ 专任专业课教师（目标不低于20%，聘用上限30%）' },
  studentTeacherRatio: { id: 'studentTeacherRatio', label: '生师比', unit: '比', rule: '在籍学生 ÷ 专任教师' },
  practiceComplianceRate: { id: 'practiceComplianceRate', label: '企业实践达标率', unit: '%', rule: '达标 ÷（达标 + 未达标）；进行中的教师单独列出，不计入' },
  practiceHeadcount: { id: 'practiceHeadcount', label: '入企实践人次', unit: '人次', rule: '当年开始的企业实践记录数' },
  certificateRate: { id: 'certificateRate', label: '毕业生证书获取率', unit: '%', rule: '当年应届毕业生中取得合格证书的人数 ÷ 应届毕业生（在籍或毕业）' },
  integratedEnrolmentRatio: { id: 'integratedEnrolmentRatio', label: '中高职一体化招生占比', unit: '%', rule: '当年中高职一体化新生 ÷ 当年新生' },
  employmentRate: { id: 'employmentRate', label: '就业率', unit: '%', rule: '就业人数 ÷ 毕业生总数' },
  furtherStudyRate: { id: 'furtherStudyRate', label: '升学率', unit: '%', rule: '升学人数 ÷ 毕业生总数' },
  localEmploymentRate: { id: 'localEmploymentRate', label: '本地就业率', unit: '%', rule: '本地就业人数 ÷ 就业人数' },
  lowIncomeEmploymentRate: { id: 'lowIncomeEmploymentRate', label: '困难家庭毕业生就业率', unit: '%', rule: '困难家庭毕业生就业人数 ÷ 困难家庭毕业生数' },
  awardCounts: { id: 'awardCounts', label: '技能大赛获奖', unit: '项', rule: '当年获奖项数（按级别与奖项分列，学生与教师分开统计）' },
  perStudentFunding: { id: 'perStudentFunding', label: '生均公用经费', unit: '元/生·年', rule: '按学校年度数据填报' },
};

export const DIRECTIONS = ['>=', '<='] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const targetSchema = z.object({
  /** shares as fractions (0.95 for 95%), money in 元, counts as counts */
  value: z.number().min(0, '目标值不能为负数'),
  direction: z.enum(DIRECTIONS),
});
export type Target = z.output<typeof targetSchema>;

export const presetSchema = z.object({
  id: z.string(),
  name: z.string(),
  builtin: z.boolean(),
  targets: z.partialRecord(z.enum(INDICATOR_IDS), targetSchema),
});
export type PlanPreset = z.output<typeof presetSchema>;

/** Whether a figure's parts have records to click through to (DESIGN §4.3), and how many. The ids stay with the
 * handler, which finds them again for indicators.drill: a city's student ids would weigh on every opening of the
 * overview. */
export const drillSchema = z.object({
  entity: z.enum(['staff', 'students', 'practice', 'awards']),
  numeratorRecords: z.number(),
  denominatorRecords: z.number(),
});
export type Drill = z.output<typeof drillSchema>;

/** The records behind a figure's parts, by id, as the rules find them. */
export interface DrillIds {
  entity: Drill['entity'];
  numeratorIds: number[];
  denominatorIds: number[];
}

export const indicatorResultSchema = z.object({
  id: z.enum(INDICATOR_IDS),
  label: z.string(),
  unit: z.string(),
  rule: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** null when the denominator is 0 or the data is missing: shown as —, never NaN */
  value: z.number().nullable(),
  target: z.number().nullable(),
  direction: z.enum(DIRECTIONS).nullable(),
  /** null when there is no target or no value */
  met: z.boolean().nullable(),
  /** e.g. 进行中 12 人 (不计入) or where the figure came from */
  note: z.string().nullable(),
  drill: drillSchema.nullable(),
  /** awardCounts only: level × prize counts, students and staff apart */
  breakdown: z.array(z.object({ level: z.string(), prize: z.string(), students: z.number(), staff: z.number() })).nullable(),
});
export type IndicatorResult = z.output<typeof indicatorResultSchema>;

/** A figure as the rules compute it, with the ids of the records behind it. */
export type ComputedIndicator = Omit<IndicatorResult, 'drill'> & { drill: DrillIds | null };

export function isMet(value: number | null, target: Target | undefined): boolean | null {
  if (value === null || !target) return null;
  // a small tolerance so that 19/20 meets a 0.95 target despite binary floating point
  const EPS = 1e-9;
  return target.direction === '>=' ? value >= target.value - EPS : value <= target.value + EPS;
}
