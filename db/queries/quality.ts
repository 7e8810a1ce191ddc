// Finds the records that would make an indicator wrong (issue 6's data-quality panel).
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { dualTeacherCertifications, practiceRecords, staff, staffSkillCertificates, students } from '../schema';
import type { Db } from '../open';
import { QUALITY_CHECKS, type QualityCheckId, type QualityReport } from '../../shared/quality';
import { preServicePracticeFlag } from '../../shared/rules/practice';

const SHOWN = 50;

function check(id: QualityCheckId, items: QualityReport[number]['items']): QualityReport[number] {
  return { id, label: QUALITY_CHECKS[id], count: items.length, items: items.slice(0, SHOWN) };
}

export function dataQualityReport(db: Db): QualityReport {
  const serving = db.select().from(staff).where(and(eq(staff.status, '在职'), eq(staff.postCategory, '专任教师'))).orderBy(asc(staff.staffNo)).all();
  const person = (s: { staffNo: string; name: string }) => ({ ref: s.staffNo, name: s.name });

  const missingCategory = serving.filter((s) => !s.teachingCategory).map((s) => ({ ...person(s), detail: '请在教职工信息中填写任教类别' }));

  const withoutCertificate = db
    .selectDistinct({ staffNo: staff.staffNo, name: staff.name })
    .from(dualTeacherCertifications)
    .innerJoin(staff, eq(staff.id, dualTeacherCertifications.staffId))
    .where(sql`not exists (select 1 from ${staffSkillCertificates} where ${staffSkillCertificates.staffId} = ${staff.id})`)
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

  const practice = db.select().from(practiceRecords).orderBy(asc(practiceRecords.staffId), asc(practiceRecords.startDate)).all();
  const byStaff = new Map<number, typeof practice>();
  for (const p of practice) byStaff.set(p.staffId, [...(byStaff.get(p.staffId) ?? []), p]);

  const preService = serving.flatMap((s) => {
    const flag = preServicePracticeFlag(s, byStaff.get(s.id) ?? []);
    return flag ? [{ ...person(s), detail: flag }] : [];
  });

  const overlapping = serving.flatMap((s) => {
    const records = byStaff.get(s.id) ?? []; // sorted by start date
    const found: string[] = [];
    let latest: (typeof records)[number] | null = null;
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
}
