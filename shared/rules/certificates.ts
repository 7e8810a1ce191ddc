// Certificate attainment (证书获取率), DESIGN §4.2: the share of a graduation year's cohort holding at least one
// qualifying certificate, by school, major and class, with the students still lacking one.
import { CERTIFICATE_KINDS, SKILL_LEVEL_NAMES, SKILL_LEVELS, X_CERT_LEVELS } from '../vocab';
import type { SchoolType, SkillLevel, STUDENT_STATUSES } from '../vocab';

export type CertificateKind = (typeof CERTIFICATE_KINDS)[number];
export type XCertLevel = (typeof X_CERT_LEVELS)[number];
export type StudentStatus = (typeof STUDENT_STATUSES)[number];

/** The lowest levels that qualify, for one school type. */
export interface CertificateThresholds {
  /** For 职业资格证书 and 职业技能等级证书 (五级 lowest … 一级 highest). */
  minSkillLevel: SkillLevel;
  /** For 1+X证书. */
  minXCertLevel: XCertLevel;
}

export type CertificateThresholdSettings = Record<SchoolType, CertificateThresholds>;

/** 中职 and 技工院校: 四级 (中级工) or 1+X 初级; 高职: 三级 (高级工) or 1+X 中级. */
export const DEFAULT_CERTIFICATE_THRESHOLDS: CertificateThresholdSettings = {
  中职: { minSkillLevel: '四级', minXCertLevel: '初级' },
  技工院校: { minSkillLevel: '四级', minXCertLevel: '初级' },
  高职: { minSkillLevel: '三级', minXCertLevel: '中级' },
};

/** The default cut-off for graduation year Y: Y-08-31. */
export function defaultCutoff(year: number): string {
  return `${year}-08-31`;
}

type Id = string | number;

export interface CertificateForAttainment {
  studentId: Id;
  kind: CertificateKind;
  /** 五级…一级 (or its name 初级工…高级技师) for skill certificates, 初级/中级/高级 for 1+X. */
  level: string | null;
  dateObtained: string;
}

export interface StudentForAttainment {
  studentId: Id;
  majorId: Id | null;
  majorName: string | null;
  classId: Id | null;
  className: string | null;
  expectedGraduationYear: number;
  status: StudentStatus;
}

/** A rate with the counts behind it; value is numerator / denominator in 0…1, or null when nobody is counted. */
export interface Rate {
  numerator: number;
  denominator: number;
  value: number | null;
}

export interface MajorRate extends Rate {
  majorId: Id | null;
  majorName: string | null;
}

export interface ClassRate extends MajorRate {
  classId: Id | null;
  className: string | null;
}

export interface CertificateAttainment<S extends StudentForAttainment> {
  year: number;
  cutoffDate: string;
  school: Rate;
  /** In the order each major first appears among the students given. */
  byMajor: MajorRate[];
  /** Per class within its major: grouped as byMajor is ordered, each major's classes in order of appearance. */
  byClass: ClassRate[];
  /** Cohort students without a qualifying certificate, in the order given. */
  lacking: S[];
}

/** 0 for 五级 … 4 for 一级, accepting the level's name (中级工…) as well; -1 when unrecognised. */
function skillRank(level: string | null): number {
  return SKILL_LEVELS.findIndex((l) => l === level || SKILL_LEVEL_NAMES[l] === level);
}

function xCertRank(level: string | null): number {
  return X_CERT_LEVELS.findIndex((l) => l === level);
}

export function isQualifyingCertificate(
  cert: Pick<CertificateForAttainment, 'kind' | 'level' | 'dateObtained'>,
  schoolType: SchoolType,
  cutoffDate: string,
  thresholds: CertificateThresholdSettings = DEFAULT_CERTIFICATE_THRESHOLDS,
): boolean {
  if (cert.dateObtained > cutoffDate) return false;
  const { minSkillLevel, minXCertLevel } = thresholds[schoolType];
  switch (cert.kind) {
    case '职业资格证书':
    case '职业技能等级证书':
      return skillRank(cert.level) >= SKILL_LEVELS.indexOf(minSkillLevel);
    case '1+X证书':
      return xCertRank(cert.level) >= X_CERT_LEVELS.indexOf(minXCertLevel);
    case '其他':
      return false;
  }
}

/**
 * Each kind's qualifying levels, as records write them: the rule above applied to every level it reads, so that a
 * query selecting the qualifying certificates of a whole cohort cannot disagree with it. Kinds with none are left out.
 */
