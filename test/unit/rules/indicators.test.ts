// DESIGN §4.3 on small hand-made schools: what each indicator counts, and — never NaN — when there is nothing to count.
import { describe, expect, it } from 'vitest';
import { computeIndicators, type IndicatorSnapshot, type StaffForIndicators, type StudentForIndicators } from '@shared/rules/indicators';
import type { ComputedIndicator, IndicatorId, PlanPreset } from '@shared/indicators';
import { BUILTIN_PRESETS } from '@shared/presets';

const noAnnual = { numerator: null, denominator: null, value: null, note: null };

function teacher(id: number, over: Partial<StaffForIndicators> = {}): StaffForIndicators {
  return { id, status: '在职', postCategory: '专任教师', teachingCategory: '专业课', highestEducation: '本科', highestDegree: '学士', ...over };
}

function student(id: number, over: Partial<StudentForIndicators> = {}): StudentForIndicators {
  return {
    studentId: id, majorId: 1, majorName: '计算机应用', classId: 1, className: '2022级计算机1班',
    expectedGraduationYear: 2025, status: '在籍', entryYear: 2022, integrated: false, ...over,
  };
}

function snapshot(over: Partial<IndicatorSnapshot> = {}): IndicatorSnapshot {
  return {
    asOf: '2025-08-31', year: 2025, schoolType: '中职', staff: [], dualTeacherLevels: new Map(), distinguishedStaffIds: new Set(),
    compliance: [], practiceStarts: [], students: [], certificates: [], awards: [],
    annual: {
      integratedEnrolmentRatio: noAnnual, employmentRate: noAnnual, furtherStudyRate: noAnnual, localEmploymentRate: noAnnual,
      lowIncomeEmploymentRate: noAnnual, perStudentFunding: noAnnual,
    },
    ...over,
  };
}

const lishui = BUILTIN_PRESETS.find((p) => p.id === 'lishui-2023')!;
const wenzhou = BUILTIN_PRESETS.find((p) => p.id === 'wenzhou-2023')!;
function get(snap: IndicatorSnapshot, id: IndicatorId, preset: PlanPreset | null = lishui): ComputedIndicator {
  return computeIndicators(snap, preset).find((i) => i.id === id)!;
}

describe('teacher indicators', () => {
  const staff = [
    teacher(1), teacher(2), teacher(3, { teachingCategory: '实习指导' }), teacher(4, { teachingCategory: '公共基础课', highestEducation: '研究生' }),
    teacher(5, { status: '离职' }), teacher(6, { postCategory: '兼职教师', teachingCategory: null }), teacher(7, { postCategory: '行政人员', highestDegree: '博士' }),
  ];
  const snap = snapshot({ staff, dualTeacherLevels: new Map([[1, '初级'], [3, '高级'], [4, '中级'], [5, '高级']]), distinguishedStaffIds: new Set([2, 7]) });

  it('双师型: 在职 专业课 and 实习指导 teachers with a certification, over those teachers', () => {
    // teachers 1, 2, 3 are in scope (4 teaches 公共基础课, 5 has left): 1 and 3 hold one
    expect(get(snap, 'dualTeacherRatio')).toMatchObject({ numerator: 2, denominator: 3, target: 0.95, direction: '>=', met: false });
    expect(get(snap, 'dualTeacherRatio').drill).toEqual({ entity: 'staff', numeratorIds: [1, 3], denominatorIds: [1, 2, 3] });
  });

  it('高水平双师型: only 中级 and 高级 count', () => {
    expect(get(snap, 'seniorDualTeacherRatio')).toMatchObject({ numerator: 1, denominator: 3, met: false });
  });

  it('研究生 and 名优: over every 在职 专任教师, whatever they teach', () => {
    expect(get(snap, 'postgraduateRatio')).toMatchObject({ numerator: 1, denominator: 4 });
    expect(get(snap, 'distinguishedTeacherRatio')).toMatchObject({ numerator: 1, denominator: 4 });
  });

  it('兼职教师: over 专任专业课教师, and flagged above the 30% cap', () => {
    expect(get(snap, 'partTimeTeacherRatio', wenzhou)).toMatchObject({ numerator: 1, denominator: 3, target: 0.2, met: true, note: '超过聘用上限（专业课教师的30%）' });
    expect(get(snap, 'partTimeTeacherRatio', lishui)).toMatchObject({ target: null, met: null });
  });

  it('a target met exactly counts as met', () => {
    const twenty = snapshot({ staff: Array.from({ length: 20 }, (_, i) => teacher(i + 1)), dualTeacherLevels: new Map(Array.from({ length: 19 }, (_, i) => [i + 1, '初级'])) });
    expect(get(twenty, 'dualTeacherRatio')).toMatchObject({ value: 0.95, met: true });
  });
});

