// The figures of the 质量年报 data tables (shared/qualityTables.ts) as pure functions. Figures that are also §4.3
// indicators are taken from the indicators (the same numbers the overview shows); the rest are counted here from
// the staff, practice records and the year's 学校年度数据. Each carries its 口径 in words for the workbook's note.
import type { AnnualDataValues } from '../annualData';
import { schoolYearWindow } from '../dates';
import type { IndicatorId } from '../indicators';
import type { QualityFigureId, QualityRow, QualityTable } from '../qualityTables';
import type { PostCategory, SchoolType, StaffStatus } from '../vocab';
import { countPracticeDays, type PracticeSpan } from './practice';

export interface QualityStaff {
  id: number;
  status: StaffStatus;
  postCategory: PostCategory;
  highestEducation: string | null;
  title: string | null;
  /** holds a 双师型认定 dated on or before the cut-off */
  dualQualified: boolean;
}

/** The part of a computed indicator these tables read. */
export interface IndicatorFigure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  rule: string;
  note: string | null;
}

export interface QualityInputs {
  schoolType: SchoolType;
  year: number;
  asOf: string;
  indicators: ReadonlyMap<IndicatorId, IndicatorFigure>;
  staff: readonly QualityStaff[];
  practice: readonly (PracticeSpan & { staffId: number })[];
  annual: AnnualDataValues | null;
}

export interface QualityFigure {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  rule: string;
  /** computed from the 学校年度数据 too (生均…), or from the records alone */
  usesAnnual?: true;
}

/** The indicators of §4.3 that may read the 学校年度数据 (their note says which source they took). */
const ANNUAL_INDICATORS: readonly IndicatorId[] = ['integratedEnrolmentRatio', 'employmentRate', 'furtherStudyRate', 'localEmploymentRate', 'perStudentFunding'];

const quotient = (numerator: number | null, denominator: number | null) =>
  numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;

function ratioOf(numerator: number | null, denominator: number | null, rule: string): QualityFigure {
  return { value: quotient(numerator, denominator), numerator, denominator, rule };
}

const countOf = (n: number | null, rule: string): QualityFigure => ({ value: n, numerator: null, denominator: null, rule });

const SENIOR_TITLES = ['正高级', '副高级'];
const BACHELOR_OR_ABOVE = ['研究生', '本科'];

