// Staff: roles, one plan per member, the staff rows, and their qualifications (双师型认定, skill certificates, 名优 honours).
import type { Db } from '../../db/open';
import { dualTeacherCertifications, staff, staffHonours, staffSkillCertificates } from '../../db/schema';
import type {
  DEGREES, DUAL_TEACHER_LEVELS, EDUCATION_LEVELS, ETHNICITIES, HONOUR_LEVELS as HONOUR_LEVEL_VALUES, POLITICAL_STATUSES, PostCategory,
  PROFESSIONAL_TITLES, SchoolType, SkillLevel, StaffStatus, TEACHER_CERT_TYPES, TeachingCategory,
} from '@shared/vocab';
import type { FieldProfile } from '../majors';
import { idAreaCode, makeIdCard, mobileNumber, personName, type Sex } from '../names';
import { DAYS_PER_YEAR, dayOf, fromDay, toDay, weightedSample, weightedTable, yearOfDay, type Random } from '../random';
import { apportion } from './helpers';
import type { Context } from './index';
import { rowInserter, type RowInserter } from './insert';
import type { DemoMajor } from './school';

type Education = (typeof EDUCATION_LEVELS)[number];
type Degree = (typeof DEGREES)[number];
type Title = (typeof PROFESSIONAL_TITLES)[number];
type RoleKey = '专业课' | '公共基础课' | '实习指导' | '兼职教师' | '行政人员' | '教辅人员' | '工勤人员';
type Ethnicity = (typeof ETHNICITIES)[number];
type PoliticalStatus = (typeof POLITICAL_STATUSES)[number];
type TeacherCertType = (typeof TEACHER_CERT_TYPES)[number];
type DualLevel = (typeof DUAL_TEACHER_LEVELS)[number];
type HonourLevel = (typeof HONOUR_LEVEL_VALUES)[number];

export interface StaffPlan {
  order: number;
  role: RoleKey;
  post: PostCategory;
  teaching: TeachingCategory | null;
  teachesCourses: boolean;
  major: DemoMajor | null;
  name: string;
  ethnicity: Ethnicity;
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

/** The title's name in the series a post takes (GB/T 8561 and the 2019–2022 title reforms), by level. */
const TITLE_SERIES: Record<'secondary' | 'guidance' | 'college' | 'engineering' | 'laboratory', Record<Exclude<Title, '未评'>, string>> = {
  secondary: { 正高级: '正高级讲师', 副高级: '高级讲师', 中级: '讲师', 初级: '助理讲师' },
  guidance: { 正高级: '正高级实习指导教师', 副高级: '高级实习指导教师', 中级: '一级实习指导教师', 初级: '二级实习指导教师' },
  college: { 正高级: '教授', 副高级: '副教授', 中级: '讲师', 初级: '助教' },
  engineering: { 正高级: '正高级工程师', 副高级: '高级工程师', 中级: '工程师', 初级: '助理工程师' },
  laboratory: { 正高级: '正高级实验师', 副高级: '高级实验师', 中级: '实验师', 初级: '助理实验师' },
};
/** Who grants a level in 浙江: 正高 and 副高 the province's 人社厅, the rest the city's 人社局. */
const TITLE_ISSUERS: Record<Exclude<Title, '未评'>, string> = {
  正高级: '浙江省人力资源和社会保障厅', 副高级: '浙江省人力资源和社会保障厅', 中级: '市人力资源和社会保障局', 初级: '市人力资源和社会保障局',
};
/** Years into a career by which a level is usually reached: the demo's 职称取得日期. */
const YEARS_TO_TITLE: Record<Exclude<Title, '未评'>, number> = { 初级: 1, 中级: 6, 副高级: 13, 正高级: 22 };

/** The 专业技术职务 name, issuer and date of a plan, from its level with no draw of its own. */
function titleDetails(p: StaffPlan, type: Context['type']): { titleName: string | null; titleIssuer: string | null; titleDate: string | null } {
  if (!p.title || p.title === '未评') return { titleName: null, titleIssuer: null, titleDate: null };
  const series = p.role === '兼职教师' ? 'engineering' : p.role === '教辅人员' ? 'laboratory' : p.role === '实习指导' ? 'guidance' : type === '高职' ? 'college' : 'secondary';
  const reached = Math.min(p.workStartDay + Math.round(YEARS_TO_TITLE[p.title] * DAYS_PER_YEAR), p.activeUntilDay);
  return { titleName: TITLE_SERIES[series][p.title], titleIssuer: TITLE_ISSUERS[p.title], titleDate: fromDay(reached) };
}

const AGE_BANDS = weightedTable<[number, number]>([
  [[24, 29], 15],
  [[30, 39], 33],
  [[40, 49], 31],
  [[50, 59], 21],
]);
const POLITICAL = weightedTable<PoliticalStatus>([['中共党员', 40], ['中共预备党员', 2], ['民主党派', 3], ['群众', 55]]);
const POLITICAL_PART_TIME = weightedTable<PoliticalStatus>([['中共党员', 25], ['群众', 75]]);
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
    // personName draws its 民族 from the standard's list (ETHNICITIES); GeneratedName only types it as a string.
    ethnicity: person.ethnicity as Ethnicity,
    idCard: makeIdCard(rng, idAreaCode(rng, birthYear, person.origin), birthDate, sex, ctx.takenIds),
    title: titleFor(rng, role, (activeUntilDay - workStartDay) / DAYS_PER_YEAR),
    staffNo: '',
    id: 0,
  };
}

