// The 质量年报 data tables' 口径 on small hand-made schools: the figures counted from records, the per-student
// figures of the annual data, where each row says it came from, and the form's fields for each school type.
import { describe, expect, it } from 'vitest';
import { annualDataFields, annualDataInputSchema, QUALITY_SECTION, type AnnualDataValues } from '@shared/annualData';
import { schoolYearPeriodText, schoolYearWindow } from '@shared/dates';
import { periodStatements } from '@shared/periods';
import { DEFAULT_COMPLIANCE_SETTINGS } from '@shared/rules/practice';
import { INDICATOR_IDS, type IndicatorId } from '@shared/indicators';
import { annualFieldsFor, annualInputsOf, QUALITY_TABLES, qualityTablesFor } from '@shared/qualityTables';
import { qualityFigures, qualityTableRows, type IndicatorFigure, type QualityInputs, type QualityStaff } from '@shared/rules/qualityTables';

const indicator = (numerator: number | null, denominator: number | null, value = numerator !== null && denominator ? numerator / denominator : null): IndicatorFigure => ({
  numerator, denominator, value, rule: '规则', note: null,
});

function inputs(overrides: Partial<QualityInputs> = {}): QualityInputs {
  let id = 0;
  const person = (postCategory: QualityStaff['postCategory'], extra: Partial<QualityStaff> = {}): QualityStaff => ({
    id: ++id, status: '在职', postCategory, highestEducation: '本科', title: '中级', dualQualified: false, ...extra,
  });
  const indicators = new Map<IndicatorId, IndicatorFigure>([
    ...INDICATOR_IDS.map((i) => [i, indicator(null, null)] as const),
    ['studentTeacherRatio', indicator(120, 4, 30)],
    ['employmentRate', indicator(45, 50)],
    ['integratedEnrolmentRatio', indicator(10, 40)],
  ]);
  return {
    schoolType: '高职',
    year: 2025,
    asOf: '2025-08-31',
    indicators,
    staff: [
      person('专任教师', { dualQualified: true, title: '副高级' }),
      person('专任教师', { highestEducation: '研究生', title: '正高级' }),
      person('专任教师', { highestEducation: '专科' }),
      person('专任教师', { status: '离职' }),
      person('专任教师'),
      person('兼职教师'),
      person('兼职教师', { status: '离职' }),
      person('校外兼课教师'),
      person('校外兼课教师'),
      person('行政人员'),
    ],
    practice: [],
    annual: null,
    ...overrides,
  };
}

const blankAnnual = (values: Partial<AnnualDataValues>): AnnualDataValues => annualDataInputSchema.parse(values);

describe('the figures the records give', () => {
  it('counts 在职 staff only, and 聘请校外教师 at half in the 高职 生师比', () => {
    const f = qualityFigures(inputs());
    expect([f.fullTimeTeachers.value, f.partTimeTeachers.value, f.visitingTeachers.value]).toEqual([4, 1, 2]);
    // 120 ÷ (4 + 0.5 × 3)
    expect(f.studentTeacherRatioHigher).toMatchObject({ numerator: 120, denominator: 5.5 });
    expect(f.studentTeacherRatioHigher.value).toBeCloseTo(21.818, 3);
    expect(f.dualQualifiedRatio).toMatchObject({ numerator: 1, denominator: 4, value: 0.25 });
    expect(f.seniorTitleRatio).toMatchObject({ numerator: 2, denominator: 4, value: 0.5 });
    expect(f.bachelorOrAboveRatio).toMatchObject({ numerator: 3, denominator: 4, value: 0.75 });
  });

  it('counts only the school year’s part of a record straddling 1 September, and a teacher’s overlaps once', () => {
    const teacher = inputs().staff[0].id;
    const f = qualityFigures(inputs({
      practice: [
        // 40 days over 2024-08-12…2024-09-30 (50 days): 30 of them fall in September → 24
        { staffId: teacher, startDate: '2024-08-12', endDate: '2024-09-30', days: 40 },
        // the same teacher twice over the same ten days: 10, not 20
        { staffId: teacher, startDate: '2025-01-01', endDate: '2025-01-10', days: 10 },
        { staffId: teacher, startDate: '2025-01-01', endDate: '2025-01-10', days: 10 },
        // after the school year, and a 兼职教师's: neither counts
        { staffId: teacher, startDate: '2025-09-01', endDate: '2025-09-05', days: 5 },
        { staffId: inputs().staff[5].id, startDate: '2025-03-01', endDate: '2025-03-10', days: 10 },
      ],
    }));
    expect(f.practiceDaysInYear.value).toBe(34);
    expect(f.practiceDaysInYear.rule).toContain('2024-09-01至2025-08-31');
  });

  it('divides the annual amounts by the students on roll, 万元 as 元, and has no value without them', () => {
    const f = qualityFigures(inputs({ annual: blankAnnual({ equipmentValue: 60, paperBooks: 9000, practiceArea: 600.5 }) }));
    expect(f.equipmentPerStudent).toMatchObject({ numerator: 600_000, denominator: 120, value: 5000, usesAnnual: true });
    expect(f.booksPerStudent.value).toBe(75);
    expect(f.practiceAreaPerStudent.value).toBeCloseTo(5.004, 3);
    expect(f.teachingAdminAreaPerStudent.value).toBeNull();
    // 对口就业 ÷ the 就业 of the graduates' figures
    expect(qualityFigures(inputs({ annual: blankAnnual({ employed: 45, relevantEmployed: 36 }) })).relevantEmploymentRate.value).toBe(0.8);
    expect(qualityFigures(inputs()).relevantEmploymentRate.value).toBeNull();
  });
});

