// Enterprise practice records of the 专任教师 (DESIGN §4.1): 岗前实践, the days in the 5-year window, older records.
import type { Db } from '../../db/open';
import { practiceRecords } from '../../db/schema';
import { countPracticeDays, practiceWindow, PRE_SERVICE_RULE_START, type DateWindow, type PracticeSpan } from '@shared/rules/practice';
import type { PRACTICE_FORMS } from '@shared/vocab';
import type { FieldProfile, MajorField } from '../majors';
import { civil, DAYS_PER_YEAR, dayOf, fromDay, toDay, weightedTable, yearOfDay, type Random } from '../random';
import { stampOf } from './helpers';
import type { Context } from './index';
import { rowInserter } from './insert';
import type { DemoMajor } from './school';
import { isPractising, type StaffPlan } from './staff';

type PracticeForm = (typeof PRACTICE_FORMS)[number];

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

/** The 系部 that sends a major's teachers, by the major's field. */
const DEPARTMENTS: Record<MajorField, string> = {
  computing: '信息技术系', media: '信息技术系', commerce: '财经商贸系', accounting: '财经商贸系',
  mechatronics: '机电工程系', automotive: '机电工程系', cooking: '旅游烹饪系', childcare: '学前教育系',
};

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
export function insertPractice(db: Db, ctx: Context, plans: StaffPlan[], majors: DemoMajor[]): void {
  const { rng, asOfDay } = ctx;
  if (majors.length === 0) return;
  const window = practiceWindow(ctx.asOf);
  const windowStart = toDay(window.start);
  const preServiceFrom = toDay(PRE_SERVICE_RULE_START);
  const insert = rowInserter(db, practiceRecords);

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
      // The draws inside the row (code, position, content, outcome, stamp) are made in this order, as the keys.
      insert({
        staffId: p.id,
        enterpriseName: enterprise.name,
        enterpriseCode: enterprise.code && rng.chance(0.9) ? enterprise.code : null,
        position: profile ? rng.pick(profile.positions) : '综合岗',
        sendingDepartment: p.major ? DEPARTMENTS[p.major.field] : '教务处',
        startDate: fromDay(b.start),
        endDate: fromDay(b.end),
        days: b.days,
        form: b.form,
        content: practiceContent(rng, b.form, profile, p.major?.name ?? null),
        outcome: reviewed ? rng.weighted(OUTCOMES) : null,
        reviewState: reviewed ? '已审核' : '待审核',
        reviewNote: null,
        submittedBy: null,
        updatedAt: stampOf(Math.min(b.end + rng.int(3, 30), asOfDay)),
      });
      ctx.counts.practiceRecords++;
    }
  }
}
