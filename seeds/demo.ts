// The demo school: fills an empty database with a realistic 丽水 vocational school (DESIGN §3) so that every page,
// indicator and report has something true-to-life to show: most targets nearly met, a few teachers short of their
// enterprise practice, a graduating cohort with a certificate or two missing. Deterministic for a given seed and
// 统计截止日期 (asOf); fast enough for a whole city (10,000 staff, 200,000 students) because it writes with prepared
// statements in one transaction.
import type { Statement } from 'better-sqlite3';
import type { Sqlite } from '../db/open';
import { AppError } from '@shared/errors';
import { isIsoDate, todayIso } from '@shared/dates';
import { countPracticeDays, practiceWindow, PRE_SERVICE_RULE_START, type DateWindow, type PracticeSpan } from '@shared/rules/practice';
import {
  SCHOOL_TYPES, type DEGREES, type EDUCATION_LEVELS, type PostCategory, type PRACTICE_FORMS, type PROFESSIONAL_TITLES, type SchoolType,
  type SkillLevel, type StaffStatus, type TeachingCategory,
} from '@shared/vocab';
import { catalogueFor, FIELD_PROFILES, majorCategoryOf, type FieldProfile, type MajorField } from './majors';
import { idAreaCode, makeEnterprises, makeIdCard, mobileNumber, personName, type Enterprise, type Sex } from './names';
import { civil, createRandom, DAYS_PER_YEAR, dayOf, fromDay, toDay, weightedSample, weightedTable, yearOfDay, type Random } from './random';

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

type PracticeForm = (typeof PRACTICE_FORMS)[number];
type Education = (typeof EDUCATION_LEVELS)[number];
type Degree = (typeof DEGREES)[number];
type Title = (typeof PROFESSIONAL_TITLES)[number];
type RoleKey = '专业课' | '公共基础课' | '实习指导' | '兼职教师' | '行政人员' | '教辅人员' | '工勤人员';

interface DemoMajor {
  id: number;
  /** 1-based position in code order; part of each 学号. */
  index: number;
  code: string;
  name: string;
  field: MajorField;
  profile: FieldProfile;
  /** Relative size: students and teachers are spread by it. */
  weight: number;
  /** Partner companies, shared by the major's teachers, part-time teachers and practice records. */
  enterprises: Enterprise[];
}

interface StaffPlan {
  order: number;
  role: RoleKey;
  post: PostCategory;
  teaching: TeachingCategory | null;
  teachesCourses: boolean;
  major: DemoMajor | null;
  name: string;
  ethnicity: string;
  sex: Sex;
  birthDay: number;
  idCard: string;
  status: StaffStatus;
  education: Education;
  workStartDay: number;
  joinDay: number;
  /** The last day at the school: asOf for serving staff, the leaving or retirement day otherwise. */
  activeUntilDay: number;
  enterpriseMonths: number;
  title: Title | null;
  staffNo: string;
  id: number;
}

interface Context {
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

const stampOf = (day: number) => `${fromDay(day)} 09:00:00`;

/** Splits total into whole parts proportional to weights (largest remainder), so parts always add up to total. */
function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  for (let k = 0, left = total - parts.reduce((a, b) => a + b, 0); k < left; k++) parts[order[k].i]++;
  return parts;
}

function checkOptions(opts: DemoOptions): { seed: number; staff: number; students: number; asOf: string } {
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  const staff = opts.staff ?? DEMO_DEFAULTS.staff;
  const students = opts.students ?? DEMO_DEFAULTS.students;
  const asOf = opts.asOf ?? todayIso();
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
    ctx.schoolName = ensureSchool(sqlite, ctx);
    const majors = insertMajors(sqlite, ctx, staff);
    const staffPlans = insertStaff(sqlite, ctx, majors, staff);
    insertQualifications(sqlite, ctx, staffPlans);
    insertPractice(sqlite, ctx, staffPlans, majors);
    const roster = insertStudents(sqlite, ctx, majors, students);
    insertAwards(sqlite, ctx, majors, staffPlans, roster.byMajor, students);
    insertAnnualData(sqlite, ctx, roster.cohorts, students);
    return ctx.counts;
  });
  return run();
}

// ───────────────────────────── school and majors ─────────────────────────────

const SCHOOL_PROFILES: Record<SchoolType, { name: string; codePrefix: string | null; authority: string }> = {
  中职: { name: '丽水市瓯江职业技术学校', codePrefix: '3633', authority: '丽水市教育局' },
  高职: { name: '丽水瓯江职业技术学院', codePrefix: '4133', authority: '浙江省教育厅' },
  技工院校: { name: '丽水市瓯江技工学校', codePrefix: null, authority: '丽水市人力资源和社会保障局' },
};

/** Keeps an existing school row (the setup page may have created it); otherwise writes a fictional one. */
function ensureSchool(sqlite: Sqlite, ctx: Context): string {
  const existing = sqlite.prepare('select name from school limit 1').get() as { name: string } | undefined;
  if (existing) return existing.name;
  const profile = SCHOOL_PROFILES[ctx.type];
  // 学校标识码: category (36 中职, 41 高校) + province 33 (浙江) + a 6-digit serial.
  const code = profile.codePrefix ? profile.codePrefix + String(ctx.rng.int(1000, 9999)).padStart(6, '0') : null;
  sqlite
    .prepare('insert into school (name, code, type, region, authority, cutoff_date, updated_at) values (?, ?, ?, ?, ?, ?, ?)')
    .run(profile.name, code, ctx.type, '莲都区', profile.authority, ctx.asOf, ctx.stamp);
  ctx.counts.school = 1;
  return profile.name;
}

const MAJOR_HONOURS = ['省级高水平专业', '市级品牌专业', '市级特色专业'] as const;

/** 6–8 majors of the school type's catalogue; the 2–3 largest are the 主体专业. */
function insertMajors(sqlite: Sqlite, ctx: Context, staffCount: number): DemoMajor[] {
  const { rng } = ctx;
  const chosen = rng.shuffle(catalogueFor(ctx.type)).slice(0, rng.int(6, 8));
  const coreCount = rng.int(2, 3);
  const poolSize = Math.min(200, 10 + Math.round(staffCount / 25));
  const planned = chosen.map((m, i) => ({
    ...m,
    isCore: i < coreCount,
    honours: i < coreCount ? MAJOR_HONOURS[i] : null,
    weight: (i < coreCount ? 1.8 : 1) * (0.7 + rng.next() * 0.3),
    enterprises: makeEnterprises(rng, FIELD_PROFILES[m.field].industries, poolSize),
  }));
  planned.sort((a, b) => a.code.localeCompare(b.code));
  const insert = sqlite.prepare('insert into majors (code, name, category, is_core, honours) values (?, ?, ?, ?, ?)');
  return planned.map((m, i) => {
    const id = Number(insert.run(m.code, m.name, majorCategoryOf(m.code), m.isCore ? 1 : 0, m.honours).lastInsertRowid);
    ctx.counts.majors++;
    return { id, index: i + 1, code: m.code, name: m.name, field: m.field, profile: FIELD_PROFILES[m.field], weight: m.weight, enterprises: m.enterprises };
  });
}

// ───────────────────────────── staff ─────────────────────────────

