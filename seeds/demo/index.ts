// The demo school: fills an empty database with a realistic 丽水 vocational school (DESIGN §3) so that every page,
// indicator and report has something true-to-life to show: most targets nearly met, a few teachers short of their
// enterprise practice, a graduating cohort with a certificate or two missing. Deterministic for a given seed and
// 统计截止日期 (asOf); fast enough for a whole city (10,000 staff, 200,000 students) because it writes with prepared
// statements in one transaction. Each area is written by its own file here, every row through a typed insert
// (insert.ts), so that a change of the schema breaks the demo at compile time.
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Sqlite } from '../../db/open';
import * as schema from '../../db/schema';
import { AppError } from '@shared/errors';
import { isIsoDate, lastSchoolYearEnd, todayIso } from '@shared/dates';
import { SCHOOL_TYPES, type SchoolType } from '@shared/vocab';
import { createRandom, toDay, type Random } from '../random';
import { insertAnnualData } from './annualData';
import { insertAwards } from './awards';
import { insertPractice } from './practice';
import { ensureSchool, insertMajors } from './school';
import { insertQualifications, insertStaff } from './staff';
import { insertStudents } from './students';

export interface DemoOptions {
  type: SchoolType;
  seed?: number;
  /** Staff members to create (default 120). */
  staff?: number;
  /** Students to create (default 1,200). */
  students?: number;
  /** 统计截止日期: the school's cut-off and the "today" of the demo (default: today). */
  asOf?: string;
}

/** Rows written per table. school is 0 when a school row already existed (it is kept as it is). */
export interface DemoCounts {
  school: number;
  majors: number;
  staff: number;
  dualTeacherCertifications: number;
  staffSkillCertificates: number;
  staffHonours: number;
  practiceRecords: number;
  classes: number;
  students: number;
  studentCertificates: number;
  awards: number;
  awardPeople: number;
  annualData: number;
}

export const DEMO_DEFAULTS = { seed: 20250901, staff: 120, students: 1200 } as const;
const MAX_STAFF = 20_000;
const MAX_STUDENTS = 500_000;

export interface Context {
  rng: Random;
  type: SchoolType;
  schoolName: string;
  asOf: string;
  asOfDay: number;
  /** updated_at of rows that have no date of their own. */
  stamp: string;
  takenIds: Set<string>;
  counts: DemoCounts;
}

function checkOptions(opts: DemoOptions): { seed: number; staff: number; students: number; asOf: string } {
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  const staff = opts.staff ?? DEMO_DEFAULTS.staff;
  const students = opts.students ?? DEMO_DEFAULTS.students;
  // the end of the last school year, as a school starts: its figures are complete
  const asOf = opts.asOf ?? lastSchoolYearEnd(todayIso());
  if (!SCHOOL_TYPES.includes(opts.type)) throw new AppError('VALIDATION', `办学类型应为：${SCHOOL_TYPES.join('、')}`);
  if (!Number.isInteger(seed)) throw new AppError('VALIDATION', '随机种子应为整数');
  if (!Number.isInteger(staff) || staff < 0 || staff > MAX_STAFF) throw new AppError('VALIDATION', `教职工人数应为 0–${MAX_STAFF} 的整数`);
  if (!Number.isInteger(students) || students < 0 || students > MAX_STUDENTS)
    throw new AppError('VALIDATION', `学生人数应为 0–${MAX_STUDENTS} 的整数`);
  if (!isIsoDate(asOf)) throw new AppError('VALIDATION', '统计截止日期格式应为 YYYY-MM-DD');
  // The records must pass the same checks as typed ones, and those refuse dates after today.
  if (asOf > todayIso()) throw new AppError('VALIDATION', '统计截止日期不能晚于今天');
  return { seed, staff, students, asOf };
}

/** Tables that must be empty: demo rows mixed into real records could never be told apart again. */
const MUST_BE_EMPTY: readonly [string, string][] = [
  ['staff', '教职工'],
  ['students', '学生'],
  ['majors', '专业'],
  ['classes', '班级'],
  ['awards', '技能大赛获奖'],
  ['annual_data', '学校年度数据'],
];

function assertEmpty(sqlite: Sqlite): void {
  const filled = MUST_BE_EMPTY.filter(([table]) => sqlite.prepare(`select 1 from ${table} limit 1`).get() !== undefined).map(([, label]) => label);
  if (filled.length)
    throw new AppError('CONFLICT', `数据库中已有${filled.join('、')}数据。演示数据只能写入空数据库，请新建一个数据文件后再生成演示数据。`);
}

/**
 * Fills an empty database with a demo school of the given type. Throws CONFLICT when the database already holds
 * staff, students or majors, and VALIDATION for impossible options. All or nothing: one transaction.
 */
export function generateDemoSchool(sqlite: Sqlite, opts: DemoOptions): DemoCounts {
  const { seed, staff, students, asOf } = checkOptions(opts);
  const db = drizzle(sqlite, { schema });
  const run = sqlite.transaction((): DemoCounts => {
    assertEmpty(sqlite);
    const ctx: Context = {
      rng: createRandom(seed),
      type: opts.type,
      schoolName: '',
      asOf,
      asOfDay: toDay(asOf),
      stamp: `${asOf} 09:00:00`,
      takenIds: new Set(),
      counts: {
        school: 0, majors: 0, staff: 0, dualTeacherCertifications: 0, staffSkillCertificates: 0, staffHonours: 0, practiceRecords: 0,
        classes: 0, students: 0, studentCertificates: 0, awards: 0, awardPeople: 0, annualData: 0,
      },
    };
    ctx.schoolName = ensureSchool(db, ctx);
    const majors = insertMajors(db, ctx, staff);
    const staffPlans = insertStaff(db, ctx, majors, staff);
    insertQualifications(db, ctx, staffPlans);
    insertPractice(db, ctx, staffPlans, majors);
    const roster = insertStudents(db, ctx, majors, students);
    insertAwards(db, ctx, majors, staffPlans, roster.byMajor, students);
    insertAnnualData(db, ctx, roster.cohorts, students);
    return ctx.counts;
  });
  return run();
}