describe('practice indicators', () => {
  it('达标率 is 达标 over 达标 plus 未达标; 进行中 and 有风险 are shown apart', () => {
    const snap = snapshot({
      compliance: [
        { staffId: 1, status: '达标' }, { staffId: 2, status: '未达标' }, { staffId: 3, status: '进行中' }, { staffId: 4, status: '有风险' }, { staffId: 5, status: '不适用' },
      ],
    });
    expect(get(snap, 'practiceComplianceRate')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, note: '另有 2 人进行中，不计入' });
  });

  it('入企实践人次 counts the records that started in the year', () => {
    const snap = snapshot({ practiceStarts: [{ id: 1, startDate: '2024-12-20' }, { id: 2, startDate: '2025-01-01' }, { id: 3, startDate: '2025-12-31' }] });
    expect(get(snap, 'practiceHeadcount')).toMatchObject({ numerator: 2, value: 2, denominator: null });
  });
});

describe('student indicators', () => {
  it('证书获取率 follows §4.2: the cohort of the year, certificates by the cut-off', () => {
    const snap = snapshot({
      students: [student(1), student(2), student(3, { status: '退学' }), student(4, { expectedGraduationYear: 2026 })],
      certificates: [
        { studentId: 1, kind: '职业技能等级证书', level: '四级', dateObtained: '2025-06-01' },
        { studentId: 2, kind: '职业技能等级证书', level: '四级', dateObtained: '2025-09-01' },
      ],
    });
    expect(get(snap, 'certificateRate')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, met: false, note: '截止日期 2025-08-31' });
  });

  it('中高职一体化招生占比 comes from the year’s entrants when there are any', () => {
    const snap = snapshot({
      year: 2025,
      students: [student(1, { entryYear: 2025, integrated: true }), student(2, { entryYear: 2025 }), student(3, { entryYear: 2024, integrated: true })],
    });
    expect(get(snap, 'integratedEnrolmentRatio')).toMatchObject({ numerator: 1, denominator: 2, value: 0.5, met: true, note: '来自学生记录' });
  });

  it('生师比 is 在籍 students per 专任教师', () => {
    const snap = snapshot({ staff: [teacher(1), teacher(2)], students: [student(1), student(2), student(3), student(4, { status: '毕业' })] });
    expect(get(snap, 'studentTeacherRatio')).toMatchObject({ numerator: 3, denominator: 2, value: 1.5 });
  });

  it('技能大赛 counts the year’s awards by level × prize, students and staff apart', () => {
    const snap = snapshot({
      awards: [
        { id: 1, year: 2025, level: '省级', prize: '一等奖', studentParticipants: 2, staffParticipants: 0 },
        { id: 2, year: 2025, level: '省级', prize: '一等奖', studentParticipants: 0, staffParticipants: 1 },
        { id: 3, year: 2024, level: '国家级', prize: '二等奖', studentParticipants: 1, staffParticipants: 0 },
      ],
    });
    expect(get(snap, 'awardCounts')).toMatchObject({ value: 2, breakdown: [{ level: '省级', prize: '一等奖', students: 1, staff: 1 }] });
  });
});

describe('an empty school', () => {
  it('gives — (null) for every share and never NaN, and is not judged against a target', () => {
    const all = computeIndicators(snapshot(), lishui);
    expect(all.map((i) => i.id)).toHaveLength(16);
    for (const i of all) {
      expect(Number.isNaN(i.value)).toBe(false);
      if (i.unit === '%' || i.unit === '比' || i.unit === '元/生·年') expect(i.value).toBeNull();
      if (i.value === null) expect(i.met).toBeNull();
    }
  });
});
