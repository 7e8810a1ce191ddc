// The school's annual data (学校年度数据), DESIGN §3, and the figures derived from it (DESIGN §4.3): each a
// numerator, a denominator and a value that is null, never NaN, when there is nothing to divide by.
import { z } from 'zod';
import type { DESTINATIONS } from './vocab';
import { year } from './students';
import type { FieldDescriptor } from './fields';

const blankToNull = (v: unknown) => (v === undefined || (typeof v === 'string' && v.trim() === '') ? null : typeof v === 'string' ? Number(v) : v);
const optionalCount = (max = 100_000_000) =>
  z.preprocess(blankToNull, z.number({ error: '请填写数字' }).int('应为整数').min(0, '不能为负数').max(max).nullable()).default(null);
/** At most `places` decimals, up to floating-point noise (0.1 + 0.2). */
const decimalsAtMost = (places: number) => (v: number) => Math.abs(Math.round(v * 10 ** places) - v * 10 ** places) < 1e-6;
/** 万元, 平方米: at most two decimals. */
const optionalAmount = (max = 100_000_000) =>
  z.preprocess(blankToNull, z.number({ error: '请填写数字' }).min(0, '不能为负数').max(max).refine(decimalsAtMost(2), '最多两位小数').nullable()).default(null);
/** A share the school surveys (母校满意度…), as a percentage 0–100 with one decimal at most. */
const optionalPercent = z
  .preprocess(blankToNull, z.number({ error: '请填写数字' }).min(0, '不能为负数').max(100, '百分比不能超过100').refine(decimalsAtMost(1), '最多一位小数').nullable())
  .default(null);

const annualShape = z.object({
  publicFundingPerStudent: optionalCount(1_000_000),
  enrolmentTotal: optionalCount(),
  integratedEnrolment: optionalCount(),
  industryColleges: optionalCount(),
  orderClasses: optionalCount(),
  trainingBases: optionalCount(),
  socialTrainingCount: optionalCount(),
  researchIncome: optionalCount(),
  professionalSpiritHours: optionalCount(10_000),
  graduatesTotal: optionalCount(),
  employed: optionalCount(),
  furtherStudy: optionalCount(),
  localEmployed: optionalCount(),
  lowIncomeGraduates: optionalCount(),
  lowIncomeEmployed: optionalCount(),
  // 质量年报 data tables (shared/qualityTables.ts): what no record gives, each used by one row of a school type's tables
  monthlyIncome: optionalCount(1_000_000),
  majorRelevance: optionalPercent,
  alumniSatisfaction: optionalPercent,
  selfEmploymentRatio: optionalPercent,
  employerSatisfaction: optionalPercent,
  promotionRatio: optionalPercent,
  equipmentValue: optionalAmount(),
  practiceArea: optionalAmount(),
  practiceWorkstations: optionalCount(),
  teachingAdminArea: optionalAmount(),
  paperBooks: optionalCount(),
  enterpriseEquipmentValue: optionalAmount(),
  enterpriseTeacherHours: optionalCount(),
  smeEmployed: optionalCount(),
  top500Employed: optionalCount(),
  horizontalServiceIncome: optionalAmount(),
  verticalResearchIncome: optionalAmount(),
  technologyTransactionIncome: optionalAmount(),
  nonDegreeTrainingIncome: optionalAmount(),
  publicTrainingDays: optionalCount(),
  fiscalFundingPerStudent: optionalCount(10_000_000),
  specialFundingPerStudent: optionalCount(10_000_000),
  authorisedPosts: optionalCount(),
  establishedStaff: optionalCount(),
  enterpriseDonatedEquipment: optionalAmount(),
  internationalStudents: optionalCount(),
  internationalTrainingDays: optionalCount(),
  overseasInternshipDays: optionalCount(),
  overseasTeachingDays: optionalCount(),
  internationalPostTeachers: optionalCount(),
  adoptedMajorStandards: optionalCount(),
  adoptedCourseStandards: optionalCount(),
  internationalAwards: optionalCount(),
  relevantEmployed: optionalCount(),
  startingSalary: optionalCount(1_000_000),
});
export type AnnualField = keyof z.output<typeof annualShape>;