/** 教师资格证 of the kind the post needs; new hires may still be waiting for theirs. */
function teacherCertificate(ctx: Context, plan: StaffPlan): [TeacherCertType | null, string | null] {
  const { rng } = ctx;
  if (plan.role === '兼职教师' || (plan.post !== '专任教师' && !plan.teachesCourses)) return [null, null];
  if (plan.activeUntilDay - plan.joinDay < 365 && rng.chance(0.3)) return ['无', null];
  let kind: TeacherCertType = '中等职业学校教师资格';
  if (ctx.type === '高职') kind = '高等学校教师资格';
  else if (plan.teaching === '实习指导' && rng.chance(0.8)) kind = '中等职业学校实习指导教师资格';
  else if (rng.chance(plan.teaching === '公共基础课' ? 0.3 : 0.08)) kind = '高级中学教师资格';
  const year = yearOfDay(Math.max(plan.workStartDay, plan.joinDay - 365));
  return [kind, `${year}33${rng.digits(11)}`];
}

export function insertStaff(db: Db, ctx: Context, majors: DemoMajor[], total: number): StaffPlan[] {
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

  const insert = rowInserter(db, staff);
  for (const p of plans) {
    const age = (ctx.asOfDay - p.birthDay) / DAYS_PER_YEAR;
    const political = age < 28 && rng.chance(0.45) ? '共青团员' : rng.weighted(p.role === '兼职教师' ? POLITICAL_PART_TIME : POLITICAL);
    const [certType, certNo] = teacherCertificate(ctx, p);
    const partTime = p.role === '兼职教师';
    const employer = partTime ? (p.major ? rng.pick(p.major.enterprises).name : null) : null;
    // The draws inside the row (phone, degree, part-time position and skill) are made in this order, as the keys.
    p.id = insert({
      staffNo: p.staffNo,
      name: p.name,
      idCard: p.idCard,
      birthDate: fromDay(p.birthDay),
      sex: p.sex,
      phone: rng.chance(0.95) ? mobileNumber(rng) : null,
      ethnicity: p.ethnicity,
      politicalStatus: political,
      workStartDate: fromDay(p.workStartDay),
      joinDate: fromDay(p.joinDay),
      status: p.status,
      postCategory: p.post,
      teachesCourses: p.teachesCourses,
      // no draw of its own, so the rest of the school stays as it was: the senior-titled 专任教师 are the 骨干
      backboneTeacher: p.post === '专任教师' && (p.title === '副高级' || p.title === '正高级'),
      teachingCategory: p.teaching,
      teachingMajor: p.major?.name ?? null,
      highestEducation: p.education,
      highestDegree: degreeFor(rng, p.education, ctx.type, p.post === '专任教师'),
      title: p.title,
      ...titleDetails(p, ctx.type),
      teacherCertType: certType,
      teacherCertNo: certNo,
      enterpriseMonths: p.enterpriseMonths,
      partTimeEmployer: employer,
      partTimePosition: partTime && p.major ? rng.pick(p.major.profile.partTimePositions) : null,
      partTimeSkillLevel: partTime ? rng.weighted(PART_TIME_SKILL) : null,
      updatedAt: ctx.stamp,
    });
    ctx.counts.staff++;
  }
  return plans;
}

