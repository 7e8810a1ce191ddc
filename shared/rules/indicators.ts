// DESIGN §4.3 as pure functions: every indicator from plain records, with the ids behind its numerator and
// denominator. The same function feeds the overview, the CLI and the 质量年报 workbook, so they agree.
import { INDICATORS, isMet, type ComputedIndicator, type Drill, type IndicatorId, type PlanPreset } from '../indicators';
import type { PostCategory, SchoolType, StaffStatus, TeachingCategory } from '../vocab';
import type { ComplianceStatus } from './practice';
import {
  certificateAttainment, DEFAULT_CERTIFICATE_THRESHOLDS, isInCohort, type CertificateForAttainment, type CertificateThresholdSettings,
  type StudentForAttainment,
} from './certificates';

export interface StaffForIndicators {
  id: number;
  status: StaffStatus;
  postCategory: PostCategory;
  teachingCategory: TeachingCategory | null;
  highestEducation: string | null;
  highestDegree: string | null;
}

export interface StudentForIndicators extends StudentForAttainment {
  studentId: number;
  entryYear: number;
  integrated: boolean;
}

export interface AwardForIndicators {
  id: number;
  year: number;
  level: string;
  prize: string;
  /** people credited with the award (参赛); advisors are not counted as winners */
  studentParticipants: number;
  staffParticipants: number;
}

/** Figures that come from the school's annual data or graduates' destinations (see shared/annualData.ts). */
export interface AnnualFigure {
  numerator: number | null;
  denominator: number | null;
  value: number | null;
  note: string | null;
}

export interface IndicatorSnapshot {
  asOf: string;
  year: number;
  schoolType: SchoolType;
  staff: StaffForIndicators[];
  /** staffId → highest 双师型 level certified on or before asOf */
  dualTeacherLevels: Map<number, string>;
  /** staff ids holding a 名优 title awarded in or before the year */
  distinguishedStaffIds: Set<number>;
  /** each teacher's practice status as of asOf (the status board's rows, so the two agree) */
  compliance: { staffId: number; status: ComplianceStatus }[];
  /** the records that count only (countsTowardsCompliance) */
  practiceStarts: { id: number; startDate: string }[];
  /** what the practice figures say of a teacher's records awaiting review (reviewCountingStatement) */
  practiceReview?: string;
  students: StudentForIndicators[];
  certificates: CertificateForAttainment[];
  certificateThresholds?: CertificateThresholdSettings;
  certificateCutoff?: string;
  awards: AwardForIndicators[];
  /** from the annual data or recorded destinations, already decided by source */
  annual: Record<'integratedEnrolmentRatio' | 'employmentRate' | 'furtherStudyRate' | 'localEmploymentRate' | 'lowIncomeEmploymentRate' | 'perStudentFunding', AnnualFigure>;
}

/** The students behind each student indicator, by id for the click-through. */
export interface StudentCounts {
  /** 在籍 */
  enrolledIds: number[];
  /** §4.2: the cohort of the year, and those of it holding a qualifying certificate by the cut-off */
  cohortIds: number[];
  certifiedIds: number[];
  certificateCutoff: string;
  /** who entered in the year, and those of them 中高职一体化 */
  entrantIds: number[];
  integratedEntrantIds: number[];
}

/** The snapshot with its students already counted: how the app computes, the database counting a city's 200,000
 * students in SQL (db/queries/indicators.ts) rather than handing them over one by one. */
export type IndicatorInputs = Omit<IndicatorSnapshot, 'students' | 'certificates' | 'certificateThresholds' | 'certificateCutoff'> & {
  studentCounts: StudentCounts;
};

/** The status counted as enrolled (生师比). */
export const ENROLLED_STATUS = '在籍';

/** The student counts from records: the 口径 the SQL of db/queries/indicators.ts follows, its conditions taken from
 * here and from shared/rules/certificates.ts. */
export function countStudents(
  snap: Pick<IndicatorSnapshot, 'year' | 'schoolType' | 'students' | 'certificates' | 'certificateThresholds' | 'certificateCutoff'>,
): StudentCounts {
  const ids = (list: StudentForIndicators[]) => list.map((s) => s.studentId);
  const attainment = certificateAttainment(snap.students, snap.certificates, {
    year: snap.year,
    schoolType: snap.schoolType,
    cutoffDate: snap.certificateCutoff,
    thresholds: snap.certificateThresholds ?? DEFAULT_CERTIFICATE_THRESHOLDS,
  });
  const lacking = new Set(attainment.lacking.map((s) => s.studentId));
  const cohort = snap.students.filter((s) => isInCohort(s, snap.year));
  const entrants = snap.students.filter((s) => s.entryYear === snap.year);
  return {
    enrolledIds: ids(snap.students.filter((s) => s.status === ENROLLED_STATUS)),
    cohortIds: ids(cohort),
    certifiedIds: ids(cohort.filter((s) => !lacking.has(s.studentId))),
    certificateCutoff: attainment.cutoffDate,
    entrantIds: ids(entrants),
    integratedEntrantIds: ids(entrants.filter((s) => s.integrated)),
  };
}

const isProfessionalTeacher = (s: StaffForIndicators) =>
  s.status === '在职' && s.postCategory === '专任教师' && (s.teachingCategory === '专业课' || s.teachingCategory === '实习指导');
const isFullTimeTeacher = (s: StaffForIndicators) => s.status === '在职' && s.postCategory === '专任教师';

