import type { Handlers } from '@shared/contract';
import { awardSummary, type AwardValues, type PersonRef } from '@shared/awards';
import type { FieldIssue } from '@shared/errors';
import {
  awardsToCount, deleteAward, existingPeople, getAward, insertAward, listAwards, peopleOfAwards, updateAward, type AwardPersonRef, type AwardRecord,
} from '../../db/queries/awards';
import { auditChange } from '../../db/queries/audit';
import { untilDataChanges } from '../../db/memo';
import type { Db } from '../../db/open';
import { inTransaction, type HandlerContext } from '../records/context';
import { assertNoIssues, found } from '../records/guards';

type AwardsHandlers = Pick<Handlers, 'awards.list' | 'awards.create' | 'awards.update' | 'awards.delete' | 'awards.summary'>;

const awardLabel = (a: AwardRecord) => `${a.year}年 ${a.competition} ${a.event} ${a.prize}`;

/** Awards with their people, participants and advisors apart. Grouped in one pass: a city has thousands of awards,
 * and filtering every person for every award took over a minute. */
function withPeople<A extends { id: number }, P extends AwardPersonRef>(rows: A[], people: P[]) {
  const byAward = new Map(rows.map((r) => [r.id, { participants: [] as Omit<P, 'awardId' | 'role'>[], advisors: [] as Omit<P, 'awardId' | 'role'>[] }]));
  for (const { awardId, role, ...person } of people) byAward.get(awardId)![role === '参赛' ? 'participants' : 'advisors'].push(person);
  return rows.map((r) => ({ ...r, ...byAward.get(r.id)! }));
}

/** The year's (or every year's) counts, remembered until the data changes: the overview asks for both. */
const summaryOf = untilDataChanges((db: Db, year?: number) => {
  const { awards, people } = awardsToCount(db, year);
  return awardSummary(withPeople(awards, people));
});

export function awardsHandlers(ctx: HandlerContext): AwardsHandlers {
  const db = () => ctx.store.db;
  const requireAward = (id: number) => found(getAward(db(), id), '找不到这条获奖记录，可能已被删除。');

  /** With each person's name and 学号/工号, as the awards page shows them. */
  const withNamedPeople = (rows: AwardRecord[]) => withPeople(rows, peopleOfAwards(db(), rows.map((r) => r.id)));

  /** Picked students and staff must still exist (someone may have deleted them meanwhile). */
  const checkPeople = (v: AwardValues) => {
    const ids = (list: PersonRef[], key: 'studentId' | 'staffId') => list.map((p) => p[key]).filter((x) => x !== null);
    const all = [...v.participants, ...v.advisors];
    const existing = existingPeople(db(), ids(all, 'studentId'), ids(all, 'staffId'));
    const missing = (field: 'participants' | 'advisors', list: PersonRef[]): FieldIssue[] =>
      list.flatMap((p, i) =>
        (p.studentId !== null && !existing.students.has(p.studentId)) || (p.staffId !== null && !existing.staff.has(p.staffId))
          ? [{ field, message: `第${i + 1}位${field === 'participants' ? '参赛者' : '指导教师'}已不在名册中，请重新选择` }]
          : [],
      );
    assertNoIssues([...missing('participants', v.participants), ...missing('advisors', v.advisors)], 'VALIDATION');
  };

  return {
    'awards.list': (filter) => withNamedPeople(listAwards(db(), filter)),
    'awards.create': (values) =>
      inTransaction(ctx, () => {
        checkPeople(values);
        const row = insertAward(db(), values);
        auditChange(db(), ctx, 'award', row.id, awardLabel(row), null, row);
        return withNamedPeople([row])[0];
      }),
    'awards.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        const before = requireAward(id);
        checkPeople(values);
        const row = updateAward(db(), id, values);
        auditChange(db(), ctx, 'award', id, awardLabel(row), before, row);
        return withNamedPeople([row])[0];
      }),
    'awards.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const before = requireAward(id);
        deleteAward(db(), id);
        auditChange(db(), ctx, 'award', id, awardLabel(before), before, null);
        return { id };
      }),
    'awards.summary': ({ year }) => summaryOf(db(), year),
  };
}