/** A part may not exceed its whole: [part, whole, message]. */
const PARTS: [AnnualField, AnnualField, string][] = [
  ['integratedEnrolment', 'enrolmentTotal', '中高职一体化招生数不能大于招生总数'],
  ['employed', 'graduatesTotal', '就业人数不能大于毕业生总数'],
  ['furtherStudy', 'graduatesTotal', '升学人数不能大于毕业生总数'],
  ['localEmployed', 'employed', '本地就业人数不能大于就业人数'],
  ['lowIncomeGraduates', 'graduatesTotal', '困难家庭毕业生数不能大于毕业生总数'],
  ['lowIncomeEmployed', 'lowIncomeGraduates', '困难家庭毕业生就业人数不能大于困难家庭毕业生数'],
  ['relevantEmployed', 'employed', '对口就业人数不能大于就业人数'],
  ['smeEmployed', 'employed', '到中小微企业等基层服务人数不能大于就业人数'],
  ['top500Employed', 'employed', '到500强企业就业人数不能大于就业人数'],
  ['establishedStaff', 'authorisedPosts', '在编教职工数不能大于教职工额定编制数'],
];

export const annualDataInputSchema = annualShape.superRefine((v, ctx) => {
  for (const [part, whole, message] of PARTS) {
    const p = v[part];
    const w = v[whole];
    if (p !== null && w !== null && p > w) ctx.addIssue({ code: 'custom', path: [part], message });
  }
  const { employed, furtherStudy, graduatesTotal } = v;
  if (employed !== null && furtherStudy !== null && graduatesTotal !== null && employed + furtherStudy > graduatesTotal)
    ctx.addIssue({ code: 'custom', path: ['furtherStudy'], message: '就业人数与升学人数之和不能大于毕业生总数' });
});
export type AnnualDataInput = z.input<typeof annualDataInputSchema>;
export type AnnualDataValues = z.output<typeof annualDataInputSchema>;

