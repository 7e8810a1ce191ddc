// Competition awards (技能大赛获奖), DESIGN §3 and §4.3 awardCounts: who took part (students and staff of the school,
// picked by id; a typed name only for outsiders), who advised, and the summary by year × level × prize.
import { z } from 'zod';
import { stripInvisible } from './text';
import { AWARD_LEVELS, COMPETITION_SYSTEMS, PRIZES } from './vocab';
import { requiredText, yesNo } from './schemaKit';
import { year } from './students';
import type { FieldDescriptor } from './fields';
import { AWARD_LEVEL_SPELLINGS, COMPETITION_SYSTEM_SPELLINGS, PRIZE_SPELLINGS } from './vocabSpellings';

export type AwardLevel = (typeof AWARD_LEVELS)[number];
export type Prize = (typeof PRIZES)[number];

const personRef = z
  .object({
    studentId: z.number().int().positive().nullable().default(null),
    staffId: z.number().int().positive().nullable().default(null),
    externalName: z.preprocess((v) => (typeof v === 'string' && stripInvisible(v).trim() === '' ? null : typeof v === 'string' ? stripInvisible(v) : v), z.string().trim().max(50).nullable().default(null)),
  })
  .refine((p) => [p.studentId, p.staffId, p.externalName].filter((x) => x !== null).length === 1, '每一位只能是本校学生、本校教职工或校外人员中的一种');
export type PersonRef = z.output<typeof personRef>;

const awardShape = z.object({
  competition: requiredText(100),
  system: z.enum(COMPETITION_SYSTEMS),
  level: z.enum(AWARD_LEVELS),
  year,
  event: requiredText(100),
  prize: z.enum(PRIZES),
  isTeam: yesNo.default(false),
  participants: z.array(personRef).min(1, '请至少选择一位参赛者').max(50),
  advisors: z.array(personRef.refine((p) => p.studentId === null, '指导教师应为教职工或校外人员')).max(20).default([]),
});

export const awardInputSchema = awardShape.superRefine((v, ctx) => {
  if (!v.isTeam && v.participants.length > 1)
    ctx.addIssue({ code: 'custom', path: ['participants'], message: '个人赛只能有一位参赛者；多人参赛请选“团体”' });
});
export type AwardInput = z.input<typeof awardInputSchema>;
export type AwardValues = z.output<typeof awardInputSchema>;

type CompetitionSystem = (typeof COMPETITION_SYSTEMS)[number];

/** 赛事系统 as a competition's name tells it: the education system's contests (职业院校技能大赛, 教学能力比赛, 文明风采…),
 * 人社's (职业技能大赛, 世界技能大赛, 技工院校…) and the trade bodies' (行业, 协会…); null when the name does not say. */
export function systemOfCompetition(name: string): CompetitionSystem | null {
  const n = name.replace(/[\s\u3000]/g, '');
  if (/职业院校|学生技能|中职|高职|技能大赛.*学生组|文明风采|教学能力|班主任|教育|创新创业|挑战杯|黄炎培/.test(n)) return '教育';
  if (/职业技能大赛|职业技能竞赛|世界技能|技工院校|人力资源|人社|职工/.test(n)) return '人社';
  if (/行业|协会|学会|联合会|商会/.test(n)) return '行业';
  return null;
}

/** 级别 as a competition's name tells it (全国… → 国家级, 浙江省… → 省级, 丽水市… → 市级, …县/区… → 县级): the widest
 * named body when the name holds only one; null otherwise. */
export function levelOfCompetition(name: string): AwardLevel | null {
  const n = name.replace(/[\s\u3000]/g, '');
  const levels = new Set<AwardLevel>();
  if (/全国|国家|中华|中国/.test(n)) levels.add('国家级');
  if (/省/.test(n)) levels.add('省级');
  if (/[^省]市|^.{2,3}市/.test(n)) levels.add('市级');
  if (/县|[^自]区(?!域)/.test(n)) levels.add('县级');
  return levels.size === 1 ? [...levels][0] : null;
}

/** A person on an award as shown: who it is and whether a student, staff member or outsider. */
export const awardPersonSchema = z.object({
  studentId: z.number().nullable(),
  staffId: z.number().nullable(),
  externalName: z.string().nullable(),
  name: z.string(),
  /** 学号 or 工号; null for an outsider */
  number: z.string().nullable(),
});
export type AwardPerson = z.output<typeof awardPersonSchema>;

export const awardSchema = awardShape.extend({
  id: z.number(),
  participants: z.array(awardPersonSchema),
  advisors: z.array(awardPersonSchema),
  updatedAt: z.string(),
});
export type Award = z.output<typeof awardSchema>;