// Qualifications

/** 专任教师 of 专业课 or 实习指导: the teachers the 双师型 and enterprise-practice rules are about. */
export const isPractising = (p: StaffPlan) => p.post === '专任教师' && (p.teaching === '专业课' || p.teaching === '实习指导');

const DUAL_LEVEL_BY_TITLE: Record<'senior' | 'middle' | 'junior', ReturnType<typeof weightedTable<DualLevel>>> = {
  senior: weightedTable<DualLevel>([['高级', 55], ['中级', 40], ['初级', 5]]),
  middle: weightedTable<DualLevel>([['中级', 60], ['初级', 25], ['高级', 15]]),
  junior: weightedTable<DualLevel>([['初级', 75], ['中级', 25]]),
};
const TEACHER_SKILL_LEVELS = weightedTable<SkillLevel>([['三级', 50], ['二级', 35], ['一级', 15]]);
const HONOUR_NAMES = ['名师', '学科带头人', '骨干教师', '教坛新秀', '技能大师', '优秀班主任'] as const;
const HONOUR_LEVELS = weightedTable<HonourLevel>([['国家级', 2], ['省级', 15], ['市级', 53], ['县级', 30]]);
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

function certifyingBody(ctx: Context, level: DualLevel): string {
  if (ctx.type === '技工院校') return level === '高级' ? '浙江省人力资源和社会保障厅' : '丽水市人力资源和社会保障局';
  if (level === '高级' || ctx.type === '高职') return '浙江省教育厅';
  return level === '中级' ? '丽水市教育局' : ctx.schoolName;
}

/** 双师型认定 for ~90% of 专业课 teachers (not yet for most new hires), skill certificates for most of them
 * (a few 双师型 teachers without one, which the data check warns about), and 名优 titles for ~15% of teachers. */
export function insertQualifications(db: Db, ctx: Context, plans: StaffPlan[]): void {
  const { rng } = ctx;
  const dual = rowInserter(db, dualTeacherCertifications);
  const skill = rowInserter(db, staffSkillCertificates);
  const honour = rowInserter(db, staffHonours);

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
        dual({ staffId: p.id, level: '初级', certifiedDate: fromDay(rng.day(from, day - 730)), certifyingBody: certifyingBody(ctx, '初级') });
        ctx.counts.dualTeacherCertifications++;
      }
      dual({ staffId: p.id, level, certifiedDate: fromDay(day), certifyingBody: certifyingBody(ctx, level) });
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
        honour({ staffId: p.id, name, level: rng.weighted(HONOUR_LEVELS), year: Math.min(rng.int(firstYear, lastYear), yearOfDay(ctx.asOfDay)) });
        ctx.counts.staffHonours++;
      }
    }
  }
}

function insertStaffSkill(ctx: Context, skill: RowInserter<typeof staffSkillCertificates>, p: StaffPlan, profile: FieldProfile): void {
  const { rng } = ctx;
  const day = rng.day(Math.min(p.workStartDay + 365, p.activeUntilDay), p.activeUntilDay);
  if (profile.xCertificates.length && day >= FIRST_1X_DAY && rng.chance(profile.xShare * 0.6)) {
    const x = rng.pick(profile.xCertificates);
    skill({
      staffId: p.id, kind: '1+X证书', name: x.name, level: rng.chance(0.6) ? '高级' : '中级', issuer: x.issuer, number: `${yearOfDay(day)}${rng.digits(14)}`,
      obtainedDate: fromDay(day),
    });
  } else if (day < SKILL_CERT_SWITCH) {
    skill({
      staffId: p.id, kind: '职业资格证书', name: rng.pick(profile.occupations), level: rng.weighted(TEACHER_SKILL_LEVELS), issuer: '浙江省人力资源和社会保障厅',
      number: `${yearOfDay(day)}33${rng.digits(10)}`, obtainedDate: fromDay(day),
    });
  } else {
    skill({
      staffId: p.id, kind: '职业技能等级证书', name: rng.pick(profile.occupations), level: rng.weighted(TEACHER_SKILL_LEVELS), issuer: ctx.schoolName,
      number: `S000033${rng.digits(15)}`, obtainedDate: fromDay(day),
    });
  }
  ctx.counts.staffSkillCertificates++;
}
