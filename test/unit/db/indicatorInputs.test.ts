// The students the indicators count, selected in SQL (db/queries/indicators.ts), are those the rules count from the
// records (countStudents): on a generated school with certificates of every kind, level spelling and date around
// the cut-off, for each school type's thresholds and for years with a cohort, with entrants, or with neither. The
// certificate rate, reading only the qualifying certificates, agrees too.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { classes, majors, studentCertificates, students } from '../../../db/schema';
import { loadIndicatorInputs } from '../../../db/queries/indicators';
import { countStudents, type StudentCounts } from '@shared/rules/indicators';
import { DEFAULT_CERTIFICATE_THRESHOLDS } from '@shared/rules/certificates';
import { DEFAULT_COMPLIANCE_SETTINGS } from '@shared/rules/practice';
import type { SchoolType } from '@shared/vocab';
import { generateDemoSchool } from '../../../seeds/demo';
import { certificateCountsOf, certificateRateOf } from '../../../electron/records/certificateRates';
import { openTestSchool, type TestSchool } from '../../helpers/school';

const AS_OF = '2025-08-31';
const none = { numerator: null, denominator: null, value: null, note: null };
const annual = {
  integratedEnrolmentRatio: none, employmentRate: none, furtherStudyRate: none, localEmploymentRate: none, lowIncomeEmploymentRate: none, perStudentFunding: none,
};

/** Certificates the demo does not write: levels by name, 三级 and up, 1+X above 初级, 其他, no level, on and after the cut-off. */
const EXTRA: [string, string | null, string][] = [
  ['职业资格证书', '中级工', '2025-06-01'], ['职业资格证书', '初级工', '2025-06-01'], ['职业资格证书', '高级工', '2025-08-31'],
  ['职业技能等级证书', '三级', '2025-09-01'], ['职业技能等级证书', '二级', '2025-01-01'], ['1+X证书', '中级', '2025-03-01'],
  ['1+X证书', '高级', '2025-09-30'], ['1+X证书', '四级', '2025-03-01'], ['其他', '一级', '2025-03-01'], ['职业资格证书', null, '2025-03-01'],
];

let school: TestSchool;
beforeAll(async () => {
  school = await openTestSchool(AS_OF);
  generateDemoSchool(school.app.store.sqlite, { type: '中职', staff: 40, students: 1500, asOf: AS_OF });
  const db = school.app.store.db;
  const cohort = db.select({ id: students.id }).from(students).where(eq(students.expectedGraduationYear, 2025)).limit(EXTRA.length * 3).all();
  EXTRA.forEach(([kind, level, obtainedDate], i) =>
    db.insert(studentCertificates).values({ studentId: cohort[i * 3].id, kind: kind as '其他', name: '测试证书', level, obtainedDate }).run(),
  );
});
afterAll(() => school.close());

const sorted = (c: StudentCounts) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Array.isArray(v) ? [...v].sort((a, b) => a - b) : v]));

describe('the students counted in SQL and from records agree', () => {
  it.each<[SchoolType, number]>([['中职', 2025], ['高职', 2025], ['技工院校', 2024], ['中职', 2023], ['中职', 2030]])('%s, year %i', (schoolType, year) => {
    const db = school.app.store.db;
    const options = { asOf: AS_OF, year, schoolType, complianceSettings: DEFAULT_COMPLIANCE_SETTINGS, certificateThresholds: DEFAULT_CERTIFICATE_THRESHOLDS, annual };
    const fromSql = loadIndicatorInputs(db, options).studentCounts;
    const records = db
      .select({
        studentId: students.id, majorId: students.majorId, majorName: majors.name, classId: students.classId, className: classes.name,
        expectedGraduationYear: students.expectedGraduationYear, status: students.status, entryYear: students.entryYear, integrated: students.integrated,
      })
      .from(students)
      .leftJoin(majors, eq(students.majorId, majors.id))
      .leftJoin(classes, eq(students.classId, classes.id))
      .all()
      .map((s) => ({ ...s, expectedGraduationYear: s.expectedGraduationYear ?? 0 }));
    const certificates = db
      .select({ studentId: studentCertificates.studentId, kind: studentCertificates.kind, level: studentCertificates.level, dateObtained: studentCertificates.obtainedDate })
      .from(studentCertificates)
      .all();
    const fromRecords = countStudents({ year, schoolType, students: records, certificates, certificateThresholds: DEFAULT_CERTIFICATE_THRESHOLDS });
    expect(sorted(fromSql)).toEqual(sorted(fromRecords));
    if (year === 2025) expect(fromRecords.certifiedIds.length).toBeGreaterThan(0);
    // the certificate rate, which reads only the qualifying certificates, counts the same (the school is 中职)
    if (schoolType === '中职')
      expect(certificateRateOf(db, year).school).toMatchObject({ numerator: fromRecords.certifiedIds.length, denominator: fromRecords.cohortIds.length });
  });
});

describe("the overview's certificate rates, counted in SQL, and the full rate from records agree", () => {
  it.each<[number, string | undefined]>([[2025, undefined], [2025, '2025-06-30'], [2024, undefined], [2023, undefined], [2030, undefined]])('year %i, cut-off %s', (year, cutoffDate) => {
    const db = school.app.store.db;
    const full = certificateRateOf(db, year, cutoffDate);
    if (year === 2025) expect(full.byClass.length).toBeGreaterThan(3);
    expect(certificateCountsOf(db, year, cutoffDate)).toEqual({ ...full, lacking: [] });
  });
});
