import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  certificateAttainment, defaultCutoff, isQualifyingCertificate, DEFAULT_CERTIFICATE_THRESHOLDS,
  type CertificateForAttainment, type StudentForAttainment,
} from '@shared/rules/certificates';

const CUTOFF = defaultCutoff(2025);

function student(studentId: number, overrides: Partial<StudentForAttainment> = {}): StudentForAttainment {
  return {
    studentId,
    majorId: 1,
    majorName: '计算机应用',
    classId: 11,
    className: '计算机2201班',
    expectedGraduationYear: 2025,
    status: '在籍',
    ...overrides,
  };
}

function cert(studentId: number, kind: CertificateForAttainment['kind'], level: string | null, dateObtained = '2025-05-20') {
  return { studentId, kind, level, dateObtained };
}

describe('qualifying certificates', () => {
  it('cuts off on August 31 of the graduation year by default', () => {
    expect(CUTOFF).toBe('2025-08-31');
  });

  it('for 中职, does not take a 五级 certificate but takes 四级 and higher', () => {
    const of = (level: string) => isQualifyingCertificate(cert(1, '职业技能等级证书', level), '中职', CUTOFF);
    expect(of('五级')).toBe(false);
    expect(of('四级')).toBe(true);
    expect(of('一级')).toBe(true);
  });

  it('for 中职, takes a 1+X certificate of level 初级', () => {
    expect(isQualifyingCertificate(cert(1, '1+X证书', '初级'), '中职', CUTOFF)).toBe(true);
  });

  it('for 技工院校, uses the same levels as 中职', () => {
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '五级'), '技工院校', CUTOFF)).toBe(false);
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '四级'), '技工院校', CUTOFF)).toBe(true);
    expect(isQualifyingCertificate(cert(1, '1+X证书', '初级'), '技工院校', CUTOFF)).toBe(true);
  });

  it('for 高职, needs 三级 or a 1+X certificate of level 中级', () => {
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '四级'), '高职', CUTOFF)).toBe(false);
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '三级'), '高职', CUTOFF)).toBe(true);
    expect(isQualifyingCertificate(cert(1, '1+X证书', '初级'), '高职', CUTOFF)).toBe(false);
    expect(isQualifyingCertificate(cert(1, '1+X证书', '中级'), '高职', CUTOFF)).toBe(true);
  });

  it('reads a level written by its name, 中级工 for 四级', () => {
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '中级工'), '中职', CUTOFF)).toBe(true);
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '初级工'), '中职', CUTOFF)).toBe(false);
  });

  it('never takes a certificate of kind 其他, or one with no or an unknown level', () => {
    expect(isQualifyingCertificate(cert(1, '其他', '一级'), '中职', CUTOFF)).toBe(false);
    expect(isQualifyingCertificate(cert(1, '职业资格证书', null), '中职', CUTOFF)).toBe(false);
    expect(isQualifyingCertificate(cert(1, '1+X证书', '四级'), '中职', CUTOFF)).toBe(false);
  });

  it('takes a certificate obtained on the cut-off day but not one obtained after it', () => {
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '四级', '2025-08-31'), '中职', CUTOFF)).toBe(true);
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '四级', '2025-09-01'), '中职', CUTOFF)).toBe(false);
  });

  it('follows thresholds changed in the settings', () => {
    const thresholds = { ...DEFAULT_CERTIFICATE_THRESHOLDS, 中职: { minSkillLevel: '五级', minXCertLevel: '中级' } as const };
    expect(isQualifyingCertificate(cert(1, '职业资格证书', '五级'), '中职', CUTOFF, thresholds)).toBe(true);
    expect(isQualifyingCertificate(cert(1, '1+X证书', '初级'), '中职', CUTOFF, thresholds)).toBe(false);
  });
});

