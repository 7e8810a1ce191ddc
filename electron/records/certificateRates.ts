// DESIGN §4.2's certificate rate for a graduation year, as the certificates page, the overview and the
// 毕业生证书获取情况统计表 all need it.
import { certificateAttainment, defaultCutoff, ratesOfTallies, type CertificateAttainment, type StudentForAttainment } from '@shared/rules/certificates';
import type { CertificateRate } from '@shared/certificates';
import { certificatesOfCohortYear, cohortTalliesOfYear, studentsOfCohortYear, type Qualifying } from '../../db/queries/certificates';
import { untilDataChanges } from '../../db/memo';
import type { Db } from '../../db/open';
import { certificateThresholdsOf } from './settings';
import { requireSchool } from './guards';

/** The school's type and qualifying thresholds, and the cut-off for graduation year Y. */
function qualifyingFor(db: Db, year: number, cutoffDate?: string) {
  const school = requireSchool(db);
  return { schoolType: school.type, thresholds: certificateThresholdsOf(db), cutoffDate: cutoffDate ?? defaultCutoff(year) };
}

/** A rate as certificates.rate answers it, from the rule's figures. */
function rateAnswer(year: number, q: Qualifying, rates: Pick<CertificateAttainment<StudentForAttainment>, 'school' | 'byMajor' | 'byClass'>, lacking: CertificateRate['lacking']): CertificateRate {
  return {
    year,
    cutoffDate: q.cutoffDate,
    schoolType: q.schoolType,
    thresholds: q.thresholds[q.schoolType],
    school: rates.school,
    byMajor: rates.byMajor.map((m) => ({ ...m, majorId: m.majorId as number | null })),
    byClass: rates.byClass.map((c) => ({ ...c, majorId: c.majorId as number | null, classId: c.classId as number | null })),
    lacking,
  };
}

/** DESIGN §4.2 for graduation year Y with the school's type and thresholds, with the students lacking a qualifying
 * certificate: the computation behind the certificates page and the 毕业生证书获取情况统计表. Remembered until the data
 * changes. */
export const certificateRateOf = untilDataChanges((db: Db, year: number, cutoffDate?: string): CertificateRate => {
  const q = qualifyingFor(db, year, cutoffDate);
  const result = certificateAttainment(studentsOfCohortYear(db, year), certificatesOfCohortYear(db, year, q), { year, ...q });
  const lacking = result.lacking.map((s) => ({ id: s.studentId, studentNo: s.studentNo, name: s.name, majorName: s.majorName, className: s.className, status: s.status }));
  return rateAnswer(year, q, result, lacking);
});

/** The same rates without the list (the overview's), the cohort counted per class in SQL: a city's cohort is 48,000
 * students, whom the full rate reads one by one to list those lacking. The same figures as certificateRateOf's, in
 * the same order (test/unit/db/indicatorInputs.test.ts). Remembered until the data changes. */
export const certificateCountsOf = untilDataChanges((db: Db, year: number, cutoffDate?: string): CertificateRate => {
  const q = qualifyingFor(db, year, cutoffDate);
  return rateAnswer(year, q, ratesOfTallies(cohortTalliesOfYear(db, year, q)), []);
});
