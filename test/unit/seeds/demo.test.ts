import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import * as schema from '../../../db/schema';
import type { Sqlite } from '../../../db/open';
import { AppError } from '@shared/errors';
import { staffInputSchema } from '@shared/staff';
import { checkIdCard } from '@shared/rules/idcard';
import { checkUscc } from '@shared/rules/uscc';
import { complianceOf, type PracticeSpan } from '@shared/rules/practice';
import { certificateAttainment, type CertificateKind, type StudentStatus } from '@shared/rules/certificates';
import { generateDemoSchool, type DemoCounts, type DemoOptions } from '../../../seeds/demo';
import { toDay } from '../../../seeds/random';

const MIGRATIONS = fileURLToPath(new URL('../../../db/migrations', import.meta.url));
const AS_OF = '2025-10-31';

function openDatabase(): Sqlite {
  const sqlite = new Database(':memory:');
  sqlite.pragma('foreign_keys = ON');
  migrate(drizzle(sqlite, { schema }), { migrationsFolder: MIGRATIONS });
  return sqlite;
}

function generate(opts: Partial<DemoOptions> = {}): { sqlite: Sqlite; counts: DemoCounts } {
  const sqlite = openDatabase();
  const counts = generateDemoSchool(sqlite, { type: '中职', asOf: AS_OF, ...opts });
  return { sqlite, counts };
}

const TABLES: Record<keyof DemoCounts, string> = {
  school: 'school',
  majors: 'majors',
  staff: 'staff',
  dualTeacherCertifications: 'dual_teacher_certifications',
  staffSkillCertificates: 'staff_skill_certificates',
  staffHonours: 'staff_honours',
  practiceRecords: 'practice_records',
  classes: 'classes',
  students: 'students',
  studentCertificates: 'student_certificates',
  awards: 'awards',
  awardPeople: 'award_people',
  annualData: 'annual_data',
};

const all = <T>(sqlite: Sqlite, sql: string) => sqlite.prepare(sql).all() as T[];
const count = (sqlite: Sqlite, sql: string) => sqlite.prepare(sql).pluck().get() as number;

function dump(sqlite: Sqlite): Record<string, unknown[]> {
  return Object.fromEntries(Object.values(TABLES).map((t) => [t, all(sqlite, `select * from ${t} order by id`)]));
}