export function qualifyingLevels(
  schoolType: SchoolType,
  thresholds: CertificateThresholdSettings = DEFAULT_CERTIFICATE_THRESHOLDS,
): { kind: CertificateKind; levels: string[] }[] {
  const written = [...SKILL_LEVELS, ...SKILL_LEVELS.map((l) => SKILL_LEVEL_NAMES[l]), ...X_CERT_LEVELS];
  const onCutoff = '2000-01-01'; // obtained on the cut-off itself: only the level decides
  return CERTIFICATE_KINDS.map((kind) => ({
    kind,
    levels: written.filter((level) => isQualifyingCertificate({ kind, level, dateObtained: onCutoff }, schoolType, onCutoff, thresholds)),
  })).filter((k) => k.levels.length > 0);
}

/** The statuses a cohort keeps: 休学, 退学 and 转出 students do not count. */
export const COHORT_STATUSES = ['在籍', '毕业'] as const satisfies readonly StudentStatus[];

/** Whether a student is in the cohort of year Y: expected to graduate in Y and still 在籍 or 毕业. */
export function isInCohort(student: Pick<StudentForAttainment, 'expectedGraduationYear' | 'status'>, year: number): boolean {
  return student.expectedGraduationYear === year && (COHORT_STATUSES as readonly StudentStatus[]).includes(student.status);
}

function rateOf(numerator: number, denominator: number): Rate {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}

/** A class of the cohort (keyed by its id, or by its name where the roster has no class ids, within its major): its
 * students and those of them holding a qualifying certificate. */
export interface CohortTally {
  majorId: Id | null;
  majorName: string | null;
  classId: Id | null;
  className: string | null;
  numerator: number;
  denominator: number;
}

/** The school's, each major's and each class's rate from the tallies of the classes: majors in the order each first
 * appears, each major's classes grouped after it in the order given. */
export function ratesOfTallies(tallies: readonly CohortTally[]): Pick<CertificateAttainment<StudentForAttainment>, 'school' | 'byMajor' | 'byClass'> {
  const majors = new Map<Id | null, { major: MajorRate; classes: ClassRate[] }>();
  let numerator = 0;
  let denominator = 0;
  for (const t of tallies) {
    numerator += t.numerator;
    denominator += t.denominator;
    let entry = majors.get(t.majorId);
    if (!entry) {
      entry = { major: { majorId: t.majorId, majorName: t.majorName, ...rateOf(0, 0) }, classes: [] };
      majors.set(t.majorId, entry);
    }
    entry.major.numerator += t.numerator;
    entry.major.denominator += t.denominator;
    entry.classes.push({ majorId: t.majorId, majorName: t.majorName, classId: t.classId, className: t.className, ...rateOf(t.numerator, t.denominator) });
  }
  return {
    school: rateOf(numerator, denominator),
    byMajor: [...majors.values()].map(({ major }) => ({ ...major, value: rateOf(major.numerator, major.denominator).value })),
    byClass: [...majors.values()].flatMap(({ classes }) => classes),
  };
}

export function certificateAttainment<S extends StudentForAttainment>(
  students: readonly S[],
  certificates: readonly CertificateForAttainment[],
  options: { year: number; schoolType: SchoolType; cutoffDate?: string; thresholds?: CertificateThresholdSettings },
): CertificateAttainment<S> {
  const cutoffDate = options.cutoffDate ?? defaultCutoff(options.year);
  const holders = new Set<Id>();
  for (const c of certificates)
    if (isQualifyingCertificate(c, options.schoolType, cutoffDate, options.thresholds)) holders.add(c.studentId);

  // by major, then class, in order of appearance
  const tallies = new Map<Id | null, Map<Id | null, CohortTally>>();
  const lacking: S[] = [];
  for (const s of students) {
    if (!isInCohort(s, options.year)) continue;
    const holds = holders.has(s.studentId) ? 1 : 0;
    if (!holds) lacking.push(s);
    let ofMajor = tallies.get(s.majorId);
    if (!ofMajor) tallies.set(s.majorId, (ofMajor = new Map()));
    const classKey = s.classId ?? s.className;
    let tally = ofMajor.get(classKey);
    if (!tally) ofMajor.set(classKey, (tally = { majorId: s.majorId, majorName: s.majorName, classId: s.classId, className: s.className, numerator: 0, denominator: 0 }));
    tally.numerator += holds;
    tally.denominator += 1;
  }
  return { year: options.year, cutoffDate, ...ratesOfTallies([...tallies.values()].flatMap((m) => [...m.values()])), lacking };
}
