// 技能大赛获奖情况统计表 (DESIGN §5.5) for year Y: awards by level × prize, won with students and with staff as
// competitors, counted as awardSummary and the awardCounts indicator count them (an award with both counts in both;
// advisors and outsiders are not winners); and the detail list with every award's people.
import type { Db } from '../../db/open';
import { listAwards, peopleOfAwards, type AwardPersonRow, type AwardRecord } from '../../db/queries/awards';
import { awardSummary } from '../../shared/awards';
import { AWARD_LEVELS, PRIZES } from '../../shared/vocab';
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, joined, seqColumn, type ReportPeriod, type ValueColumn } from './table';

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

function summaryRows(awards: readonly AwardRecord[], people: PeopleByAward): (string | number)[][] {
  const role = (a: AwardRecord, r: AwardPersonRow['role']) => (people.get(a.id) ?? []).filter((p) => p.role === r);
  const cells = awardSummary(awards.map((a) => ({ ...a, participants: role(a, '参赛'), advisors: role(a, '指导') })));
  return AWARD_LEVELS.map((level) => [
    level,
    ...SIDES.flatMap(({ key }) => {
      const counts = PRIZES.map((prize) => cells.find((c) => c.level === level && c.prize === prize)?.[key] ?? 0);
      return [...counts, counts.reduce((a, b) => a + b, 0)];
    }),
  ]);
}

interface AwardDetail {
  award: AwardRecord;
  students: string | null;
  staff: string | null;
  advisors: string | null;
}

const DETAIL_COLUMNS: ValueColumn<AwardDetail>[] = [
  seqColumn(),
  { header: '比赛名称', kind: 'text', width: 26, value: (d) => d.award.competition },
  { header: '赛项', kind: 'text', width: 20, value: (d) => d.award.event },
  { header: '级别', kind: 'text', width: 7, align: 'center', value: (d) => d.award.level },
  { header: '奖项', kind: 'text', width: 8, align: 'center', value: (d) => d.award.prize },
  { header: '年度', kind: 'text', width: 6, align: 'center', value: (d) => String(d.award.year) },
  { header: '参赛学生', kind: 'text', width: 20, value: (d) => d.students },
  { header: '参赛教师', kind: 'text', width: 14, value: (d) => d.staff },
  { header: '指导教师', kind: 'text', width: 14, value: (d) => d.advisors },
  { header: '团体/个人', kind: 'text', width: 10, align: 'center', value: (d) => (d.award.isTeam ? '团体' : '个人') },
];

function detail(award: AwardRecord, people: PeopleByAward): AwardDetail {
  const own = people.get(award.id) ?? [];
  const participants = own.filter((p) => p.role === '参赛');
  const outsiders = participants.filter((p) => p.studentId === null && p.staffId === null).map((p) => `${p.name}（校外）`);
  const students = participants.filter((p) => p.studentId !== null).map((p) => p.name);
  const staff = participants.filter((p) => p.staffId !== null).map((p) => p.name);
  // An outsider on a team competes beside the school's students, or else beside its staff.
  const outsidersWithStudents = students.length > 0 || staff.length === 0;
  return {
    award,
    students: joined(outsidersWithStudents ? [...students, ...outsiders] : students, '、'),
    staff: joined(outsidersWithStudents ? staff : [...staff, ...outsiders], '、'),
    advisors: joined(
      own.filter((p) => p.role === '指导').map((p) => (p.staffId === null ? `${p.name}（校外）` : p.name)),
      '、',
    ),
  };
}

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
    itemSheet({ ...head, sheetName: '技能大赛获奖明细', title: DETAIL_TITLE }, DETAIL_COLUMNS, awards.map((a) => detail(a, people))),
  ];
}
