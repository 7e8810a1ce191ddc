// Competition awards of the last three years: students' skill competitions with their advisors, teachers' 教学能力比赛.
import type { Db } from '../../db/open';
import { awardPeople, awards } from '../../db/schema';
import type { PRIZES as PRIZE_VALUES, SchoolType } from '@shared/vocab';
import { personName, type Sex } from '../names';
import { dayOf, weightedTable, yearOfDay, type Random } from '../random';
import { stampOf } from './helpers';
import type { Context } from './index';
import { rowInserter } from './insert';
import type { DemoMajor } from './school';
import { isPractising, type StaffPlan } from './staff';

type Prize = (typeof PRIZE_VALUES)[number];

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

const PRIZES: Record<Competition['level'], ReturnType<typeof weightedTable<Prize>>> = {
  国家级: weightedTable<Prize>([['一等奖', 15], ['二等奖', 35], ['三等奖', 50]]),
  省级: weightedTable<Prize>([['一等奖', 20], ['二等奖', 35], ['三等奖', 45]]),
  市级: weightedTable<Prize>([['一等奖', 25], ['二等奖', 35], ['三等奖', 35], ['优秀奖', 5]]),
};
const WORLD_SKILLS_PRIZES = weightedTable<Prize>([['金奖', 15], ['银奖', 30], ['铜奖', 35], ['优秀奖', 20]]);

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
export function insertAwards(
  db: Db, ctx: Context, majors: DemoMajor[], plans: StaffPlan[], byMajor: Map<number, number[]>[], students: number,
): void {
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

  const insertAward = rowInserter(db, awards);
  const insertPerson = rowInserter(db, awardPeople);
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
      const awardId = insertAward({
        competition: competition.name, system: competition.system, level: competition.level, year, event, prize: rng.weighted(PRIZES[competition.level]),
        isTeam: true, updatedAt: stamp,
      });
      ctx.counts.awards++;
      for (const t of team) {
        insertPerson({ awardId, role: '参赛', studentId: null, staffId: t.id, externalName: null });
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
    const awardId = insertAward({
      competition: competition.name, system: competition.system, level: competition.level, year, event: event.name, prize, isTeam: event.team, updatedAt: stamp,
    });
    ctx.counts.awards++;
    for (const studentId of competitors) {
      insertPerson({ awardId, role: '参赛', studentId, staffId: null, externalName: null });
      ctx.counts.awardPeople++;
    }
    let advisors = teachersOf(year, major.id);
    if (advisors.length === 0) advisors = teachersOf(year, null);
    for (const a of pickSome(rng, advisors, rng.int(1, 2))) {
      insertPerson({ awardId, role: '指导', studentId: null, staffId: a.id, externalName: null });
      ctx.counts.awardPeople++;
    }
    // Now and then a mentor from a partner company advised too; outsiders are kept by name.
    if (advisors.length === 0 || rng.chance(0.08)) {
      const sex: Sex = rng.chance(0.3) ? '女' : '男';
      insertPerson({ awardId, role: '指导', studentId: null, staffId: null, externalName: personName(rng, sex, lastYear - rng.int(30, 50)).name });
      ctx.counts.awardPeople++;
    }
  }
}
