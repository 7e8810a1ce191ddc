// 技能大赛获奖情况统计表 (DESIGN §5.5) for year Y: awards by level × prize, won with students and with staff as
// competitors, counted as awardSummary and the awardCounts indicator count them (an award with both counts in both;
// advisors and outsiders are not winners); and the detail list with every award's people, in the columns of the
// 技能大赛获奖 import.
import type { Db } from '../../db/open';
import { listAwards, peopleOfAwards, type AwardPersonRow, type AwardRecord } from '../../db/queries/awards';
import { awardFields, awardPeopleFields, awardSummary, peopleCell } from '@shared/awards';
import { AWARD_LEVELS, PRIZES } from '@shared/vocab';
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { fieldColumn, itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const AWARDS_TITLE = '技能大赛获奖情况统计表';
const DETAIL_TITLE = '技能大赛获奖明细表';

const SIDES = [
  { group: '学生获奖（项）', key: 'studentAwards' },
  { group: '教师获奖（项）', key: 'staffAwards' },
] as const;

const SUMMARY_COLUMNS: ReportColumn[] = [
  { header: '级别', kind: 'text', width: 8, align: 'center' },
  ...SIDES.flatMap(({ group }) => [...PRIZES, '小计'].map((header): ReportColumn => ({ header, group, kind: 'integer', width: 7, align: 'center', sum: true }))),
];

type PeopleByAward = Map<number, AwardPersonRow[]>;

function peopleOf(award: AwardRecord, people: PeopleByAward): { participants: AwardPersonRow[]; advisors: AwardPersonRow[] } {
  const own = people.get(award.id) ?? [];
  return { participants: own.filter((p) => p.role === '参赛'), advisors: own.filter((p) => p.role === '指导') };
}

function summaryRows(awards: readonly AwardRecord[], people: PeopleByAward): (string | number)[][] {
  const cells = awardSummary(awards.map((a) => ({ ...a, ...peopleOf(a, people) })));
  return AWARD_LEVELS.map((level) => [
    level,
    ...SIDES.flatMap(({ key }) => {
      const counts = PRIZES.map((prize) => cells.find((c) => c.level === level && c.prize === prize)?.[key] ?? 0);
      return [...counts, counts.reduce((a, b) => a + b, 0)];
    }),
  ]);
}

type AwardDetail = { award: AwardRecord } & ReturnType<typeof peopleOf>;

type AwardField = (typeof awardFields)[number]['key'];
const centred = { align: 'center' } as const;
const LAYOUT: Record<AwardField, Partial<ReportColumn>> = {
  year: { width: 6, ...centred },
  competition: { width: 26 },
  event: { width: 20 },
  system: { width: 9, ...centred },
  level: { width: 7, ...centred },
  prize: { width: 8, ...centred },
  isTeam: { width: 7, ...centred },
};

// Every award field and the people as the 技能大赛获奖 import reads them, so the list re-imports unchanged.
const DETAIL_COLUMNS: ValueColumn<AwardDetail>[] = [
  seqColumn(),
  ...awardFields.map((f) => fieldColumn<AwardDetail, AwardField>(awardFields, f.key, LAYOUT[f.key], (d) => d.award[f.key])),
  fieldColumn<AwardDetail, 'participants' | 'advisors'>(awardPeopleFields, 'participants', { width: 34 }, (d) => peopleCell(d.participants)),
  fieldColumn<AwardDetail, 'participants' | 'advisors'>(awardPeopleFields, 'advisors', { width: 22 }, (d) => peopleCell(d.advisors)),
];

export function buildAwardSheets(db: Db, period: ReportPeriod): ReportSheet[] {
  const awards = listAwards(db, { year: period.year }).sort(
    (a, b) =>
      AWARD_LEVELS.indexOf(a.level) - AWARD_LEVELS.indexOf(b.level) || PRIZES.indexOf(a.prize) - PRIZES.indexOf(b.prize) || a.id - b.id,
  );
  const people: PeopleByAward = new Map();
  for (const p of peopleOfAwards(db, awards.map((a) => a.id))) people.set(p.awardId, [...(people.get(p.awardId) ?? []), p]);
  const head = { schoolName: period.schoolName, period: { label: '年度', value: String(period.year) } };
  return [
    { ...head, sheetName: '技能大赛获奖情况统计', title: AWARDS_TITLE, columns: SUMMARY_COLUMNS, rows: summaryRows(awards, people) },
    itemSheet({ ...head, sheetName: '技能大赛获奖明细', title: DETAIL_TITLE }, DETAIL_COLUMNS, awards.map((a) => ({ award: a, ...peopleOf(a, people) }))),
  ];
}
