// Finds the records that would make an indicator wrong (the data-quality panel).
import { asc, eq, isNull, notInArray } from 'drizzle-orm';
import { dualTeacherCertifications, staff, staffSkillCertificates, students } from '../schema';
import type { Db } from '../open';
import { untilDataChanges } from '../memo';
import { QUALITY_CHECKS, type QualityCheckId, type QualityReport } from '@shared/quality';
import { preServicePracticeFlag } from '@shared/rules/practice';
import { servingTeachersWithPractice, type PracticeSpanRecord } from './practice';

const SHOWN = 50;

function check(id: QualityCheckId, items: QualityReport[number]['items']): QualityReport[number] {
  return { id, label: QUALITY_CHECKS[id], count: items.length, items: items.slice(0, SHOWN) };
}

/** Remembered until the data changes. */
export const dataQualityReport = untilDataChanges((db: Db): QualityReport => {
  const { teachers: serving, practiceOf } = servingTeachersWithPractice(db);
  const person = (s: { staffNo: string; name: string }) => ({ ref: s.staffNo, name: s.name });

  const missingCategory = serving.filter((s) => !s.teachingCategory).map((s) => ({ ...person(s), detail: '请在教职工信息中填写任教类别' }));

  // not in rather than not exists: SQLite builds the certified list once instead of scanning it for every teacher
  const withoutCertificate = db
    .selectDistinct({ staffNo: staff.staffNo, name: staff.name })
    .from(dualTeacherCertifications)
    .innerJoin(staff, eq(staff.id, dualTeacherCertifications.staffId))
    .where(notInArray(staff.id, db.select({ staffId: staffSkillCertificates.staffId }).from(staffSkillCertificates)))
    .orderBy(asc(staff.staffNo))
    .all()
    .map((s) => ({ ...person(s), detail: '已认定双师型，但没有登记证书' }));

  const noGraduationYear = db
    .select({ studentNo: students.studentNo, name: students.name })
    .from(students)
    .where(isNull(students.expectedGraduationYear))
    .orderBy(asc(students.studentNo))
    .all()
    .map((s) => ({ ref: s.studentNo, name: s.name, detail: '请填写预计毕业年份' }));

  const preService = serving.flatMap((s) => {
    const flag = preServicePracticeFlag(s, practiceOf.get(s.id) ?? []);
    return flag ? [{ ...person(s), detail: flag }] : [];
  });

  const overlapping = serving.flatMap((s) => {
    const records = practiceOf.get(s.id) ?? []; // by start date
    const found: string[] = [];
    let latest: PracticeSpanRecord | null = null;
    for (const r of records) {
      if (latest && r.startDate <= latest.endDate) found.push(`${latest.startDate}～${latest.endDate} 与 ${r.startDate}～${r.endDate}`);
      if (!latest || r.endDate > latest.endDate) latest = r;
    }
    return found.length ? [{ ...person(s), detail: found.join('；') }] : [];
  });

  return [
    check('missingTeachingCategory', missingCategory),
    check('dualTeacherWithoutCertificate', withoutCertificate),
    check('studentWithoutGraduationYear', noGraduationYear),
    check('preServicePractice', preService),
    check('overlappingPractice', overlapping),
  ];
});