describe('certificate attainment of a graduation year', () => {
  it('counts the cohort by school, major and class, and lists the students lacking a certificate', () => {
    const students = [
      student(1),
      student(2),
      student(3, { classId: 12, className: '计算机2202班' }),
      student(4, { majorId: 2, majorName: '电子商务', classId: 21, className: '电商2201班' }),
    ];
    const result = certificateAttainment(students, [cert(1, '职业技能等级证书', '四级'), cert(4, '1+X证书', '初级')], {
      year: 2025,
      schoolType: '中职',
    });
    expect(result.cutoffDate).toBe('2025-08-31');
    expect(result.school).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(result.byMajor).toEqual([
      { majorId: 1, majorName: '计算机应用', numerator: 1, denominator: 3, value: 1 / 3 },
      { majorId: 2, majorName: '电子商务', numerator: 1, denominator: 1, value: 1 },
    ]);
    expect(result.byClass.map((c) => [c.className, c.numerator, c.denominator])).toEqual([
      ['计算机2201班', 1, 2],
      ['计算机2202班', 0, 1],
      ['电商2201班', 1, 1],
    ]);
    expect(result.lacking.map((s) => s.studentId)).toEqual([2, 3]);
  });

  it('does not count students who left, are suspended, or graduate in another year', () => {
    const students = [
      student(1),
      student(2, { status: '毕业' }),
      student(3, { status: '退学' }),
      student(4, { status: '转出' }),
      student(5, { status: '休学' }),
      student(6, { expectedGraduationYear: 2026 }),
    ];
    const result = certificateAttainment(students, [cert(3, '职业资格证书', '三级')], { year: 2025, schoolType: '中职' });
    expect(result.school).toEqual({ numerator: 0, denominator: 2, value: 0 });
    expect(result.lacking.map((s) => s.studentId)).toEqual([1, 2]);
  });

  it('does not count a certificate obtained after the cut-off date', () => {
    const late = [cert(1, '职业资格证书', '四级', '2025-09-15')];
    expect(certificateAttainment([student(1)], late, { year: 2025, schoolType: '中职' }).school.numerator).toBe(0);
    const options = { year: 2025, schoolType: '中职', cutoffDate: '2025-09-30' } as const;
    expect(certificateAttainment([student(1)], late, options).school.numerator).toBe(1);
  });

  it('counts a student with several qualifying certificates once', () => {
    const certificates = [cert(1, '职业资格证书', '四级'), cert(1, '1+X证书', '中级')];
    expect(certificateAttainment([student(1)], certificates, { year: 2025, schoolType: '中职' }).school).toEqual({
      numerator: 1,
      denominator: 1,
      value: 1,
    });
  });

  it('gives no rate, rather than a division by zero, for an empty cohort', () => {
    const result = certificateAttainment([], [], { year: 2025, schoolType: '高职' });
    expect(result.school).toEqual({ numerator: 0, denominator: 0, value: null });
    expect(result.byMajor).toEqual([]);
    expect(result.byClass).toEqual([]);
  });

  it('groups classes by name where the roster has no class ids', () => {
    const students = [
      student(1, { classId: null, className: '1班' }),
      student(2, { classId: null, className: '1班' }),
      student(3, { classId: null, className: '2班' }),
    ];
    const result = certificateAttainment(students, [], { year: 2025, schoolType: '中职' });
    expect(result.byClass.map((c) => [c.className, c.denominator])).toEqual([
      ['1班', 2],
      ['2班', 1],
    ]);
  });

  it('has per-major and per-class counts that add up to the school figures', () => {
    const anyStudent = fc.record({
      studentId: fc.nat(60),
      majorId: fc.constantFrom(1, 2, 3, null),
      classId: fc.constantFrom(1, 2, null),
      status: fc.constantFrom('在籍', '毕业', '休学', '退学', '转出'),
      expectedGraduationYear: fc.constantFrom(2024, 2025),
    });
    const anyCertificate = fc.record({
      studentId: fc.nat(60),
      kind: fc.constantFrom('职业资格证书', '职业技能等级证书', '1+X证书', '其他'),
      level: fc.constantFrom('五级', '四级', '三级', '二级', '一级', '初级', '中级', '高级', null),
      dateObtained: fc.constantFrom('2023-06-30', '2025-08-31', '2025-09-01'),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(anyStudent, { selector: (s) => s.studentId, maxLength: 40 }),
        fc.array(anyCertificate, { maxLength: 60 }),
        fc.constantFrom('中职', '高职', '技工院校'),
        (rows, certificates, schoolType) => {
          const students = rows.map((r) => ({ ...r, majorName: `专业${r.majorId}`, className: `班${r.classId}` }));
          const result = certificateAttainment(students, certificates, { year: 2025, schoolType });
          const sum = (rates: { numerator: number; denominator: number }[]) => [
            rates.reduce((n, r) => n + r.numerator, 0),
            rates.reduce((n, r) => n + r.denominator, 0),
          ];
          const school = [result.school.numerator, result.school.denominator];
          expect(sum(result.byMajor)).toEqual(school);
          expect(sum(result.byClass)).toEqual(school);
          expect(result.lacking.length).toBe(result.school.denominator - result.school.numerator);
          for (const r of [result.school, ...result.byMajor, ...result.byClass]) expect(Number.isNaN(r.value)).toBe(false);
        },
      ),
    );
  });
});