const ROLES: Record<RoleKey, { post: PostCategory; teaching: TeachingCategory | null }> = {
  专业课: { post: '专任教师', teaching: '专业课' },
  公共基础课: { post: '专任教师', teaching: '公共基础课' },
  实习指导: { post: '专任教师', teaching: '实习指导' },
  兼职教师: { post: '兼职教师', teaching: '专业课' },
  行政人员: { post: '行政人员', teaching: null },
  教辅人员: { post: '教辅人员', teaching: null },
  工勤人员: { post: '工勤人员', teaching: null },
};

/** ~75% 专任教师 (60% 专业课, 30% 公共基础课, 10% 实习指导), ~12% 兼职教师, the rest 行政/教辅/工勤. */
function roleCounts(total: number): [RoleKey, number][] {
  const [teachers, partTime, others] = apportion(total, [75, 12, 13]);
  const [professional, general, guidance] = apportion(teachers, [60, 30, 10]);
  const [admin, support, service] = apportion(others, [55, 30, 15]);
  return [
    ['专业课', professional], ['公共基础课', general], ['实习指导', guidance], ['兼职教师', partTime],
    ['行政人员', admin], ['教辅人员', support], ['工勤人员', service],
  ];
}

const POSTGRADUATE_SHARE: Record<SchoolType, number> = { 中职: 0.21, 技工院校: 0.12, 高职: 0.55 };
const EDUCATION_BY_ROLE: Record<'实习指导' | '兼职教师' | '行政人员' | '教辅人员' | '工勤人员', ReturnType<typeof weightedTable<Education>>> = {
  实习指导: weightedTable<Education>([['研究生', 3], ['本科', 55], ['专科', 35], ['中专及以下', 7]]),
  兼职教师: weightedTable<Education>([['研究生', 6], ['本科', 42], ['专科', 37], ['中专及以下', 15]]),
  行政人员: weightedTable<Education>([['研究生', 15], ['本科', 75], ['专科', 10]]),
  教辅人员: weightedTable<Education>([['研究生', 10], ['本科', 60], ['专科', 30]]),
  工勤人员: weightedTable<Education>([['专科', 30], ['中专及以下', 70]]),
};
/** Age at which the first job starts, by education. */
const START_AGE: Record<Education, number> = { 研究生: 25, 本科: 22, 专科: 21, 中专及以下: 19 };

/** The 最高学历 of `count` staff of a role; for 专任教师 exactly the intended share of postgraduates, in random order. */
function educationsFor(rng: Random, role: RoleKey, type: SchoolType, count: number): Education[] {
  if (role === '专业课' || role === '公共基础课') {
    const share = POSTGRADUATE_SHARE[type] + (role === '公共基础课' ? 0.04 : 0);
    const [postgraduates, graduates, college] = apportion(count, [share, (1 - share) * 0.95, (1 - share) * 0.05]);
    return rng.shuffle([
      ...new Array<Education>(postgraduates).fill('研究生'), ...new Array<Education>(graduates).fill('本科'), ...new Array<Education>(college).fill('专科'),
    ]);
  }
  return Array.from({ length: count }, () => rng.weighted(EDUCATION_BY_ROLE[role]));
}

function degreeFor(rng: Random, education: Education, type: SchoolType, teacher: boolean): Degree {
  if (education === '研究生') return rng.chance(type === '高职' ? 0.15 : 0.02) ? '博士' : '硕士';
  // Some teachers with a 本科 diploma took an in-service master's degree (在职硕士).
  if (education === '本科') return teacher && rng.chance(0.04) ? '硕士' : rng.chance(0.95) ? '学士' : '无';
  return '无';
}

const TITLES_BY_CAREER: [number, ReturnType<typeof weightedTable<Title>>][] = [
  [1, weightedTable<Title>([['未评', 85], ['初级', 15]])],
  [5, weightedTable<Title>([['初级', 80], ['未评', 10], ['中级', 10]])],
  [12, weightedTable<Title>([['中级', 70], ['初级', 20], ['副高级', 10]])],
  [20, weightedTable<Title>([['中级', 60], ['副高级', 37], ['正高级', 3]])],
  [Infinity, weightedTable<Title>([['副高级', 50], ['中级', 44], ['正高级', 6]])],
];
const PART_TIME_TITLES = weightedTable<Title | null>([['中级', 35], ['副高级', 15], ['初级', 15], [null, 35]]);

function titleFor(rng: Random, role: RoleKey, careerYears: number): Title | null {
  if (role === '兼职教师') return rng.weighted(PART_TIME_TITLES);
  if (role === '工勤人员') return rng.chance(0.7) ? null : '未评';
  return rng.weighted(TITLES_BY_CAREER.find(([below]) => careerYears < below)![1]);
}

const AGE_BANDS = weightedTable<[number, number]>([
  [[24, 29], 15],
  [[30, 39], 33],
  [[40, 49], 31],
  [[50, 59], 21],
]);
const POLITICAL = weightedTable<string>([['中共党员', 40], ['中共预备党员', 2], ['民主党派', 3], ['群众', 55]]);
const POLITICAL_PART_TIME = weightedTable<string>([['中共党员', 25], ['群众', 75]]);
const PART_TIME_SKILL = weightedTable<string | null>([['高级技师', 15], ['技师', 35], ['高级工', 35], [null, 15]]);

/** Female share by role; for teachers of a major, the field's own share (childcare mostly women, automotive mostly men). */
function femaleShare(role: RoleKey, major: DemoMajor | null): number {
  if (major && role === '专业课') return major.profile.femaleShare;
  if (major) return major.profile.femaleShare * 0.6;
  return { 专业课: 0.5, 公共基础课: 0.65, 实习指导: 0.3, 兼职教师: 0.3, 行政人员: 0.5, 教辅人员: 0.6, 工勤人员: 0.3 }[role];
}

const MONTH = 30.44;

