// Reads what the indicators of DESIGN §4.3 need, in a handful of queries (no per-record queries). The students are
// counted here in SQL, each condition taken from the rules, and only their ids cross into JavaScript: a city's
// 200,000 student rows would cost more than every indicator together.
import { and, eq, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { awardPeople, awards, dualTeacherCertifications, practiceRecords, staff, staffHonours, studentCertificates, students } from '../schema';
import type { Db } from '../open';
import { jsonRows, jsonValues } from '../jsonRead';
import { untilDataChanges } from '../memo';
import { ENROLLED_STATUS, type IndicatorInputs, type StaffForIndicators, type StudentCounts } from '@shared/rules/indicators';
import type { SchoolType } from '@shared/vocab';
import { highestDualCertifications } from '@shared/qualifications';
import { countsTowardsCompliance, type AwaitingReview, type ComplianceSettings } from '@shared/rules/practice';
import { COHORT_STATUSES, defaultCutoff, type CertificateThresholdSettings } from '@shared/rules/certificates';
import { qualifyingCertificate } from './certificates';
import { awaitingReviewColumn, complianceRows, reviewNoteFor } from './practice';

export interface InputOptions {
  asOf: string;
  year: number;
  schoolType: SchoolType;
  complianceSettings: ComplianceSettings;
  certificateThresholds: CertificateThresholdSettings;
  annual: IndicatorInputs['annual'];
}

const studentIds = (db: Db, where: SQL | undefined) => jsonValues<number>(db, students.id, sql`from ${students} where ${where}`);

/** §4.2 and §4.3 over the students table: the conditions of countStudents in shared/rules/indicators.ts. */
function countStudentsIn(db: Db, o: Pick<InputOptions, 'year' | 'schoolType' | 'certificateThresholds'>): StudentCounts {
  const cohort = and(eq(students.expectedGraduationYear, o.year), inArray(students.status, [...COHORT_STATUSES]));
  const certificateCutoff = defaultCutoff(o.year);
  const qualifying = qualifyingCertificate({ schoolType: o.schoolType, thresholds: o.certificateThresholds, cutoffDate: certificateCutoff });
  const holdsOne = sql`exists (select 1 from ${studentCertificates} where ${studentCertificates.studentId} = ${students.id} and ${qualifying})`;
  const entered = eq(students.entryYear, o.year);
  return {
    enrolledIds: studentIds(db, eq(students.status, ENROLLED_STATUS)),
    cohortIds: studentIds(db, cohort),
    certifiedIds: studentIds(db, and(cohort, holdsOne)),
    certificateCutoff,
    entrantIds: studentIds(db, entered),
    integratedEntrantIds: studentIds(db, and(entered, eq(students.integrated, true))),
  };
}

/** Remembered until the data changes: a click through to a figure's records computes them again. */
export const loadIndicatorInputs = untilDataChanges((db: Db, o: InputOptions): IndicatorInputs => {
  const staffRows = jsonRows<StaffForIndicators>(
    db,
    {
      id: staff.id, status: staff.status, postCategory: staff.postCategory, teachingCategory: staff.teachingCategory,
      highestEducation: staff.highestEducation, highestDegree: staff.highestDegree,
    },
    sql`from ${staff}`,
  );

  // the highest 双师型 level each teacher held on the as-of date
  const certified = jsonRows<{ staffId: number; level: string; certifiedDate: string }>(
    db,
    { staffId: dualTeacherCertifications.staffId, level: dualTeacherCertifications.level, certifiedDate: dualTeacherCertifications.certifiedDate },
    sql`from ${dualTeacherCertifications} where ${lte(dualTeacherCertifications.certifiedDate, o.asOf)}`,
  );
  const dualTeacherLevels = new Map([...highestDualCertifications(certified, o.asOf)].map(([staffId, c]) => [staffId, c.level]));
  const distinguishedStaffIds = new Set(
    jsonValues<number>(db, sql`distinct ${staffHonours.staffId}`, sql`from ${staffHonours} where ${lte(staffHonours.year, o.year)}`),
  );

  // Only the year's records and awards: the rules count no others.
  const practiceStarts = jsonRows<{ id: number; startDate: string; awaitingReview: AwaitingReview | null }>(
    db,
    { id: practiceRecords.id, startDate: practiceRecords.startDate, awaitingReview: awaitingReviewColumn },
    sql`from ${practiceRecords} where ${practiceRecords.startDate} between ${`${o.year}-01-01`} and ${`${o.year}-12-31`}`,
  ).filter((r) => countsTowardsCompliance(r, o.complianceSettings));
  const awardRows = jsonRows<IndicatorInputs['awards'][number]>(
    db,
    {
      id: awards.id, year: awards.year, level: awards.level, prize: awards.prize,
      // those credited with the award (参赛); advisors are not winners
      studentParticipants: sql`(select count(${awardPeople.studentId}) from ${awardPeople} where ${awardPeople.awardId} = ${awards.id} and ${awardPeople.role} = '参赛')`,
      staffParticipants: sql`(select count(${awardPeople.staffId}) from ${awardPeople} where ${awardPeople.awardId} = ${awards.id} and ${awardPeople.role} = '参赛')`,
    },
    sql`from ${awards} where ${eq(awards.year, o.year)}`,
  );

  return {
    asOf: o.asOf,
    year: o.year,
    schoolType: o.schoolType,
    staff: staffRows,
    dualTeacherLevels,
    distinguishedStaffIds,
    compliance: complianceRows(db, o.asOf, o.complianceSettings).map((r) => ({ staffId: r.staffId, status: r.status })),
    practiceStarts,
    practiceReview: reviewNoteFor(db, o.complianceSettings) ?? undefined,
    studentCounts: countStudentsIn(db, o),
    awards: awardRows,
    annual: o.annual,
  };
});