describe('generateDemoSchool (默认：中职，120名教职工，1200名学生)', () => {
  const { sqlite, counts } = generate();

  it('writes the requested numbers, and its counts match the tables', () => {
    expect(counts.school).toBe(1);
    expect(counts.staff).toBe(120);
    expect(counts.students).toBe(1200);
    expect(counts.majors).toBeGreaterThanOrEqual(6);
    expect(counts.majors).toBeLessThanOrEqual(8);
    expect(counts.awards).toBeGreaterThanOrEqual(20);
    expect(counts.annualData).toBe(3);
    for (const [key, table] of Object.entries(TABLES)) expect(count(sqlite, `select count(*) from ${table}`), table).toBe(counts[key as keyof DemoCounts]);
    for (const key of ['dualTeacherCertifications', 'staffSkillCertificates', 'staffHonours', 'practiceRecords', 'studentCertificates', 'awardPeople'] as const)
      expect(counts[key], key).toBeGreaterThan(0);
  });

  it('writes a fictional 中职 school with a 学校标识码 36 + 33 + serial and the cut-off date', () => {
    const school = all<{ name: string; code: string; type: string; cutoff_date: string; updated_at: string }>(sqlite, 'select * from school')[0];
    expect(school.type).toBe('中职');
    expect(school.code).toMatch(/^3633\d{6}$/);
    expect(school.cutoff_date).toBe(AS_OF);
    expect(school.updated_at).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
  });

  it('writes staff that every one pass the staff schema (the same the form and the import use)', () => {
    const rows = drizzle(sqlite, { schema }).select().from(schema.staff).all();
    const failures = rows.flatMap((row) => {
      const parsed = staffInputSchema.safeParse(row);
      return parsed.success ? [] : [`${row.staffNo} ${row.name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`];
    });
    expect(failures).toEqual([]);
  });

  it('gives everyone a valid 身份证号 that agrees with the birth date and sex', () => {
    const people = all<{ id_card: string; birth_date: string; sex: string }>(
      sqlite,
      'select id_card, birth_date, sex from staff union all select id_card, birth_date, sex from students',
    );
    expect(people).toHaveLength(1320);
    for (const p of people) expect(checkIdCard(p.id_card), p.id_card).toEqual({ ok: true, birthDate: p.birth_date, sex: p.sex });
  });

  it('dates nothing after the cut-off, and nobody joined before 22', () => {
    const latest = (sql: string) => sqlite.prepare(sql).pluck().get() as string;
    for (const [table, column] of [
      ['staff', 'join_date'], ['staff', 'work_start_date'], ['dual_teacher_certifications', 'certified_date'],
      ['staff_skill_certificates', 'obtained_date'], ['practice_records', 'end_date'], ['student_certificates', 'obtained_date'],
    ])
      expect(latest(`select max(${column}) from ${table}`) <= AS_OF, `${table}.${column}`).toBe(true);
    expect(count(sqlite, "select max(year) from staff_honours")).toBeLessThanOrEqual(2025);
    const staff = all<{ birth_date: string; join_date: string; work_start_date: string }>(sqlite, 'select * from staff');
    for (const s of staff) {
      expect(s.join_date >= `${Number(s.birth_date.slice(0, 4)) + 22}${s.birth_date.slice(4)}`, `${s.birth_date} → ${s.join_date}`).toBe(true);
      expect(s.work_start_date <= s.join_date).toBe(true);
    }
  });

  it('has the staff mix of a real school', () => {
    const byPost = Object.fromEntries(all<{ post: string; n: number }>(sqlite, 'select post_category post, count(*) n from staff group by 1').map((r) => [r.post, r.n]));
    expect(byPost['专任教师']).toBe(90);
    expect(byPost['兼职教师']).toBe(14);
    const partTime = all<{ part_time_employer: string | null }>(sqlite, "select part_time_employer from staff where post_category = '兼职教师'");
    expect(partTime.every((p) => p.part_time_employer)).toBe(true);
    expect(count(sqlite, "select count(*) from staff where status <> '在职'")).toBeGreaterThan(0);
  });

  it('meets the 双师型, 研究生 and 名优 mixes: ~90% of 专业课 teachers 双师型, ~20% postgraduates, ~15% 名优', () => {
    const practising = "post_category = '专任教师' and status = '在职' and teaching_category in ('专业课', '实习指导')";
    const dual = count(sqlite, `select count(*) from staff where ${practising} and id in (select staff_id from dual_teacher_certifications)`);
    const teachers = count(sqlite, `select count(*) from staff where ${practising}`);
    expect(dual / teachers).toBeGreaterThanOrEqual(0.85);
    expect(dual / teachers).toBeLessThanOrEqual(0.95);
    const fullTime = count(sqlite, "select count(*) from staff where post_category = '专任教师' and status = '在职'");
    const postgraduates = count(sqlite, "select count(*) from staff where post_category = '专任教师' and status = '在职' and (highest_education = '研究生' or highest_degree in ('硕士', '博士'))");
    expect(postgraduates / fullTime).toBeGreaterThan(0.15);
    expect(postgraduates / fullTime).toBeLessThan(0.3);
    const honoured = count(sqlite, "select count(*) from staff where post_category = '专任教师' and status = '在职' and id in (select staff_id from staff_honours)");
    expect(honoured / fullTime).toBeGreaterThan(0.12);
    expect(honoured / fullTime).toBeLessThan(0.2);
  });

  it('keeps every practice record within its span, with valid 统一社会信用代码 where given', () => {
    const records = all<{ start_date: string; end_date: string; days: number; enterprise_code: string | null; form: string; updated_at: string }>(
      sqlite,
      'select * from practice_records',
    );
    for (const r of records) {
      expect(r.end_date >= r.start_date).toBe(true);
      expect(r.end_date <= AS_OF).toBe(true);
      expect(r.days).toBeGreaterThan(0);
      expect(r.days).toBeLessThanOrEqual(toDay(r.end_date) - toDay(r.start_date) + 1);
      if (r.enterprise_code) expect(checkUscc(r.enterprise_code)).toEqual({ ok: true });
    }
    expect(new Set(records.map((r) => r.form)).size).toBeGreaterThanOrEqual(6);
  });

  it('shows every enterprise-practice status: most teachers 达标, some short, recent hires 进行中', () => {
    const teachers = all<{ id: number; status: '在职'; post_category: '专任教师'; teaching_category: '专业课'; join_date: string; enterprise_months: number }>(
      sqlite,
      "select * from staff where post_category = '专任教师'",
    );
    const records = all<PracticeSpan & { staffId: number }>(sqlite, 'select staff_id staffId, start_date startDate, end_date endDate, days from practice_records');
    const tally: Record<string, number> = {};
    for (const t of teachers) {
      const c = complianceOf(
        { status: t.status, postCategory: t.post_category, teachingCategory: t.teaching_category, joinDate: t.join_date, enterpriseMonths: t.enterprise_months },
        records.filter((r) => r.staffId === t.id),
        AS_OF,
      );
      if (c) tally[c.status] = (tally[c.status] ?? 0) + 1;
    }
    expect(tally['达标']).toBeGreaterThan((tally['未达标'] ?? 0) * 2);
    expect(tally['未达标']).toBeGreaterThan(0);
    expect(tally['进行中']).toBeGreaterThan(0);
    expect(tally['不适用']).toBeGreaterThan(0);
  });

  it('gives the graduated cohort a certificate rate of about 90–97%, with the rest listed as lacking', () => {
    const students = all<{ studentId: number; majorId: number; classId: number; expectedGraduationYear: number; status: StudentStatus }>(
      sqlite,
      'select id studentId, major_id majorId, class_id classId, expected_graduation_year expectedGraduationYear, status from students',
    ).map((s) => ({ ...s, majorName: null, className: null }));
    const certificates = all<{ studentId: number; kind: CertificateKind; level: string; dateObtained: string }>(
      sqlite,
      'select student_id studentId, kind, level, obtained_date dateObtained from student_certificates',
    );
    const rate = certificateAttainment(students, certificates, { year: 2025, schoolType: '中职' });
    expect(rate.school.denominator).toBeGreaterThan(200);
    expect(rate.school.value).toBeGreaterThanOrEqual(0.88);
    expect(rate.school.value).toBeLessThanOrEqual(0.98);
    expect(rate.lacking.length).toBeGreaterThan(0);
    expect(count(sqlite, `select count(*) from student_certificates where obtained_date > '${AS_OF}'`)).toBe(0);
  });

  it('spreads students over the cohorts in school and the one just graduated, with destinations for graduates', () => {
    const cohorts = all<{ entry_year: number; n: number; graduated: number; integrated: number }>(
      sqlite,
      "select entry_year, count(*) n, sum(status = '毕业') graduated, sum(integrated) integrated from students group by 1 order by 1",
    );
    expect(cohorts.map((c) => c.entry_year)).toEqual([2022, 2023, 2024, 2025]);
    expect(cohorts[0].graduated).toBeGreaterThan(200);
    expect(cohorts.slice(1).every((c) => c.graduated === 0)).toBe(true);
    expect(cohorts[3].integrated / cohorts[3].n).toBeGreaterThan(0.3);
    expect(count(sqlite, "select count(*) from students where status = '毕业' and destination is null")).toBe(0);
    expect(count(sqlite, "select count(*) from students where status <> '毕业' and destination is not null")).toBe(0);
    expect(count(sqlite, 'select count(*) from students where expected_graduation_year <> entry_year + 3')).toBe(0);
    expect(count(sqlite, "select count(*) from classes where name not like entry_year || '级%班'")).toBe(0);
  });

  it('links awards to students of the school and to advisors on its staff', () => {
    const awards = all<{ id: number; year: number; level: string }>(sqlite, 'select * from awards');
    expect(new Set(awards.map((a) => a.year))).toEqual(new Set([2023, 2024, 2025]));
    expect(new Set(awards.map((a) => a.level)).size).toBeGreaterThanOrEqual(2);
    expect(count(sqlite, 'select count(*) from awards where id not in (select award_id from award_people)')).toBe(0);
    expect(count(sqlite, "select count(*) from award_people where role = '指导' and staff_id is not null")).toBeGreaterThan(0);
    expect(count(sqlite, "select count(*) from award_people where role = '参赛' and student_id is not null")).toBeGreaterThan(0);
  });

  it('writes annual data whose enrolment agrees with the roster', () => {
    const rows = all<{ school_year: number; enrolment_total: number; integrated_enrolment: number; public_funding_per_student: number }>(
      sqlite,
      'select * from annual_data order by school_year',
    );
    // the two latest entry years and 2026, the statistics year of 2025-10-31, whose intake is like the latest
    expect(rows.map((r) => r.school_year)).toEqual([2024, 2025, 2026]);
    for (const r of rows) {
      const entry = Math.min(r.school_year, 2025);
      expect(r.enrolment_total).toBe(count(sqlite, `select count(*) from students where entry_year = ${entry}`));
      expect(r.integrated_enrolment).toBe(count(sqlite, `select count(*) from students where entry_year = ${entry} and integrated`));
      expect(r.public_funding_per_student).toBeGreaterThanOrEqual(2500);
      expect(r.public_funding_per_student).toBeLessThanOrEqual(3800);
    }
  });

  it('leaves no dangling reference', () => {
    expect(all(sqlite, 'pragma foreign_key_check')).toEqual([]);
  });

  it('refuses a second run: demo data only goes into an empty database', () => {
    const again = () => generateDemoSchool(sqlite, { type: '中职', asOf: AS_OF });
    expect(again).toThrow(AppError);
    try {
      again();
    } catch (e) {
      expect((e as AppError).code).toBe('CONFLICT');
      expect((e as AppError).message).toContain('空数据库');
    }
    expect(count(sqlite, 'select count(*) from staff')).toBe(120);
  });
});