describe('the rows of a table', () => {
  it('says where each value came from, and reads a surveyed percentage as a share', () => {
    const annual = blankAnnual({ majorRelevance: 68.5, monthlyIncome: 4600 });
    const scorecard = QUALITY_TABLES.find((t) => t.id === 'scorecard')!;
    const rows = qualityTableRows(scorecard, qualityFigures(inputs({ annual })), annual);
    expect(rows.map((r) => [r.row.label, r.value, r.source])).toEqual([
      ['就业率', 0.9, '按记录和年度数据计算'],
      ['月收入', 4600, '学校年度数据'],
      ['专业相关度', 0.685, '学校年度数据'],
      ['母校满意度', null, '未填报'],
      ['自主创业比例', null, '未填报'],
      ['雇主满意度', null, '未填报'],
      ['毕业三年职位晋升比例', null, '未填报'],
    ]);
  });
});

describe('the tables of each school type and the annual form', () => {
  it('gives 高职 the five national tables and 中职 and 技工院校 the report’s groups', () => {
    expect(qualityTablesFor('高职').map((t) => t.title)).toEqual(['计分卡', '教学资源表', '服务贡献表', '落实政策表', '国际影响表']);
    expect(qualityTablesFor('中职').map((t) => t.title)).toEqual(['规模和结构', '教师队伍', '设施设备', '学生素质与就业质量', '校企合作', '经费与社会服务']);
    expect(qualityTablesFor('技工院校')).toEqual(qualityTablesFor('中职'));
  });

  it('uses each annual field in at most one row of a type, and every 质量年报 field in some type', () => {
    const used = new Set<string>();
    for (const type of ['高职', '中职'] as const) {
      const keys = qualityTablesFor(type).flatMap((t) => t.rows.flatMap(annualInputsOf));
      expect(new Set(keys).size, type).toBe(keys.length);
      keys.forEach((k) => used.add(k));
    }
    expect(annualDataFields.filter((f) => f.section === QUALITY_SECTION && !used.has(f.key)).map((f) => f.key)).toEqual([]);
  });

  it('groups the form by table for the school type and leaves out the other type’s fields', () => {
    const higher = annualFieldsFor('高职');
    expect(higher.find((f) => f.key === 'majorRelevance')?.section).toBe('质量年报·计分卡');
    expect(higher.some((f) => f.key === 'startingSalary')).toBe(false);
    // read by a per-student figure: under the table of that figure
    expect(higher.find((f) => f.key === 'equipmentValue')?.section).toBe('质量年报·教学资源表');
    const secondary = annualFieldsFor('中职');
    expect(secondary.find((f) => f.key === 'startingSalary')?.section).toBe('质量年报·学生素质与就业质量');
    expect(secondary.find((f) => f.key === 'trainingBases')?.section).toBe('质量年报·设施设备');
    expect(secondary.some((f) => f.key === 'monthlyIncome')).toBe(false);
    // the plan's own figures stay where they were, first
    expect(secondary[0].key).toBe('publicFundingPerStudent');
    expect(higher.find((f) => f.key === 'lowIncomeGraduates')?.section).toBe('毕业生去向');
  });
});

describe('the statistics year', () => {
  it('runs 1 September to 31 August, ending on the cut-off date when that falls inside', () => {
    expect(schoolYearWindow(2025, '2025-08-31')).toEqual({ start: '2024-09-01', end: '2025-08-31' });
    expect(schoolYearWindow(2026, '2025-12-01')).toEqual({ start: '2025-09-01', end: '2025-12-01' });
    expect(schoolYearPeriodText(2026, '2025-12-01')).toBe('2025—2026学年（2025-09-01至2025-12-01），截至 2025-12-01');
    expect(schoolYearPeriodText(2025, '2025-10-31')).toBe('2024—2025学年（2024-09-01至2025-08-31）');
  });

  it('is stated with the §4 windows beside it, as the overview shows them', () => {
    const rolling = Object.fromEntries(periodStatements('2025-08-31', 2025, DEFAULT_COMPLIANCE_SETTINGS).map((p) => [p.item, p.text]));
    expect(rolling['统计年度']).toContain('2024—2025学年（2024-09-01至2025-08-31）');
    expect(rolling['证书获取率']).toContain('不晚于 2025-08-31');
    expect(rolling['企业实践达标']).toBe('2020-09-01至2025-08-31的实践天数（截止日期前5年），要求180天');
    expect(rolling['入企实践人次']).toContain('2025年1月1日至12月31日');
    const cycle = periodStatements('2025-08-31', 2025, { ...DEFAULT_COMPLIANCE_SETTINGS, fixedCycle: { start: '2021-01-01', end: '2025-12-31' } });
    expect(cycle.find((p) => p.item === '企业实践达标')?.text).toBe('2021-01-01至2025-08-31的实践天数（考核周期），要求180天');
  });
});