/** One staff member's person, education and dates; 工号 and id are filled in later. */
function planStaffMember(
  ctx: Context, role: RoleKey, education: Education, order: number, majorTable: ReturnType<typeof weightedTable<DemoMajor>> | null,
): StaffPlan {
  const { rng, asOfDay } = ctx;
  const { post, teaching: roleTeaching } = ROLES[role];
  const teachesCourses = (role === '行政人员' && rng.chance(0.3)) || (role === '教辅人员' && rng.chance(0.15));
  const teaching = teachesCourses ? (rng.chance(0.7) ? '公共基础课' : '专业课') : roleTeaching;
  const major = teaching === '专业课' || teaching === '实习指导' ? (majorTable ? rng.weighted(majorTable) : null) : null;
  const sex: Sex = rng.chance(femaleShare(role, major)) ? '女' : '男';

  const status: StaffStatus = role === '兼职教师' ? (rng.chance(0.1) ? '离职' : '在职') : rng.chance(0.03) ? '离职' : rng.chance(0.03) ? '退休' : '在职';
  const [minAge, maxAge] = status === '退休' ? (sex === '男' ? [60, 68] : [55, 66]) : role === '兼职教师' ? [28, 58] : rng.weighted(AGE_BANDS);
  const age = Math.max(rng.int(minAge, maxAge), START_AGE[education] + 2); // room for the first job to have begun
  const birthDay = asOfDay - Math.floor(age * DAYS_PER_YEAR) - rng.int(0, 364);
  const birthYear = yearOfDay(birthDay);
  const workStartDay = birthDay + Math.floor((START_AGE[education] + rng.next() * 1.5) * DAYS_PER_YEAR);

  // Nobody joins before 22 (age ≥ 24 leaves room for that); leavers stayed at least a year.
  const adultDay = birthDay + Math.ceil(22 * DAYS_PER_YEAR);
  let activeUntilDay = asOfDay;
  if (status === '退休') activeUntilDay = birthDay + Math.floor((sex === '男' ? 60 : 55) * DAYS_PER_YEAR);
  if (status === '离职') activeUntilDay = Math.min(asOfDay, Math.max(Math.max(adultDay, workStartDay) + 365, asOfDay - rng.int(30, 1500)));
  const latestJoin = Math.max(workStartDay, adultDay, activeUntilDay - (status === '在职' ? 0 : 180));

  // 企业工作经历 before joining: mostly none; 实习指导 teachers often came from industry.
  let enterpriseMonths = 0;
  if (role === '专业课' && rng.chance(0.3)) enterpriseMonths = rng.int(12, 60);
  if (role === '实习指导' && rng.chance(0.6)) enterpriseMonths = rng.int(24, 120);
  if (role === '公共基础课' && rng.chance(0.07)) enterpriseMonths = rng.int(6, 36);
  if ((role === '行政人员' || role === '教辅人员' || role === '工勤人员') && rng.chance(0.25)) enterpriseMonths = rng.int(6, 96);
  // A young teacher cannot have spent years in industry: keep the experience to part of the career so far.
  enterpriseMonths = Math.min(enterpriseMonths, Math.floor(((latestJoin - workStartDay) / MONTH) * (0.3 + rng.next() * 0.5)));

  const earliestJoin = Math.min(latestJoin, Math.max(workStartDay + Math.ceil(enterpriseMonths * MONTH), adultDay));
  let joinDay: number;
  if (role === '兼职教师') {
    // Part-time teachers are hired from companies for a few years at a time.
    joinDay = rng.day(Math.max(earliestJoin, asOfDay - 8 * 365), latestJoin);
    enterpriseMonths = Math.min(600, Math.floor((joinDay - workStartDay) / MONTH));
  } else {
    // Most teachers stay at the school they joined after graduating (or after their years in industry).
    joinDay = rng.chance(0.7) ? rng.day(earliestJoin, Math.min(latestJoin, earliestJoin + 730)) : rng.day(earliestJoin, latestJoin);
    const lateAugust = dayOf(yearOfDay(joinDay), 8, rng.int(20, 31));
    if (post === '专任教师' && lateAugust >= earliestJoin && lateAugust <= latestJoin) joinDay = lateAugust;
  }

  const person = personName(rng, sex, birthYear);
  const birthDate = fromDay(birthDay);
  return {
    order, role, post, teaching, teachesCourses, major, sex, education, status, workStartDay, joinDay, activeUntilDay, enterpriseMonths, birthDay,
    name: person.name,
    ethnicity: person.ethnicity,
    idCard: makeIdCard(rng, idAreaCode(rng, birthYear, person.origin), birthDate, sex, ctx.takenIds),
    title: titleFor(rng, role, (activeUntilDay - workStartDay) / DAYS_PER_YEAR),
    staffNo: '',
    id: 0,
  };
}

/** 教师资格证 of the kind the post needs; new hires may still be waiting for theirs. */
function teacherCertificate(ctx: Context, plan: StaffPlan): [string | null, string | null] {
  const { rng } = ctx;
  if (plan.role === '兼职教师' || (plan.post !== '专任教师' && !plan.teachesCourses)) return [null, null];
  if (plan.activeUntilDay - plan.joinDay < 365 && rng.chance(0.3)) return ['无', null];
  let kind = '中等职业学校教师资格';
  if (ctx.type === '高职') kind = '高等学校教师资格';
  else if (plan.teaching === '实习指导' && rng.chance(0.8)) kind = '中等职业学校实习指导教师资格';
  else if (rng.chance(plan.teaching === '公共基础课' ? 0.3 : 0.08)) kind = '高级中学教师资格';
  const year = yearOfDay(Math.max(plan.workStartDay, plan.joinDay - 365));
  return [kind, `${year}33${rng.digits(11)}`];
}