describe('generateDemoSchool options', () => {
  it('gives identical data for the same seed and cut-off date, and other data for another seed', () => {
    const a = dump(generate({ seed: 7, staff: 60, students: 400 }).sqlite);
    const b = dump(generate({ seed: 7, staff: 60, students: 400 }).sqlite);
    const c = dump(generate({ seed: 8, staff: 60, students: 400 }).sqlite);
    expect(b).toEqual(a);
    expect(c.staff).not.toEqual(a.staff);
  });

  it('makes a 高职 school from the 专科 catalogue and a 技工院校 without 学校标识码', () => {
    const college = generate({ type: '高职', staff: 80, students: 600 }).sqlite;
    expect(all<{ code: string }>(college, 'select code from school')[0].code).toMatch(/^4133\d{6}$/);
    const codes = all<{ code: string }>(college, 'select code from majors').map((m) => Number(m.code.slice(0, 2)));
    expect(codes.every((c) => c >= 41 && c <= 59)).toBe(true);
    expect(count(college, 'select count(*) from students where integrated')).toBe(0);

    const technical = generate({ type: '技工院校', staff: 80, students: 600 }).sqlite;
    expect(all(technical, 'select code, type from school')).toEqual([{ code: null, type: '技工院校' }]);
  });

  it('keeps a school row that already exists', () => {
    const sqlite = openDatabase();
    sqlite.prepare("insert into school (name, type, cutoff_date, updated_at) values ('本校', '中职', '2025-06-30', '2025-06-30 08:00:00')").run();
    const counts = generateDemoSchool(sqlite, { type: '中职', asOf: AS_OF, staff: 20, students: 100 });
    expect(counts.school).toBe(0);
    expect(all(sqlite, 'select name, cutoff_date from school')).toEqual([{ name: '本校', cutoff_date: '2025-06-30' }]);
  });

  it('copes with tiny and empty schools', () => {
    expect(generate({ staff: 3, students: 10 }).counts).toMatchObject({ staff: 3, students: 10 });
    expect(generate({ staff: 0, students: 0 }).counts).toMatchObject({ staff: 0, students: 0, awards: 0 });
  });

  it('rejects impossible options in Chinese', () => {
    const sqlite = openDatabase();
    expect(() => generateDemoSchool(sqlite, { type: '中职', asOf: '2025-02-30' })).toThrow('统计截止日期');
    expect(() => generateDemoSchool(sqlite, { type: '中职', staff: -1 })).toThrow('教职工人数');
  });

  it('generates a whole city (10,000 staff, 200,000 students) in seconds', () => {
    const sqlite = openDatabase();
    const started = performance.now();
    const counts = generateDemoSchool(sqlite, { type: '中职', asOf: AS_OF, staff: 10_000, students: 200_000 });
    const seconds = (performance.now() - started) / 1000;
    console.log(`demo school, 10,000 staff + 200,000 students: ${seconds.toFixed(1)} s`, counts);
    expect(counts).toMatchObject({ staff: 10_000, students: 200_000 });
    expect(all(sqlite, 'pragma foreign_key_check')).toEqual([]);
    expect(seconds).toBeLessThan(60);
  }, 120_000);
});
