// 技能大赛获奖: participants and advisors named in one cell each (张三（S001）、李四 / 张三 李四). What a list leaves
// out is inferred: 赛事系统 and 级别 from the competition's name, 团体 from several participants, 年度 from 获奖时间.
import type { FieldDescriptor } from '@shared/fields';
import type { FieldIssue } from '@shared/errors';
import { awardFields, awardInputSchema, awardPeopleFields, levelOfCompetition, systemOfCompetition } from '@shared/awards';
import { listAwards, peopleOfAwards } from '../../../db/queries/awards';
import { actionFor, parseWith, text, throughHandlers } from './common';
import { namesInCell, personRefOf } from './people';

const AWARD_DATE = 'awardDate';

const awardDateField: FieldDescriptor = {
  key: AWARD_DATE,
  label: '获奖时间',
  kind: 'date',
  section: '比赛',
  synonyms: ['获奖日期', '比赛时间', '比赛日期', '颁奖时间', '获奖年月'],
  help: '没有“年度”列时，年度取获奖时间的年份',
};

/** The form's default where the name does not tell (AwardForm opens on 教育). */
const DEFAULT_SYSTEM = '教育';

export const awardsAdapter = throughHandlers({
  kind: 'awards',
  fields: [...awardFields, ...awardPeopleFields, awardDateField],
  inferred: { system: '比赛名称（不能判断时为“教育”）', year: '获奖时间', level: '比赛名称', isTeam: '参赛者人数' },
  plan(values, mode, db) {
    const issues: FieldIssue[] = [];
    const warnings: string[] = [];
    const people = (field: 'participants' | 'advisors') =>
      namesInCell(text(values[field])).flatMap((token) => {
        const r = personRefOf(db, token, field === 'advisors');
        if ('issue' in r) issues.push({ field, message: r.issue });
        if ('outsider' in r) warnings.push(r.warning);
        return 'ref' in r ? [r.ref] : 'outsider' in r ? [r.outsider] : [];
      });
    const { [AWARD_DATE]: awardDate, ...own } = values;
    const participants = people('participants');
    const competition = text(own.competition);
    const input = {
      ...own,
      participants,
      advisors: people('advisors'),
      system: own.system ?? (competition ? (systemOfCompetition(competition) ?? DEFAULT_SYSTEM) : undefined),
      level: own.level ?? (competition ? (levelOfCompetition(competition) ?? undefined) : undefined),
      isTeam: own.isTeam ?? (participants.length > 1 ? '是' : undefined),
      year: own.year ?? (typeof awardDate === 'string' && /^\d{4}-/.test(awardDate) ? awardDate.slice(0, 4) : undefined),
    };
    if (issues.length) return issues;
    const parsed = parseWith(awardInputSchema, input);
    if (!parsed.ok) return parsed.issues.map((i) => (i.field === 'year' && awardDate !== undefined && own.year === undefined ? { ...i, field: AWARD_DATE } : i));
    const v = parsed.data;
    // The same award: one competition, event and prize of a year won by the same first participant.
    const candidates = listAwards(db, { year: v.year }).filter((a) => a.competition === v.competition && a.event === v.event && a.prize === v.prize);
    const first = v.participants[0];
    const existing = peopleOfAwards(db, candidates.map((a) => a.id)).find(
      (p) => p.role === '参赛' && p.studentId === first.studentId && p.staffId === first.staffId && p.externalName === first.externalName,
    );
    const what = `${v.year}年${v.competition}“${v.event}”${v.prize}`;
    const action = actionFor(existing, mode, what, 'event');
    if (typeof action !== 'string') return action;
    return {
      action,
      label: what,
      fileKeys: [{ field: 'event', key: `${what}（${text(values.participants)}）` }],
      warnings,
      write: (h) => (existing ? h['awards.update']({ id: existing.awardId, values: v }) : h['awards.create'](v)),
    };
  },
});