export function qualityFigures(inputs: QualityInputs): Record<QualityFigureId, QualityFigure> {
  const indicator = (id: IndicatorId): QualityFigure => {
    const i = inputs.indicators.get(id);
    if (!i) throw new Error(`No indicator ${id}`);
    const rule = [i.rule, i.note].filter(Boolean).join('；');
    return { value: i.value, numerator: i.numerator, denominator: i.denominator, rule, ...(ANNUAL_INDICATORS.includes(id) ? { usesAnnual: true } : {}) };
  };
  const part = (id: IndicatorId, side: 'numerator' | 'denominator', rule: string): QualityFigure => ({
    ...countOf(inputs.indicators.get(id)?.[side] ?? null, rule),
    ...(ANNUAL_INDICATORS.includes(id) ? { usesAnnual: true } : {}),
  });

  const serving = inputs.staff.filter((s) => s.status === '在职');
  const fullTime = serving.filter((s) => s.postCategory === '专任教师');
  const partTime = serving.filter((s) => s.postCategory === '兼职教师');
  const visiting = serving.filter((s) => s.postCategory === '校外兼课教师');
  const enrolled = inputs.indicators.get('studentTeacherRatio')?.numerator ?? null;
  const employed = inputs.indicators.get('employmentRate')?.numerator ?? null;
  const a = inputs.annual;

  const window = schoolYearWindow(inputs.year, inputs.asOf);
  const fullTimeIds = new Set(fullTime.map((s) => s.id));
  const recordsByTeacher = new Map<number, PracticeSpan[]>();
  for (const r of inputs.practice) {
    if (!fullTimeIds.has(r.staffId)) continue;
    const list = recordsByTeacher.get(r.staffId);
    if (list) list.push(r);
    else recordsByTeacher.set(r.staffId, [r]);
  }
  const practiceDays = [...recordsByTeacher.values()].reduce((sum, records) => sum + countPracticeDays(records, window), 0);

  /** An amount of the annual data per 全日制在校生 (在籍), in the unit's scale (万元 → 元). */
  const perStudent = (amount: number | null | undefined, scale: number, what: string): QualityFigure => ({
    ...ratioOf(amount === null || amount === undefined ? null : amount * scale, enrolled, `${what} ÷ 在籍学生数（截至统计截止日期）`),
    usesAnnual: true,
  });

  return {
    enrolledStudents: part('studentTeacherRatio', 'numerator', '截至统计截止日期学籍状态为“在籍”的学生数'),
    entrants: part('integratedEnrolmentRatio', 'denominator', '当年入学的学生记录数；没有当年新生记录时按学校年度数据的招生总数'),
    graduates: part('employmentRate', 'denominator', '当年毕业生数：已登记毕业去向时按学生记录，否则按学校年度数据'),
    employed: part('employmentRate', 'numerator', '当年毕业生中的就业人数（来源同毕业生数）'),
    furtherStudy: part('furtherStudyRate', 'numerator', '当年毕业生中的升学人数（来源同毕业生数）'),
    localEmployed: part('localEmploymentRate', 'numerator', '当年就业毕业生中在本地就业的人数（来源同毕业生数）'),
    fullTimeTeachers: countOf(fullTime.length, '在职专任教师人数'),
    partTimeTeachers: countOf(partTime.length, '在职兼职教师（行业企业人员，状态数据平台的校外兼职教师）人数'),
    visitingTeachers: countOf(visiting.length, '在职校外兼课教师（其他学校的教师）人数'),
    studentTeacherRatio: indicator('studentTeacherRatio'),
    studentTeacherRatioHigher: ratioOf(
      enrolled,
      fullTime.length + 0.5 * (partTime.length + visiting.length),
      '在籍学生数 ÷（专任教师 + 聘请校外教师 × 0.5），聘请校外教师为在职的兼职教师和校外兼课教师（教发〔2004〕2号）；在籍学生按全日制计',
    ),
    dualTeacherRatio: indicator('dualTeacherRatio'),
    dualQualifiedRatio: ratioOf(fullTime.filter((s) => s.dualQualified).length, fullTime.length, '截至统计截止日期持有双师型认定的专任教师 ÷ 专任教师'),
    partTimeTeacherRatio: indicator('partTimeTeacherRatio'),
    bachelorOrAboveRatio: ratioOf(fullTime.filter((s) => BACHELOR_OR_ABOVE.includes(s.highestEducation ?? '')).length, fullTime.length, '最高学历为本科或研究生的专任教师 ÷ 专任教师'),
    postgraduateRatio: indicator('postgraduateRatio'),
    seniorTitleRatio: ratioOf(fullTime.filter((s) => SENIOR_TITLES.includes(s.title ?? '')).length, fullTime.length, '专业技术职称为正高级或副高级的专任教师 ÷ 专任教师'),
    distinguishedTeacherRatio: indicator('distinguishedTeacherRatio'),
    practiceDaysInYear: countOf(
      practiceDays,
      `在职专任教师在本学年（${window.start}至${window.end}）的企业实践天数之和；跨学年的记录按天数均摊只计本学年部分，同一教师重叠的日子只计一次`,
    ),
    practiceComplianceRate: indicator('practiceComplianceRate'),
    practiceHeadcount: indicator('practiceHeadcount'),
    employmentRate: indicator('employmentRate'),
    furtherStudyRate: indicator('furtherStudyRate'),
    localEmploymentRate: indicator('localEmploymentRate'),
    relevantEmploymentRate: { ...ratioOf(a?.relevantEmployed ?? null, employed, '学校年度数据的对口就业人数 ÷ 就业人数（来源同毕业生数）'), usesAnnual: true },
    certificateRate: indicator('certificateRate'),
    awardsTotal: indicator('awardCounts'),
    integratedEnrolmentRatio: indicator('integratedEnrolmentRatio'),
    perStudentFunding: indicator('perStudentFunding'),
    equipmentPerStudent: perStudent(a?.equipmentValue, 10_000, '教学科研仪器设备资产总值（万元 × 10000）'),
    practiceAreaPerStudent: perStudent(a?.practiceArea, 1, '实践场所面积'),
    workstationsPerStudent: perStudent(a?.practiceWorkstations, 1, '校内实践教学工位数'),
    teachingAdminAreaPerStudent: perStudent(a?.teachingAdminArea, 1, '教学及辅助、行政办公用房面积'),
    booksPerStudent: perStudent(a?.paperBooks, 1, '纸质图书册数'),
  };
}

/** Where a row's figure came from, said in the workbook. */
export type QualitySource = '按记录计算' | '按记录和年度数据计算' | '学校年度数据' | '未填报';

export interface QualityTableRow {
  row: QualityRow;
  /** in the row's unit; a share as a fraction (a surveyed 92.5 entered as a percentage becomes 0.925) */
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  source: QualitySource;
  rule: string;
}

/** Each row of a table with its value, where it came from and its 口径. */
export function qualityTableRows(table: QualityTable, figures: Record<QualityFigureId, QualityFigure>, annual: AnnualDataValues | null): QualityTableRow[] {
  return table.rows.map((row) => {
    if ('figure' in row.from) {
      const f = figures[row.from.figure];
      return { row, value: f.value, numerator: f.numerator, denominator: f.denominator, source: f.usesAnnual ? '按记录和年度数据计算' : '按记录计算', rule: f.rule };
    }
    const entered = annual?.[row.from.annual] ?? null;
    const value = entered === null ? null : row.unit === '%' ? entered / 100 : entered;
    return { row, value, numerator: null, denominator: null, source: entered === null ? '未填报' : '学校年度数据', rule: '按学校年度数据填报' };
  });
}