function insertStaff(sqlite: Sqlite, ctx: Context, majors: DemoMajor[], total: number): StaffPlan[] {
  const { rng } = ctx;
  const majorTable = majors.length ? weightedTable(majors.map((m) => [m, m.weight] as const)) : null;
  const plans: StaffPlan[] = [];
  for (const [role, count] of roleCounts(total)) {
    for (const education of educationsFor(rng, role, ctx.type, count)) plans.push(planStaffMember(ctx, role, education, plans.length, majorTable));
  }
  // 工号 follow the order of joining: year joined + a sequence; part-time teachers have their own JZ series.
  plans.sort((a, b) => a.joinDay - b.joinDay || a.order - b.order);
  const sequence = new Map<string, number>();
  for (const p of plans) {
    const series = `${p.role === '兼职教师' ? 'JZ' : ''}${yearOfDay(p.joinDay)}`;
    const next = (sequence.get(series) ?? 0) + 1;
    sequence.set(series, next);
    p.staffNo = series + String(next).padStart(4, '0');
  }

  const insert = sqlite.prepare(
    `insert into staff (staff_no, name, id_card, birth_date, sex, phone, ethnicity, political_status, work_start_date, join_date, status,
       post_category, teaches_courses, teaching_category, teaching_major, highest_education, highest_degree, title, teacher_cert_type,
       teacher_cert_no, enterprise_months, part_time_employer, part_time_position, part_time_skill_level, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const p of plans) {
    const age = (ctx.asOfDay - p.birthDay) / DAYS_PER_YEAR;
    const political = age < 28 && rng.chance(0.45) ? '共青团员' : rng.weighted(p.role === '兼职教师' ? POLITICAL_PART_TIME : POLITICAL);
    const [certType, certNo] = teacherCertificate(ctx, p);
    const partTime = p.role === '兼职教师';
    const employer = partTime ? (p.major ? rng.pick(p.major.enterprises).name : null) : null;
    p.id = Number(
      insert.run(
        p.staffNo, p.name, p.idCard, fromDay(p.birthDay), p.sex, rng.chance(0.95) ? mobileNumber(rng) : null, p.ethnicity, political,
        fromDay(p.workStartDay), fromDay(p.joinDay), p.status, p.post, p.teachesCourses ? 1 : 0, p.teaching,
        p.major?.name ?? null, p.education, degreeFor(rng, p.education, ctx.type, p.post === '专任教师'), p.title, certType, certNo,
        p.enterpriseMonths, employer, partTime && p.major ? rng.pick(p.major.profile.partTimePositions) : null,
        partTime ? rng.weighted(PART_TIME_SKILL) : null, ctx.stamp,
      ).lastInsertRowid,
    );
    ctx.counts.staff++;
  }
  return plans;
}

// ───────────────────────────── qualifications ─────────────────────────────

const isPractising = (p: StaffPlan) => p.post === '专任教师' && (p.teaching === '专业课' || p.teaching === '实习指导');

const DUAL_LEVEL_BY_TITLE: Record<'senior' | 'middle' | 'junior', ReturnType<typeof weightedTable<string>>> = {
  senior: weightedTable<string>([['高级', 55], ['中级', 40], ['初级', 5]]),
  middle: weightedTable<string>([['中级', 60], ['初级', 25], ['高级', 15]]),
  junior: weightedTable<string>([['初级', 75], ['中级', 25]]),
};
const TEACHER_SKILL_LEVELS = weightedTable<SkillLevel>([['三级', 50], ['二级', 35], ['一级', 15]]);
const HONOUR_NAMES = ['名师', '学科带头人', '骨干教师', '教坛新秀', '技能大师', '优秀班主任'] as const;
const HONOUR_LEVELS = weightedTable<string>([['国家级', 2], ['省级', 15], ['市级', 53], ['县级', 30]]);
/** ~16% of 专任教师 hold a 名优 title, senior ones far more often. */
const HONOURED_SHARE = 0.16;
const HONOUR_WEIGHT: Record<Title, number> = { 正高级: 20, 副高级: 6, 中级: 2, 初级: 0.5, 未评: 0 };
/** ~90% of serving 专业课 teachers are 双师型; the ones still without it are mostly new hires. */
const DUAL_SHARE = 0.9;
/** 职业资格证书 for skill occupations were replaced by 职业技能等级证书 from 2020 on. */
const SKILL_CERT_SWITCH = toDay('2020-07-01');
const FIRST_1X_DAY = toDay('2019-06-01');

function titleBand(title: Title | null): 'senior' | 'middle' | 'junior' {
  return title === '正高级' || title === '副高级' ? 'senior' : title === '中级' ? 'middle' : 'junior';
}

function certifyingBody(ctx: Context, level: string): string {
  if (ctx.type === '技工院校') return level === '高级' ? '浙江省人力资源和社会保障厅' : '丽水市人力资源和社会保障局';
  if (level === '高级' || ctx.type === '高职') return '浙江省教育厅';
  return level === '中级' ? '丽水市教育局' : ctx.schoolName;
}

/** 双师型认定 for ~90% of 专业课 teachers (not yet for most new hires), skill certificates for most of them
 * (a few 双师型 teachers without one, which the data check warns about), and 名优 titles for ~15% of teachers. */
function insertQualifications(sqlite: Sqlite, ctx: Context, plans: StaffPlan[]): void {
  const { rng } = ctx;
  const dual = sqlite.prepare('insert into dual_teacher_certifications (staff_id, level, certified_date, certifying_body) values (?, ?, ?, ?)');
  const skill = sqlite.prepare(
    'insert into staff_skill_certificates (staff_id, kind, name, level, issuer, number, obtained_date) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const honour = sqlite.prepare('insert into staff_honours (staff_id, name, level, year) values (?, ?, ?, ?)');

  const tenureOf = (p: StaffPlan) => (p.activeUntilDay - p.joinDay) / DAYS_PER_YEAR;
  const serving = plans.filter((p) => isPractising(p) && p.status === '在职');
  const dualTeachers = weightedSample(rng, serving, Math.round(serving.length * DUAL_SHARE), (p) => (tenureOf(p) >= 2 ? 30 : tenureOf(p) >= 1 ? 4 : 1));
  const fullTime = plans.filter((p) => p.post === '专任教师');
  const honoured = weightedSample(rng, fullTime, Math.round(fullTime.length * HONOURED_SHARE), (p) => (p.title ? HONOUR_WEIGHT[p.title] : 0));

  for (const p of fullTime) {
    const tenureYears = tenureOf(p);
    const end = p.activeUntilDay;
    const practising = isPractising(p);
    // Staff who left or retired were mostly certified too; a few 公共基础课 teachers (信息技术…) are as well.
    const isDual = p.status === '在职' && practising ? dualTeachers.has(p) : rng.chance(practising ? DUAL_SHARE : 0.04);
    if (isDual) {
      const level = practising ? rng.weighted(DUAL_LEVEL_BY_TITLE[titleBand(p.title)]) : '初级';
      let from = Math.max(p.joinDay + (tenureYears >= 1 ? 365 : 30), ctx.asOfDay - 6 * 365);
      if (from > end) from = Math.min(p.joinDay + 30, end);
      const day = rng.day(from, end);
      // Some teachers were first certified 初级 and later raised to a higher level: both records are kept.
      if (level !== '初级' && day - from > 800 && rng.chance(0.15)) {
        dual.run(p.id, '初级', fromDay(rng.day(from, day - 730)), certifyingBody(ctx, '初级'));
        ctx.counts.dualTeacherCertifications++;
      }
      dual.run(p.id, level, fromDay(day), certifyingBody(ctx, level));
      ctx.counts.dualTeacherCertifications++;
    }
    if (p.major && rng.chance(isDual ? 0.88 : 0.2)) {
      const certificates = rng.chance(0.25) ? 2 : 1;
      for (let i = 0; i < certificates; i++) insertStaffSkill(ctx, skill, p, p.major.profile);
    }
    if (honoured.has(p)) {
      const firstYear = Math.max(yearOfDay(p.joinDay) + 1, yearOfDay(ctx.asOfDay) - 8);
      const lastYear = Math.max(firstYear, yearOfDay(end));
      const names = rng.shuffle([...HONOUR_NAMES]).slice(0, rng.chance(0.12) ? 2 : 1);
      for (const name of names) {
        honour.run(p.id, name, rng.weighted(HONOUR_LEVELS), Math.min(rng.int(firstYear, lastYear), yearOfDay(ctx.asOfDay)));
        ctx.counts.staffHonours++;
      }
    }
  }
}

function insertStaffSkill(ctx: Context, skill: Statement, p: StaffPlan, profile: FieldProfile): void {
  const { rng } = ctx;
  const day = rng.day(Math.min(p.workStartDay + 365, p.activeUntilDay), p.activeUntilDay);
  if (profile.xCertificates.length && day >= FIRST_1X_DAY && rng.chance(profile.xShare * 0.6)) {
    const x = rng.pick(profile.xCertificates);
    skill.run(p.id, '1+X证书', x.name, rng.chance(0.6) ? '高级' : '中级', x.issuer, `${yearOfDay(day)}${rng.digits(14)}`, fromDay(day));
  } else if (day < SKILL_CERT_SWITCH) {
    skill.run(p.id, '职业资格证书', rng.pick(profile.occupations), rng.weighted(TEACHER_SKILL_LEVELS), '浙江省人力资源和社会保障厅',
      `${yearOfDay(day)}33${rng.digits(10)}`, fromDay(day));
  } else {
    skill.run(p.id, '职业技能等级证书', rng.pick(profile.occupations), rng.weighted(TEACHER_SKILL_LEVELS), ctx.schoolName,
      `S000033${rng.digits(15)}`, fromDay(day));
  }
  ctx.counts.staffSkillCertificates++;
}

// ───────────────────────────── enterprise practice ─────────────────────────────

interface PracticeBlock {
  form: PracticeForm;
  start: number;
  end: number;
  days: number;
}

const spanOf = (b: PracticeBlock): PracticeSpan => ({ startDate: fromDay(b.start), endDate: fromDay(b.end), days: b.days });

/** Monday–Friday days in [start, start + span). Day 0 (1970-01-01) was a Thursday. */
function weekdays(start: number, span: number): number {
  let n = 0;
  for (let d = start; d < start + span; d++) {
    const weekday = (d + 4) % 7; // 0 = Sunday
    if (weekday !== 0 && weekday !== 6) n++;
  }
  return n;
}

const BLOCK_FORMS = weightedTable<PracticeForm>([
  ['集中实践', 50], ['分段实践', 15], ['兼职任职', 8], ['技能培训', 10], ['研发', 7], ['考察调研', 10],
]);

/** One practice record of a random form, placed in its usual season of year; null when it does not fit in [lo, hi]. */
function randomBlock(rng: Random, lo: number, hi: number): PracticeBlock | null {
  if (hi - lo < 2) return null;
  const form = rng.weighted(BLOCK_FORMS);
  const year = rng.int(yearOfDay(lo), yearOfDay(hi));
  let start: number;
  let span: number;
  let days: number;
  switch (form) {
    case '集中实践': {
      // Summer or winter holidays; some schools count only working days.
      const summer = rng.chance(0.7);
      start = summer ? dayOf(year, 7, rng.int(1, 14)) : dayOf(year, 1, rng.int(10, 25));
      span = summer ? rng.int(25, 48) : rng.int(14, 25);
      days = rng.chance(0.7) ? span : weekdays(start, span);
      break;
    }
    case '分段实践':
      start = dayOf(year, rng.pick([3, 4, 9, 10]), rng.int(1, 28));
      span = rng.int(60, 120);
      days = Math.round(span * (0.3 + rng.next() * 0.2));
      break;
    case '兼职任职':
      start = dayOf(year, rng.int(1, 12), 1);
      span = rng.int(180, 365);
      days = rng.int(40, 80);
      break;
    case '研发':
      start = dayOf(year, rng.int(1, 9), rng.int(1, 28));
      span = rng.int(60, 150);
      days = Math.round(span * (0.3 + rng.next() * 0.3));
      break;
    case '技能培训':
      start = dayOf(year, rng.pick([1, 7, 8]), rng.int(1, 25));
      span = rng.int(5, 20);
      days = span;
      break;
    default:
      start = dayOf(year, rng.int(1, 12), rng.int(1, 25));
      span = rng.int(2, 7);
      days = span;
  }
  const end = start + span - 1;
  if (start < lo || end > hi) return null;
  return { form, start, end, days };
}

interface BlockGoal {
  /** Days to count in the window (DESIGN §4.1: overlapping records count once). */
  target: number;
  /** Reach the target, or stay below it (a teacher who is short on purpose). */
  mustReach: boolean;
  maxBlocks: number;
}

/** Records in [lo, hi] towards a goal, counted in `window` together with the `fixed` records already there.
 * At most one 集中实践 per holiday, as teachers do; the other forms may overlap it. */
function practiceBlocks(rng: Random, lo: number, hi: number, goal: BlockGoal, window: DateWindow, fixed: PracticeBlock[]): PracticeBlock[] {
  const blocks: PracticeBlock[] = [];
  const holidaysUsed = new Set<string>();
  let counted = countPracticeDays(fixed.map(spanOf), window);
  for (let attempt = 0; attempt < 150 && counted < goal.target && blocks.length < goal.maxBlocks; attempt++) {
    const block = randomBlock(rng, lo, hi);
    if (!block) continue;
    const [year, month] = civil(block.start);
    const holiday = `${year}-${month <= 3 ? 'winter' : 'summer'}`;
    if (block.form === '集中实践' && holidaysUsed.has(holiday)) continue;
    const next = countPracticeDays([...fixed, ...blocks, block].map(spanOf), window);
    if (!goal.mustReach && next >= goal.target) continue;
    if (block.form === '集中实践') holidaysUsed.add(holiday);
    blocks.push(block);
    counted = next;
  }
  return blocks;
}

const OUTCOMES = weightedTable<string>([['优秀', 30], ['良好', 45], ['合格', 25]]);

function practiceContent(rng: Random, form: PracticeForm, profile: FieldProfile | null, majorName: string | null): string {
  const task = profile ? rng.pick(profile.tasks) : '了解企业生产经营与岗位要求';
  switch (form) {
    case '岗前实践':
      return `新教师岗前实践：${task}`;
    case '考察调研':
      return majorName ? `到企业考察调研${majorName}专业人才需求与岗位标准` : '到企业考察调研，了解行业对学生职业素养的要求';
    case '技能培训':
      return `参加企业组织的${profile ? rng.pick(profile.occupations) : '新技术'}技能培训`;
    case '兼职任职':
      return `在企业兼职任职，${task}`;
    case '研发':
      return `与企业技术人员合作研发：${task}`;
    default:
      return task;
  }
}

/**
 * Enterprise practice (DESIGN §4.1) as of asOf: most 专业课 teachers reach 180 days in the last 5 years, some fall
 * short, recent hires are on their way (a few at risk); new teachers without industry experience did 岗前实践
 * first (most of them); 公共基础课 teachers sometimes visit companies; older records lie outside the window.
 */
function insertPractice(sqlite: Sqlite, ctx: Context, plans: StaffPlan[], majors: DemoMajor[]): void {
  const { rng, asOfDay } = ctx;
  if (majors.length === 0) return;
  const window = practiceWindow(ctx.asOf);
  const windowStart = toDay(window.start);
  const preServiceFrom = toDay(PRE_SERVICE_RULE_START);
  const insert = sqlite.prepare(
    `insert into practice_records (staff_id, enterprise_name, enterprise_code, position, start_date, end_date, days, form, content, outcome,
       review_state, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  for (const p of plans) {
    if (p.post !== '专任教师') continue;
    const major = p.major ?? rng.pick(majors);
    const profile = p.major ? p.major.profile : null;
    const blocks: PracticeBlock[] = [];

    if (isPractising(p)) {
      if (p.enterpriseMonths === 0 && p.joinDay >= preServiceFrom && rng.chance(0.9)) {
        // 岗前实践 in the weeks before joining; one in ten finished it too late (after 来校日期 + 30 days).
        const late = rng.chance(0.1);
        const start = late ? p.joinDay + rng.int(35, 60) : p.joinDay - rng.int(20, 50);
        const end = Math.min(start + rng.int(14, 30) - 1, late ? asOfDay : p.joinDay + 20, asOfDay);
        if (end >= start) blocks.push({ form: '岗前实践', start, end, days: end - start + 1 });
      }
      const lo = Math.max(p.joinDay + 1, blocks.length ? blocks[0].end + 1 : 0);
      if (p.status === '在职') {
        const tenureYears = (asOfDay - p.joinDay) / DAYS_PER_YEAR;
        const inWindowFrom = Math.max(lo, windowStart);
        let target: number;
        let mustReach: boolean;
        if (tenureYears >= 5) {
          mustReach = rng.chance(0.85);
          target = mustReach ? rng.int(185, 300) : rng.int(40, 170);
        } else if (tenureYears >= 4.3 && rng.chance(0.5)) {
          mustReach = false; // little done near the deadline: 有风险 once fewer days are left than still needed
          target = rng.int(10, 45);
        } else {
          mustReach = rng.chance(0.3);
          target = mustReach ? rng.int(185, 240) : Math.max(10, Math.round(tenureYears * 40) + rng.int(-10, 30));
        }
        blocks.push(...practiceBlocks(rng, inWindowFrom, asOfDay, { target, mustReach, maxBlocks: 10 }, window, blocks));
        // Older records, before the window: they no longer count.
        if (windowStart - lo > 365) {
          const before = { start: fromDay(lo), end: fromDay(windowStart - 1) };
          blocks.push(...practiceBlocks(rng, lo, windowStart - 1, { target: rng.int(30, 120), mustReach: true, maxBlocks: 3 }, before, []));
        }
      } else {
        const career = { start: fromDay(lo), end: fromDay(p.activeUntilDay) };
        blocks.push(...practiceBlocks(rng, lo, p.activeUntilDay, { target: rng.int(30, 150), mustReach: true, maxBlocks: 4 }, career, []));
      }
    } else if (p.status === '在职' && rng.chance(0.3)) {
      const from = Math.max(p.joinDay + 1, windowStart);
      if (asOfDay - from > 10) {
        const start = rng.day(from, asOfDay - 7);
        const span = rng.int(2, 5);
        blocks.push({ form: '考察调研', start, end: start + span - 1, days: span });
      }
    }

    const home = rng.pick(major.enterprises);
    blocks.sort((a, b) => a.start - b.start);
    // A teacher's record is known by its start and enterprise (the import's key): two sharing both would be one.
    const taken = new Set<string>();
    const free = (start: number, e: { name: string }) => !taken.has(`${start} ${e.name}`);
    for (const b of blocks) {
      const picked = rng.chance(0.65) ? home : rng.pick(major.enterprises);
      const enterprise = free(b.start, picked) ? picked : major.enterprises.find((e) => free(b.start, e));
      if (!enterprise) continue;
      taken.add(`${b.start} ${enterprise.name}`);
      const recent = b.end > asOfDay - 90;
      const reviewed = recent ? rng.chance(0.4) : rng.chance(0.97);
      insert.run(
        p.id, enterprise.name, enterprise.code && rng.chance(0.9) ? enterprise.code : null,
        profile ? rng.pick(profile.positions) : '综合岗', fromDay(b.start), fromDay(b.end), b.days, b.form,
        practiceContent(rng, b.form, profile, p.major?.name ?? null), reviewed ? rng.weighted(OUTCOMES) : null,
        reviewed ? '已审核' : '待审核', stampOf(Math.min(b.end + rng.int(3, 30), asOfDay)),
      );
      ctx.counts.practiceRecords++;
    }
  }
}

// ───────────────────────────── classes, students, certificates ─────────────────────────────

interface Cohort {
  entryYear: number;
  enrolled: number;
  integrated: number;
  graduates: number;
  employed: number;
  furtherStudy: number;
  localEmployed: number;
  lowIncomeGraduates: number;
  lowIncomeEmployed: number;
}

/** Share of 中高职一体化 entrants by entry year, oldest first: rising towards the 40% target. */
const INTEGRATED_SHARE = [0.28, 0.33, 0.38, 0.42];
const COHORT_WEIGHTS = [23, 24, 26, 27];
const CLASS_SIZE = 50;

const DESTINATIONS: Record<SchoolType, ReturnType<typeof weightedTable<'就业' | '升学' | '其他'>>> = {
  中职: weightedTable<'就业' | '升学' | '其他'>([['升学', 62], ['就业', 34], ['其他', 4]]),
  技工院校: weightedTable<'就业' | '升学' | '其他'>([['就业', 75], ['升学', 20], ['其他', 5]]),
  高职: weightedTable<'就业' | '升学' | '其他'>([['就业', 82], ['升学', 13], ['其他', 5]]),
};

/** The school year under way at asOf starts with the entry year E0 (September); the roster holds the three cohorts
 * in school plus the one that graduated last summer, so the certificate rate and destinations have a cohort. */
function entryYears(asOfDay: number): number[] {
  const year = yearOfDay(asOfDay);
  const latest = asOfDay >= dayOf(year, 9, 1) ? year : year - 1;
  return [latest - 3, latest - 2, latest - 1, latest];
}

/**
 * Classes of up to 50 per major and entry year, their students and the students' certificates. 中职 enrol a rising
 * share of 中高职一体化 students; a few students suspend, drop out or transfer, more the longer they have been in
 * school. Returns the tallies per cohort (for the annual data) and the competition pools per major.
 */
function insertStudents(sqlite: Sqlite, ctx: Context, majors: DemoMajor[], total: number) {
  const { rng, asOfDay, type } = ctx;
  const years = entryYears(asOfDay);
  const cohorts: Cohort[] = years.map((entryYear) => ({
    entryYear, enrolled: 0, integrated: 0, graduates: 0, employed: 0, furtherStudy: 0, localEmployed: 0, lowIncomeGraduates: 0, lowIncomeEmployed: 0,
  }));
  /** Per major, entry year → students still or once in school (not 退学/转出): the pools for competition teams. */
  const byMajor = majors.map(() => new Map<number, number[]>());
  if (total === 0 || majors.length === 0) return { cohorts, byMajor };

  const insertClass = sqlite.prepare('insert into classes (name, major_id, entry_year) values (?, ?, ?)');
  const insertStudent = sqlite.prepare(
    `insert into students (student_no, name, id_card, sex, birth_date, major_id, class_id, entry_year, schooling_system,
       expected_graduation_year, status, integrated, low_income, destination, destination_local, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertCertificate = sqlite.prepare(
    'insert into student_certificates (student_id, kind, name, level, issuer, number, obtained_date) values (?, ?, ?, ?, ?, ?, ?)',
  );
  const entryAge = type === '高职' ? 18 : 15;
  const perCohort = apportion(total, COHORT_WEIGHTS);

  years.forEach((entryYear, cohortIndex) => {
    const cohort = cohorts[cohortIndex];
    const gradYear = entryYear + 3;
    const graduated = asOfDay >= dayOf(gradYear, 7, 1);
    const yearsIn = (asOfDay - dayOf(entryYear, 9, 1)) / DAYS_PER_YEAR;
    const perMajor = apportion(perCohort[cohortIndex], majors.map((m) => m.weight));
    majors.forEach((major, majorIndex) => {
      const count = perMajor[majorIndex];
      if (count === 0) return;
      const competitors: number[] = [];
      byMajor[majorIndex].set(entryYear, competitors);
      const attainment = 0.9 + rng.next() * 0.075;
      const classSizes = apportion(count, new Array(Math.ceil(count / CLASS_SIZE)).fill(1));
      classSizes.forEach((size, classIndex) => {
        const className = `${entryYear}级${major.name}${classIndex + 1}班`;
        const classId = Number(insertClass.run(className, major.id, entryYear).lastInsertRowid);
        ctx.counts.classes++;
        for (let seat = 1; seat <= size; seat++) {
          const sex: Sex = rng.chance(major.profile.femaleShare) ? '女' : '男';
          // Born in the school year ending when they were entryAge, a few a year or two older.
          const older = rng.chance(0.15) ? (rng.chance(0.8) ? 1 : 2) : 0;
          const birthDay = rng.day(dayOf(entryYear - entryAge - 1 - older, 9, 1), dayOf(entryYear - entryAge - older, 8, 31));
          const birthYear = yearOfDay(birthDay);
          const person = personName(rng, sex, birthYear);
          const idCard = makeIdCard(rng, idAreaCode(rng, birthYear, person.origin), fromDay(birthDay), sex, ctx.takenIds);
          const integrated = type === '中职' && rng.chance(INTEGRATED_SHARE[cohortIndex]);
          const lowIncome = rng.chance(0.08);
          let status: string;
          const r = rng.next();
          if (graduated) status = r < 0.035 ? '退学' : r < 0.055 ? '转出' : '毕业';
          else status = r < 0.004 + 0.012 * yearsIn ? '退学' : r < 0.007 + 0.019 * yearsIn ? '转出' : r < 0.013 + 0.019 * yearsIn ? '休学' : '在籍';
          let destination: string | null = null;
          let local: boolean | null = null;
          if (status === '毕业') {
            destination = rng.weighted(DESTINATIONS[type]);
            // Families in hardship get the most help finding work (the 98% target).
            if (lowIncome && destination === '其他' && rng.chance(0.8)) destination = '就业';
            local = destination === '其他' ? null : rng.chance(destination === '就业' ? 0.72 : 0.55);
            cohort.graduates++;
            if (destination === '就业') cohort.employed++;
            if (destination === '升学') cohort.furtherStudy++;
            if (destination === '就业' && local) cohort.localEmployed++;
            if (lowIncome) cohort.lowIncomeGraduates++;
            if (lowIncome && destination === '就业') cohort.lowIncomeEmployed++;
          }
          cohort.enrolled++;
          if (integrated) cohort.integrated++;
          const studentNo = `${entryYear}${String(major.index).padStart(2, '0')}${String(classIndex + 1).padStart(3, '0')}${String(seat).padStart(2, '0')}`;
          const schooling = integrated ? (rng.chance(0.75) ? '中高职一体化3+2' : '中高职一体化3+4') : '三年制';
          const id = Number(
            insertStudent.run(
              studentNo, person.name, idCard, sex, fromDay(birthDay), major.id, classId, entryYear, schooling, gradYear, status,
              integrated ? 1 : 0, lowIncome ? 1 : 0, destination, local === null ? null : local ? 1 : 0, ctx.stamp,
            ).lastInsertRowid,
          );
          ctx.counts.students++;
          if (status === '退学' || status === '转出') continue;
          competitors.push(id);
          insertStudentCertificates(ctx, insertCertificate, id, major.profile, gradYear, attainment);
        }
      });
    });
  });
  return { cohorts, byMajor };
}

/** The certificate levels that count for the school type (DESIGN §4.2), and the ones just below. */
function certificateLevels(type: SchoolType) {
  return type === '高职'
    ? { skill: '三级', x: '中级', lowerSkill: '四级', lowerX: '初级' }
    : { skill: '四级', x: '初级', lowerSkill: '五级', lowerX: null };
}

/**
 * A student's certificates, planned over the whole course and written only when obtained by asOf: the qualifying
 * one in the final year (before Aug 31 of the graduation year) for ~90–97% of a cohort; otherwise a lower level,
 * or a late one, or none. Many also took a 五级 (初级工) earlier.
 */
function insertStudentCertificates(ctx: Context, insert: Statement, studentId: number, profile: FieldProfile, gradYear: number, attainment: number): void {
  const { rng, asOfDay } = ctx;
  const levels = certificateLevels(ctx.type);
  // A student holds a certificate of a kind, name and level once (the import's key): the same again is not written.
  const held = new Set<string>();
  const write = (day: number, qualifying: boolean) => {
    if (day > asOfDay) return;
    const useX = profile.xCertificates.length > 0 && rng.chance(profile.xShare) && (qualifying || levels.lowerX !== null);
    const x = useX ? rng.pick(profile.xCertificates) : null;
    const [kind, name, level] = x
      ? ['1+X证书', x.name, qualifying ? levels.x : levels.lowerX]
      : ['职业技能等级证书', rng.pick(profile.occupations), qualifying ? levels.skill : levels.lowerSkill];
    const number = x ? `${yearOfDay(day)}${rng.digits(14)}` : `S000033${rng.digits(15)}`;
    const key = `${kind} ${name} ${level}`;
    if (held.has(key)) return;
    held.add(key);
    insert.run(studentId, kind, name, level, x ? x.issuer : ctx.schoolName, number, fromDay(day));
    ctx.counts.studentCertificates++;
  };
  if (rng.chance(0.2)) write(rng.day(dayOf(gradYear - 2, 12, 1), dayOf(gradYear - 1, 6, 30)), false);
  if (rng.chance(attainment)) write(rng.day(dayOf(gradYear - 1, 11, 1), dayOf(gradYear, 6, 30)), true);
  else if (rng.chance(0.45)) write(rng.day(dayOf(gradYear - 1, 6, 1), dayOf(gradYear, 6, 30)), false);
  else if (rng.chance(0.35)) write(rng.day(dayOf(gradYear, 9, 15), dayOf(gradYear, 12, 20)), true); // after the cut-off
}

// ───────────────────────────── competition awards ─────────────────────────────

interface Competition {
  name: string;
  system: '教育' | '人社' | '行业';
  level: '国家级' | '省级' | '市级';
  weight: number;
}

function competitionsFor(type: SchoolType): Competition[] {
  const provincial = type === '高职' ? '浙江省职业院校技能大赛' : '浙江省中等职业学校职业能力大赛';
  const city = type === '高职' ? '丽水市职业技能大赛' : '丽水市中等职业学校职业能力大赛';
  return [
    { name: '全国职业院校技能大赛', system: '教育', level: '国家级', weight: 6 },
    { name: '全国行业职业技能竞赛', system: '行业', level: '国家级', weight: 2 },
    { name: provincial, system: '教育', level: '省级', weight: 26 },
    { name: '浙江省职业技能大赛', system: '人社', level: '省级', weight: 9 },
    { name: city, system: type === '高职' ? '人社' : '教育', level: '市级', weight: 42 },
  ];
}

function teachingCompetitionsFor(type: SchoolType): Competition[] {
  const stage = type === '高职' ? '职业院校' : '中等职业学校';
  return [
    { name: '全国职业院校技能大赛教学能力比赛', system: '教育', level: '国家级', weight: 1 },
    { name: `浙江省${stage}教学能力比赛`, system: '教育', level: '省级', weight: 5 },
    { name: `丽水市${stage}教学能力比赛`, system: '教育', level: '市级', weight: 9 },
  ];
}

const PRIZES: Record<Competition['level'], ReturnType<typeof weightedTable<string>>> = {
  国家级: weightedTable<string>([['一等奖', 15], ['二等奖', 35], ['三等奖', 50]]),
  省级: weightedTable<string>([['一等奖', 20], ['二等奖', 35], ['三等奖', 45]]),
  市级: weightedTable<string>([['一等奖', 25], ['二等奖', 35], ['三等奖', 35], ['优秀奖', 5]]),
};
const WORLD_SKILLS_PRIZES = weightedTable<string>([['金奖', 15], ['银奖', 30], ['铜奖', 35], ['优秀奖', 20]]);

/** Distinct items, as many as asked or as there are; cheap on a pool of thousands. */
function pickSome<T>(rng: Random, items: readonly T[], count: number): T[] {
  if (count >= items.length) return rng.shuffle([...items]);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(rng.int(0, items.length - 1));
  return [...chosen].map((i) => items[i]);
}

/**
 * ~1 award per 40 students (at least 20) over the last three years: students' skill competitions with their
 * advisors, and teachers' 教学能力比赛 (teams of teachers, no advisors).
 */
function insertAwards(sqlite: Sqlite, ctx: Context, majors: DemoMajor[], plans: StaffPlan[], byMajor: Map<number, number[]>[], students: number): void {
  const { rng, asOfDay, type } = ctx;
  if (students === 0 || majors.length === 0) return;
  const total = Math.max(20, Math.round(students / 40));
  const lastYear = yearOfDay(asOfDay);
  const studentCompetitions = weightedTable(competitionsFor(type).map((c) => [c, c.weight] as const));
  const teachingCompetitions = weightedTable(teachingCompetitionsFor(type).map((c) => [c, c.weight] as const));
  const majorTable = weightedTable(majors.map((m, i) => [i, m.weight] as const));
  // Pools are looked up once per (year, major): a city-sized run makes thousands of awards.
  const pools = new Map<string, readonly (StaffPlan | number)[]>();
  const cached = <T extends StaffPlan | number>(key: string, build: () => T[]): T[] => {
    if (!pools.has(key)) pools.set(key, build());
    return pools.get(key) as T[];
  };
  const atSchoolIn = (p: StaffPlan, year: number) => yearOfDay(p.joinDay) < year && yearOfDay(p.activeUntilDay) >= year;
  const teachersOf = (year: number, majorId: number | null) =>
    cached(`advisors ${year} ${majorId}`, () => plans.filter((p) => isPractising(p) && (majorId === null || p.major?.id === majorId) && atSchoolIn(p, year)));

  const insertAward = sqlite.prepare('insert into awards (competition, system, level, year, event, prize, is_team, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertPerson = sqlite.prepare('insert into award_people (award_id, role, student_id, staff_id, external_name) values (?, ?, ?, ?, ?)');
  const years = Array.from({ length: total }, () => rng.int(lastYear - 2, lastYear)).sort((a, b) => a - b);
  for (const year of years) {
    const teaching = rng.chance(0.15);
    const competition = rng.weighted(teaching ? teachingCompetitions : studentCompetitions);
    const majorIndex = rng.weighted(majorTable);
    const major = majors[majorIndex];
    const stamp = stampOf(Math.min(dayOf(year, rng.int(5, 12), rng.int(1, 28)), asOfDay));
    if (teaching) {
      const teachers = cached(`teachers ${year}`, () => plans.filter((p) => p.post === '专任教师' && atSchoolIn(p, year)));
      const team = pickSome(rng, teachers, rng.int(2, 4));
      if (team.length === 0) continue;
      const event = team[0].teaching === '公共基础课' ? '公共基础课程组' : `专业课程组（${major.name}）`;
      const awardId = Number(insertAward.run(competition.name, competition.system, competition.level, year, event, rng.weighted(PRIZES[competition.level]), 1, stamp).lastInsertRowid);
      ctx.counts.awards++;
      for (const t of team) {
        insertPerson.run(awardId, '参赛', null, t.id, null);
        ctx.counts.awardPeople++;
      }
      continue;
    }
    // Competitors are in their 2nd or 3rd year in the year of the competition.
    const pool = cached(`students ${year} ${majorIndex}`, () => [...(byMajor[majorIndex].get(year - 2) ?? []), ...(byMajor[majorIndex].get(year - 1) ?? [])]);
    if (pool.length === 0) continue;
    const event = rng.pick(major.profile.events);
    const competitors = pickSome(rng, pool, event.team ? rng.int(2, 3) : 1);
    const prize = competition.system === '人社' && rng.chance(0.3) ? rng.weighted(WORLD_SKILLS_PRIZES) : rng.weighted(PRIZES[competition.level]);
    const awardId = Number(insertAward.run(competition.name, competition.system, competition.level, year, event.name, prize, event.team ? 1 : 0, stamp).lastInsertRowid);
    ctx.counts.awards++;
    for (const studentId of competitors) {
      insertPerson.run(awardId, '参赛', studentId, null, null);
      ctx.counts.awardPeople++;
    }
    let advisors = teachersOf(year, major.id);
    if (advisors.length === 0) advisors = teachersOf(year, null);
    for (const a of pickSome(rng, advisors, rng.int(1, 2))) {
      insertPerson.run(awardId, '指导', null, a.id, null);
      ctx.counts.awardPeople++;
    }
    // Now and then a mentor from a partner company advised too; outsiders are kept by name.
    if (advisors.length === 0 || rng.chance(0.08)) {
      const sex: Sex = rng.chance(0.3) ? '女' : '男';
      insertPerson.run(awardId, '指导', null, null, personName(rng, sex, lastYear - rng.int(30, 50)).name);
      ctx.counts.awardPeople++;
    }
  }
}

// ───────────────────────────── annual data ─────────────────────────────

/**
 * The figures no roster gives, for the last two school years (a school year is named by the calendar year it
 * starts in, like entry years). Enrolment and, where the roster has the cohort, graduates agree with the roster.
 */
function insertAnnualData(sqlite: Sqlite, ctx: Context, cohorts: Cohort[], students: number): void {
  const { rng } = ctx;
  const insert = sqlite.prepare(
    `insert into annual_data (school_year, public_funding_per_student, enrolment_total, integrated_enrolment, industry_colleges, order_classes,
       training_bases, social_training_count, research_income, professional_spirit_hours, graduates_total, employed, further_study,
       local_employed, low_income_graduates, low_income_employed, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const scale = Math.max(0.2, students / 1200);
  const current = cohorts[cohorts.length - 1];
  const graduated = cohorts[0];
  let funding = rng.int(2500, 3400);
  for (const schoolYear of [current.entryYear - 1, current.entryYear]) {
    const entrants = cohorts.find((c) => c.entryYear === schoolYear)!;
    // Graduates of the summer that opened this school year: the roster's graduated cohort, or an estimate like it.
    const grads = graduated.entryYear + 3 === schoolYear ? graduated : estimateGraduates(rng, graduated);
    insert.run(
      schoolYear, funding, entrants.enrolled, entrants.integrated, Math.max(1, Math.round(scale * rng.int(1, 3))), Math.round(scale * rng.int(2, 6)),
      Math.round(scale * rng.int(6, 12)), Math.round(scale * rng.int(2000, 6000)), Math.round((scale * rng.int(200, 900)) / 10) * 10_000,
      rng.int(16, 24), grads.graduates, grads.employed, grads.furtherStudy, grads.localEmployed, grads.lowIncomeGraduates, grads.lowIncomeEmployed,
      ctx.stamp,
    );
    ctx.counts.annualData++;
    funding = Math.min(3800, funding + rng.int(50, 300));
  }
}

/** A year before the roster: about as many graduates as the graduated cohort, with the same shares. */
function estimateGraduates(rng: Random, like: Cohort): Cohort {
  const factor = 0.9 + rng.next() * 0.08;
  const scaled = (n: number) => Math.round(n * factor);
  return { ...like, graduates: scaled(like.graduates), employed: scaled(like.employed), furtherStudy: scaled(like.furtherStudy),
    localEmployed: scaled(like.localEmployed), lowIncomeGraduates: scaled(like.lowIncomeGraduates), lowIncomeEmployed: scaled(like.lowIncomeEmployed) };
}