type AwardScalar = Exclude<keyof AwardValues, 'participants' | 'advisors'>;
export const awardFields: readonly FieldDescriptor<AwardScalar>[] = [
  { key: 'year', label: '年度', kind: 'number', section: '比赛', required: true, inList: true, synonyms: ['获奖年度', '年份', '获奖年份', '比赛年度', '参赛年度'] },
  { key: 'competition', label: '比赛名称', kind: 'text', section: '比赛', required: true, inList: true, synonyms: ['大赛名称', '竞赛名称', '赛事名称', '比赛', '大赛'], help: '如 全国职业院校技能大赛、浙江省职业院校技能大赛' },
  { key: 'event', label: '赛项', kind: 'text', section: '比赛', required: true, inList: true, synonyms: ['赛项名称', '项目', '竞赛项目', '比赛项目', '参赛项目', '项目名称', '赛项（项目）'] },
  { key: 'system', label: '赛事系统', kind: 'enum', section: '比赛', required: true, options: COMPETITION_SYSTEMS, spellings: COMPETITION_SYSTEM_SPELLINGS, synonyms: ['系统', '赛事类别', '大赛系统', '竞赛系统'] },
  { key: 'level', label: '级别', kind: 'enum', section: '比赛', required: true, options: AWARD_LEVELS, spellings: AWARD_LEVEL_SPELLINGS, inList: true, synonyms: ['获奖级别', '比赛级别', '大赛级别', '赛事级别', '竞赛级别'] },
  { key: 'prize', label: '奖项', kind: 'enum', section: '比赛', required: true, options: PRIZES, spellings: PRIZE_SPELLINGS, inList: true, synonyms: ['获奖等次', '等次', '获奖等级', '获奖名次', '获奖等第', '名次', '奖次', '获奖情况', '奖项等级'] },
  { key: 'isTeam', label: '团体赛', kind: 'boolean', section: '比赛', inList: true, help: '多人组队参赛选“是”' },
];

/** The people of an award in a sheet: one cell each for participants and advisors, every person written as
 * 姓名（学号或工号）, an outsider by name alone, joined with 、. The award export writes it, the import reads it back. */
export const awardPeopleFields: readonly FieldDescriptor<'participants' | 'advisors'>[] = [
  { key: 'participants', label: '参赛者', kind: 'text', section: '人员', required: true, synonyms: ['参赛学生', '参赛选手', '获奖学生', '获奖者', '参赛人员', '获奖人员', '学生姓名', '获奖学生姓名', '选手姓名', '参赛者姓名'], help: '本校学生或教职工的姓名或学号/工号，多人用顿号分隔，如 张三（S001）、李四' },
  { key: 'advisors', label: '指导教师', kind: 'text', section: '人员', synonyms: ['指导老师', '辅导教师', '辅导老师', '指导教师姓名', '指导'], help: '多人用顿号分隔' },
];

/** 张三（S001）、外校选手: the cell of awardPeopleFields for these people; null when there are none. */
export function peopleCell(people: readonly { name: string; number: string | null }[]): string | null {
  return people.length ? people.map((p) => (p.number ? `${p.name}（${p.number}）` : p.name)).join('、') : null;
}

export const awardListQuerySchema = z.object({
  year: z.number().int().optional(),
  level: z.enum(AWARD_LEVELS).optional(),
});

/** One cell of the summary: awards won with students (and how many students), with staff as competitors, and the
 * staff who advised them. An award with both students and staff counts in both. */
export const awardSummaryRowSchema = z.object({
  year: z.number(),
  level: z.enum(AWARD_LEVELS),
  prize: z.enum(PRIZES),
  studentAwards: z.number(),
  students: z.number(),
  staffAwards: z.number(),
  staff: z.number(),
  advisors: z.number(),
});
export type AwardSummaryRow = z.output<typeof awardSummaryRowSchema>;

type SummaryInput = Pick<AwardValues, 'year' | 'level' | 'prize'> & { participants: readonly PersonRef[]; advisors: readonly PersonRef[] };

/** How many different people of one kind an award lists (outsiders, null here, are not counted). An award lists a
 * few people, so they are compared in place: sets made for each of a city's awards cost more than the counting. */
function distinctCount(people: readonly PersonRef[], key: 'studentId' | 'staffId'): number {
  let count = 0;
  for (let i = 0; i < people.length; i++) {
    const id = people[i][key];
    if (id === null) continue;
    let earlier = false;
    for (let j = 0; j < i && !earlier; j++) earlier = people[j][key] === id;
    if (!earlier) count++;
  }
  return count;
}

/** Year × level × prize, newest year first, then levels and prizes in vocabulary order. Outsiders are not counted;
 * a person is counted once per award (人次). */
export function awardSummary(awards: readonly SummaryInput[]): AwardSummaryRow[] {
  const cells = new Map<string, AwardSummaryRow>();
  for (const a of awards) {
    const key = `${a.year}|${a.level}|${a.prize}`;
    let cell = cells.get(key);
    if (!cell) {
      cell = { year: a.year, level: a.level, prize: a.prize, studentAwards: 0, students: 0, staffAwards: 0, staff: 0, advisors: 0 };
      cells.set(key, cell);
    }
    const students = distinctCount(a.participants, 'studentId');
    const staff = distinctCount(a.participants, 'staffId');
    cell.students += students;
    cell.studentAwards += students > 0 ? 1 : 0;
    cell.staff += staff;
    cell.staffAwards += staff > 0 ? 1 : 0;
    cell.advisors += distinctCount(a.advisors, 'staffId');
  }
  return [...cells.values()].sort(
    (x, y) => y.year - x.year || AWARD_LEVELS.indexOf(x.level) - AWARD_LEVELS.indexOf(y.level) || PRIZES.indexOf(x.prize) - PRIZES.indexOf(y.prize),
  );
}