const S_FUNDS = '经费与招生';
const S_RUNNING = '办学条件与服务';
const S_GRADS = '毕业生去向';
/** Regrouped by the 质量年报 table that uses each, for the school's type (annualFieldsFor in shared/qualityTables.ts). */
export const QUALITY_SECTION = '质量年报数据表';
export const annualDataFields: readonly FieldDescriptor<AnnualField>[] = [
  { key: 'publicFundingPerStudent', label: '生均公用经费（元/生·年）', kind: 'number', section: S_FUNDS, excelHeader: '生均公用经费', synonyms: ['生均公用经费'] },
  { key: 'enrolmentTotal', label: '招生总数（人）', kind: 'number', section: S_FUNDS, synonyms: ['招生数', '当年招生数'] },
  { key: 'integratedEnrolment', label: '中高职一体化招生数（人）', kind: 'number', section: S_FUNDS, synonyms: ['中高职一体化招生数'] },
  { key: 'industryColleges', label: '产业学院数（个）', kind: 'number', section: S_RUNNING, synonyms: ['产业学院数'] },
  { key: 'orderClasses', label: '订单班数（个）', kind: 'number', section: S_RUNNING, synonyms: ['订单班数'] },
  { key: 'trainingBases', label: '实训基地数（个）', kind: 'number', section: S_RUNNING, synonyms: ['实训基地数'] },
  { key: 'socialTrainingCount', label: '社会培训（人次）', kind: 'number', section: S_RUNNING, synonyms: ['社会培训人次'] },
  { key: 'researchIncome', label: '科研合同到款额（元）', kind: 'number', section: S_RUNNING, synonyms: ['科研合同到款额', '横向课题到款额'] },
  { key: 'professionalSpiritHours', label: '职业精神专题教育（学时）', kind: 'number', section: S_RUNNING, synonyms: ['职业精神专题教育学时'] },
  { key: 'graduatesTotal', label: '毕业生总数（人）', kind: 'number', section: S_GRADS, synonyms: ['毕业生数'] },
  { key: 'employed', label: '就业人数', kind: 'number', section: S_GRADS },
  { key: 'furtherStudy', label: '升学人数', kind: 'number', section: S_GRADS },
  { key: 'localEmployed', label: '本地就业人数', kind: 'number', section: S_GRADS },
  { key: 'lowIncomeGraduates', label: '困难家庭毕业生数', kind: 'number', section: S_GRADS },
  { key: 'lowIncomeEmployed', label: '困难家庭毕业生就业人数', kind: 'number', section: S_GRADS },
  { key: 'monthlyIncome', label: '毕业半年后月收入（元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['月收入'] },
  { key: 'majorRelevance', label: '专业相关度（%）', kind: 'number', section: QUALITY_SECTION, synonyms: ['专业相关度', '理工农医类专业相关度'] },
  { key: 'alumniSatisfaction', label: '母校满意度（%）', kind: 'number', section: QUALITY_SECTION, synonyms: ['母校满意度', '母校总体满意度'] },
  { key: 'selfEmploymentRatio', label: '自主创业比例（%）', kind: 'number', section: QUALITY_SECTION, synonyms: ['自主创业比例'] },
  { key: 'employerSatisfaction', label: '雇主满意度（%）', kind: 'number', section: QUALITY_SECTION, synonyms: ['雇主满意度'] },
  { key: 'promotionRatio', label: '毕业三年职位晋升比例（%）', kind: 'number', section: QUALITY_SECTION, synonyms: ['职位晋升比例'] },
  { key: 'equipmentValue', label: '教学科研仪器设备资产总值（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['教学仪器设备资产总值', '教学科研仪器设备值', '仪器设备总值'] },
  { key: 'practiceArea', label: '实践场所面积（平方米）', kind: 'number', section: QUALITY_SECTION, synonyms: ['实践场所面积'] },
  { key: 'practiceWorkstations', label: '校内实践教学工位数（个）', kind: 'number', section: QUALITY_SECTION, synonyms: ['实训工位数', '校内实践教学工位数'] },
  { key: 'teachingAdminArea', label: '教学及辅助、行政办公用房面积（平方米）', kind: 'number', section: QUALITY_SECTION, synonyms: ['教学行政用房面积'] },
  { key: 'paperBooks', label: '纸质图书（册）', kind: 'number', section: QUALITY_SECTION, synonyms: ['纸质图书', '图书总数', '纸质图书册数'] },
  { key: 'enterpriseEquipmentValue', label: '企业提供的校内实践教学设备值（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['企业提供的校内实践教学设备值'] },
  { key: 'enterpriseTeacherHours', label: '企业兼职教师年课时总量（课时）', kind: 'number', section: QUALITY_SECTION, synonyms: ['企业兼职教师年课时总量'] },
  { key: 'smeEmployed', label: '到中小微企业等基层服务人数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['中小微企业等基层服务人数'] },
  { key: 'top500Employed', label: '到500强企业就业人数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['500强企业就业人数'] },
  { key: 'horizontalServiceIncome', label: '横向技术服务到款额（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['横向技术服务到款额'] },
  { key: 'verticalResearchIncome', label: '纵向科研经费到款额（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['纵向科研经费到款额'] },
  { key: 'technologyTransactionIncome', label: '技术交易到款额（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['技术交易到款额'] },
  { key: 'nonDegreeTrainingIncome', label: '非学历培训到款额（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['非学历培训到款额'] },
  { key: 'publicTrainingDays', label: '公益性培训服务（人日）', kind: 'number', section: QUALITY_SECTION, synonyms: ['公益性培训服务'] },
  { key: 'fiscalFundingPerStudent', label: '年生均财政拨款水平（元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['生均财政拨款水平', '年生均财政拨款'] },
  { key: 'specialFundingPerStudent', label: '年生均财政专项经费（元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['生均财政专项经费'] },
  { key: 'authorisedPosts', label: '教职工额定编制数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['额定编制数', '核定编制数'] },
  { key: 'establishedStaff', label: '在编教职工数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['在编人数', '在编教职工数'] },
  { key: 'enterpriseDonatedEquipment', label: '企业捐赠设备值（万元）', kind: 'number', section: QUALITY_SECTION, synonyms: ['企业捐赠设备值'] },
  { key: 'internationalStudents', label: '全日制国（境）外留学生人数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['全日制留学生人数'] },
  { key: 'internationalTrainingDays', label: '非全日制国（境）外人员培训量（人日）', kind: 'number', section: QUALITY_SECTION, synonyms: ['国（境）外人员培训量'] },
  { key: 'overseasInternshipDays', label: '在校生服务“走出去”企业国（境）外实习时间（人日）', kind: 'number', section: QUALITY_SECTION, synonyms: ['国（境）外实习时间'] },
  { key: 'overseasTeachingDays', label: '专任教师赴国（境）外指导和开展培训时间（人日）', kind: 'number', section: QUALITY_SECTION, synonyms: ['赴国（境）外指导和开展培训时间'] },
  { key: 'internationalPostTeachers', label: '在国（境）外组织担任职务的专任教师人数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['在国（境）外组织担任职务的专任教师人数'] },
  { key: 'adoptedMajorStandards', label: '开发并被国（境）外采用的专业教学标准数（个）', kind: 'number', section: QUALITY_SECTION, synonyms: ['被国（境）外采用的专业教学标准数'] },
  { key: 'adoptedCourseStandards', label: '开发并被国（境）外采用的课程标准数（个）', kind: 'number', section: QUALITY_SECTION, synonyms: ['被国（境）外采用的课程标准数'] },
  { key: 'internationalAwards', label: '国（境）外技能大赛获奖数量（项）', kind: 'number', section: QUALITY_SECTION, synonyms: ['国（境）外技能大赛获奖数量'] },
  { key: 'relevantEmployed', label: '对口就业人数（人）', kind: 'number', section: QUALITY_SECTION, synonyms: ['对口就业人数', '专业对口就业人数'] },
  { key: 'startingSalary', label: '初次就业起薪（元/月）', kind: 'number', section: QUALITY_SECTION, synonyms: ['初次就业起薪', '平均起薪'] },
];

/** The fields that student records can supply instead of the form. */
export const DESTINATION_FIELDS = ['graduatesTotal', 'employed', 'furtherStudy', 'localEmployed', 'lowIncomeGraduates', 'lowIncomeEmployed'] as const;
export type DestinationCounts = Record<(typeof DESTINATION_FIELDS)[number], number>;

export interface GraduateForDestinations {
  destination: (typeof DESTINATIONS)[number] | null;
  destinationLocal: boolean | null;
  lowIncome: boolean;
}

/** Counts the graduates' recorded destinations; a graduate with none recorded counts in the totals only. */
export function destinationCounts(graduates: readonly GraduateForDestinations[]): DestinationCounts {
  const employed = graduates.filter((g) => g.destination === '就业');
  const lowIncome = graduates.filter((g) => g.lowIncome);
  return {
    graduatesTotal: graduates.length,
    employed: employed.length,
    furtherStudy: graduates.filter((g) => g.destination === '升学').length,
    localEmployed: employed.filter((g) => g.destinationLocal).length,
    lowIncomeGraduates: lowIncome.length,
    lowIncomeEmployed: lowIncome.filter((g) => g.destination === '就业').length,
  };
}

export const DERIVED_FIGURES = [
  'integratedEnrolmentRatio', 'employmentRate', 'furtherStudyRate', 'localEmploymentRate', 'lowIncomeEmploymentRate', 'perStudentFunding',
] as const;

export const derivedFigureSchema = z.object({
  id: z.enum(DERIVED_FIGURES),
  label: z.string(),
  /** how it is computed, shown beside the figure */
  rule: z.string(),
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  /** a share in 0…1 for ratios, 元 for funding; null when a count is missing or the denominator is 0 */
  value: z.number().nullable(),
  unit: z.enum(['%', '元/生·年']),
});
export type DerivedFigure = z.output<typeof derivedFigureSchema>;

function ratio(id: DerivedFigure['id'], label: string, rule: string, numerator: number | null, denominator: number | null): DerivedFigure {
  const value = numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
  return { id, label, rule, numerator, denominator, value, unit: '%' };
}

type FigureInput = Pick<AnnualDataValues, 'publicFundingPerStudent' | 'enrolmentTotal' | 'integratedEnrolment'> & {
  [K in keyof DestinationCounts]: number | null;
};

export function derivedFigures(v: FigureInput): DerivedFigure[] {
  return [
    ratio('integratedEnrolmentRatio', '中高职一体化招生占比', '中高职一体化招生数 ÷ 招生总数', v.integratedEnrolment, v.enrolmentTotal),
    ratio('employmentRate', '就业率', '就业人数 ÷ 毕业生总数', v.employed, v.graduatesTotal),
    ratio('furtherStudyRate', '升学率', '升学人数 ÷ 毕业生总数', v.furtherStudy, v.graduatesTotal),
    ratio('localEmploymentRate', '本地就业率', '本地就业人数 ÷ 就业人数', v.localEmployed, v.employed),
    ratio('lowIncomeEmploymentRate', '困难家庭毕业生就业率', '困难家庭毕业生就业人数 ÷ 困难家庭毕业生数', v.lowIncomeEmployed, v.lowIncomeGraduates),
    // Reported per student already (the bureau's form asks for 元/生·年), so the figure is the entered value.
    {
      id: 'perStudentFunding', label: '生均公用经费', rule: '按年度数据填报', unit: '元/生·年',
      numerator: v.publicFundingPerStudent, denominator: null, value: v.publicFundingPerStudent,
    },
  ];
}

export const annualDataResultSchema = z.object({
  schoolYear: z.number(),
  /** what was saved for the year; null when nothing yet */
  values: annualShape.nullable(),
  figures: z.array(derivedFigureSchema),
  /** where the graduates' destination counts came from */
  destinationSource: z.enum(['学生记录', '年度数据']),
  /** the counts from student records (graduates of the year), when any of them has a recorded destination */
  recordedDestinations: z.object({
    graduatesTotal: z.number(), employed: z.number(), furtherStudy: z.number(), localEmployed: z.number(),
    lowIncomeGraduates: z.number(), lowIncomeEmployed: z.number(),
  }).nullable(),
});
export type AnnualDataResult = z.output<typeof annualDataResultSchema>;

export const schoolYearInput = z.object({ schoolYear: year });