function result(
  id: IndicatorId,
  preset: PlanPreset | null,
  numerator: number | null,
  denominator: number | null,
  value: number | null,
  extra: Partial<Pick<ComputedIndicator, 'note' | 'drill' | 'breakdown'>> & { ruleAddendum?: string } = {},
): ComputedIndicator {
  const def = INDICATORS[id];
  const target = preset?.targets[id];
  return {
    id, label: def.label, unit: def.unit, rule: extra.ruleAddendum ? `${def.rule}；${extra.ruleAddendum}` : def.rule, numerator, denominator, value,
    target: target?.value ?? null, direction: target?.direction ?? null, met: isMet(value, target),
    note: extra.note ?? null, drill: extra.drill ?? null, breakdown: extra.breakdown ?? null,
  };
}

/** A share of two id lists, with those ids kept for the click-through. */
function share(
  id: IndicatorId, preset: PlanPreset | null, entity: Drill['entity'], numeratorIds: number[], denominatorIds: number[], note: string | null = null, ruleAddendum?: string,
) {
  const n = numeratorIds.length;
  const d = denominatorIds.length;
  return result(id, preset, n, d, d === 0 ? null : n / d, { drill: { entity, numeratorIds, denominatorIds }, note, ruleAddendum });
}

export function computeIndicators(snap: IndicatorSnapshot, preset: PlanPreset | null): ComputedIndicator[] {
  return indicatorsOf({ ...snap, studentCounts: countStudents(snap) }, preset);
}

export function indicatorsOf(snap: IndicatorInputs, preset: PlanPreset | null): ComputedIndicator[] {
  const professional = snap.staff.filter(isProfessionalTeacher);
  const fullTime = snap.staff.filter(isFullTimeTeacher);
  const ids = (list: { id: number }[]) => list.map((s) => s.id);
  const dual = professional.filter((s) => snap.dualTeacherLevels.has(s.id));
  const seniorDual = professional.filter((s) => ['中级', '高级'].includes(snap.dualTeacherLevels.get(s.id) ?? ''));
  const postgraduate = fullTime.filter((s) => s.highestEducation === '研究生' || s.highestDegree === '硕士' || s.highestDegree === '博士');
  const distinguished = fullTime.filter((s) => snap.distinguishedStaffIds.has(s.id));
  const partTime = snap.staff.filter((s) => s.status === '在职' && s.postCategory === '兼职教师');

  const students = snap.studentCounts;
  const studentTeacher = fullTime.length === 0 ? null : students.enrolledIds.length / fullTime.length;

  const withStatus = (...statuses: ComplianceStatus[]) => snap.compliance.filter((c) => statuses.includes(c.status)).map((c) => c.staffId);
  const met = withStatus('达标');
  const notMet = withStatus('未达标');
  const inProgress = withStatus('进行中', '有风险').length;
  const startedThisYear = snap.practiceStarts.filter((p) => p.startDate.startsWith(`${snap.year}-`));

  const integrated =
    students.entrantIds.length > 0
      ? share('integratedEnrolmentRatio', preset, 'students', students.integratedEntrantIds, students.entrantIds, '来自学生记录')
      : annualResult('integratedEnrolmentRatio');

  const awardsThisYear = snap.awards.filter((a) => a.year === snap.year);
  const breakdown = new Map<string, { level: string; prize: string; students: number; staff: number }>();
  for (const a of awardsThisYear) {
    const key = `${a.level}|${a.prize}`;
    const row = breakdown.get(key) ?? { level: a.level, prize: a.prize, students: 0, staff: 0 };
    if (a.studentParticipants > 0) row.students++;
    if (a.staffParticipants > 0) row.staff++;
    breakdown.set(key, row);
  }

  function annualResult(id: keyof IndicatorInputs['annual']): ComputedIndicator {
    const f = snap.annual[id];
    return result(id, preset, f.numerator, f.denominator, f.value, { note: f.note });
  }

  return [
    share('dualTeacherRatio', preset, 'staff', ids(dual), ids(professional)),
    share('seniorDualTeacherRatio', preset, 'staff', ids(seniorDual), ids(professional)),
    share('postgraduateRatio', preset, 'staff', ids(postgraduate), ids(fullTime)),
    share('distinguishedTeacherRatio', preset, 'staff', ids(distinguished), ids(fullTime)),
    share('partTimeTeacherRatio', preset, 'staff', ids(partTime), ids(professional), partTime.length > professional.length * 0.3 ? '超过聘用上限（专业课教师的30%）' : null),
    result('studentTeacherRatio', preset, students.enrolledIds.length, fullTime.length, studentTeacher, {
      drill: { entity: 'students', numeratorIds: students.enrolledIds, denominatorIds: [] },
    }),
    share('practiceComplianceRate', preset, 'staff', met, [...met, ...notMet], inProgress ? `另有 ${inProgress} 人进行中，不计入` : null, snap.practiceReview),
    result('practiceHeadcount', preset, startedThisYear.length, null, startedThisYear.length, {
      drill: { entity: 'practice', numeratorIds: ids(startedThisYear), denominatorIds: [] },
      ruleAddendum: snap.practiceReview,
    }),
    share('certificateRate', preset, 'students', students.certifiedIds, students.cohortIds, `截止日期 ${students.certificateCutoff}`),
    integrated,
    annualResult('employmentRate'),
    annualResult('furtherStudyRate'),
    annualResult('localEmploymentRate'),
    annualResult('lowIncomeEmploymentRate'),
    result('awardCounts', preset, awardsThisYear.length, null, awardsThisYear.length, {
      drill: { entity: 'awards', numeratorIds: ids(awardsThisYear), denominatorIds: [] },
      breakdown: [...breakdown.values()],
    }),
    annualResult('perStudentFunding'),
  ];
}
