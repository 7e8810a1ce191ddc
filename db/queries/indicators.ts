// Reads what the indicators of DESIGN §4.3 need, in a handful of whole-table queries (no per-record queries).
import { asc, eq, lte } from 'drizzle-orm';
import { awardPeople, awards, classes, dualTeacherCertifications, majors, practiceRecords, staff, staffHonours, studentCertificates, students } from '../schema';
import type { Db } from '../open';
import type { IndicatorSnapshot } from '../../shared/rules/indicators';
import type { SchoolType } from '../../shared/vocab';
import { DUAL_TEACHER_LEVELS } from '../../shared/vocab';
import type { ComplianceSettings } from '../../shared/rules/practice';
import type { CertificateThresholdSettings } from '../../shared/rules/certificates';
import { complianceRows } from './practice';

export interface SnapshotOptions {
  asOf: string;
  year: number;
  schoolType: SchoolType;
  complianceSettings: ComplianceSettings;
  certificateThresholds: CertificateThresholdSettings;
  annual: IndicatorSnapshot['annual'];
}

export function loadIndicatorSnapshot(db: Db, o: SnapshotOptions): IndicatorSnapshot {
  const staffRows = db
    .select({
      id: staff.id, status: staff.status, postCategory: staff.postCategory, teachingCategory: staff.teachingCategory,
      highestEducation: staff.highestEducation, highestDegree: staff.highestDegree,
    })
    .from(staff)
    .all();

  // the highest 双师型 level each teacher held on the as-of date
  const dualTeacherLevels = new Map<number, string>();
  const rank = (level: string) => DUAL_TEACHER_LEVELS.indexOf(level as (typeof DUAL_TEACHER_LEVELS)[number]);
  for (const c of db.select().from(dualTeacherCertifications).where(lte(dualTeacherCertifications.certifiedDate, o.asOf)).all()) {
    const held = dualTeacherLevels.get(c.staffId);
    if (held === undefined || rank(c.level) > rank(held)) dualTeacherLevels.set(c.staffId, c.level);
  }
  const distinguishedStaffIds = new Set(
    db.select({ staffId: staffHonours.staffId }).from(staffHonours).where(lte(staffHonours.year, o.year)).all().map((h) => h.staffId),
  );

  const studentRows = db
    .select({
      studentId: students.id, majorId: students.majorId, majorName: majors.name, classId: students.classId, className: classes.name,
      expectedGraduationYear: students.expectedGraduationYear, status: students.status, entryYear: students.entryYear, integrated: students.integrated,
    })
    .from(students)
    .leftJoin(majors, eq(students.majorId, majors.id))
    .leftJoin(classes, eq(students.classId, classes.id))
    .orderBy(asc(majors.code), asc(classes.name), asc(students.studentNo))
    .all()
    .map((s) => ({ ...s, expectedGraduationYear: s.expectedGraduationYear ?? 0 }));

  const certificates = db
    .select({ studentId: studentCertificates.studentId, kind: studentCertificates.kind, level: studentCertificates.level, dateObtained: studentCertificates.obtainedDate })
    .from(studentCertificates)
    .all();

  const credited = new Map<number, { students: number; staff: number }>();
  for (const p of db.select().from(awardPeople).where(eq(awardPeople.role, '参赛')).all()) {
    const c = credited.get(p.awardId) ?? { students: 0, staff: 0 };
    if (p.studentId !== null) c.students++;
    if (p.staffId !== null) c.staff++;
    credited.set(p.awardId, c);
  }
  const awardRows = db
    .select({ id: awards.id, year: awards.year, level: awards.level, prize: awards.prize })
    .from(awards)
    .all()
    .map((a) => ({ ...a, studentParticipants: credited.get(a.id)?.students ?? 0, staffParticipants: credited.get(a.id)?.staff ?? 0 }));

  return {
    asOf: o.asOf,
    year: o.year,
    schoolType: o.schoolType,
    staff: staffRows,
    dualTeacherLevels,
    distinguishedStaffIds,
    compliance: complianceRows(db, o.asOf, o.complianceSettings).map((r) => ({ staffId: r.staffId, status: r.status })),
    practiceStarts: db.select({ id: practiceRecords.id, startDate: practiceRecords.startDate }).from(practiceRecords).all(),
    students: studentRows,
    certificates,
    certificateThresholds: o.certificateThresholds,
    awards: awardRows,
    annual: o.annual,
  };
}
