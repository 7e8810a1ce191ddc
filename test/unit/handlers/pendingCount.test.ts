// Whether a teacher's own records count before 教务 passes them (DESIGN §12): by default they are shown apart and do
// not count, on the board, the teacher's page, the indicators and the reports alike; a setting counts the 待审核 ones.
// A record the school entered counts whatever its 审核状态, so a school that never uses the network sees no change.
import { describe, expect, it } from 'vitest';
import { dispatch } from '@shared/dispatch';
import type { Method } from '@shared/contract';
import type { PracticeRow } from '@shared/practice';
import { actingAs } from '../../../electron/auth/acting';
import { callerFor } from '../../../electron/auth/caller';
import { schoolWithTeacherPerTest } from '../../helpers/school';

const current = schoolWithTeacherPerTest();
const AS_OF = '2025-08-31';
const schoolEntered = { enterpriseName: '丽水某机械厂', startDate: '2025-01-06', endDate: '2025-02-04', form: '集中实践' as const, reviewState: '待审核' as const };
const teacherLogged = { enterpriseName: '丽水某电子厂', startDate: '2025-03-01', endDate: '2025-04-29', form: '集中实践' as const };

async function signedInTeacher() {
  const { school, teacherId } = current;
  const staffNo = (await school.ok('staff.get', { id: teacherId })).staffNo;
  const { user } = await school.ok('users.create', { login: 'chenjing', name: '陈静', role: '教师', staffNo });
  const caller = callerFor(school.app.store.db, { role: '教师', staffId: teacherId });
  return async <T = { record: PracticeRow }>(method: Method, input: unknown): Promise<T> => {
    const answer = await actingAs(user, () => dispatch(school.app.handlers, method, input, caller));
    if (!answer.ok) throw new Error(answer.error.message);
    return answer.data as T;
  };
}

const board = async () => (await current.school.ok('practice.statusBoard', { asOf: AS_OF })).rows[0];
const headcount = async () => (await current.school.ok('indicators.compute', { asOf: AS_OF, year: 2025 })).indicators.find((i) => i.id === 'practiceHeadcount')!;
const setCountPending = (countPending: boolean) => current.school.ok('practice.settings.set', { requiredDays: 180, windowYears: 5, fixedCycle: null, countPending });

describe('a teacher’s records awaiting review', () => {
  it('count only once passed, shown apart until then, while what the school entered counts as it is', async () => {
    const { school, teacherId } = current;
    await school.ok('practice.create', { staffId: teacherId, values: schoolEntered });
    expect(await board()).toMatchObject({ days: 30, pendingDays: 0 });
    expect((await headcount()).rule, 'a school that never used the network reads its rule unchanged').not.toContain('审核');

    const asTeacher = await signedInTeacher();
    const { record } = await asTeacher('practice.create', { staffId: teacherId, values: teacherLogged });
    expect(record).toMatchObject({ reviewState: '待审核', submittedBy: expect.any(Number) });
    expect(await board()).toMatchObject({ days: 30, pendingDays: 60, shortfallDays: 150 });
    const mine = await asTeacher<unknown>('practice.teacherSummary', { staffId: teacherId, asOf: AS_OF });
    expect(mine).toMatchObject({ compliance: { days: 30, pendingDays: 60 }, reviewCounting: '教师填报的记录审核通过后计入' });
    expect(await headcount()).toMatchObject({ value: 1, rule: expect.stringContaining('审核通过后计入') });

    const preview = await school.ok('reports.preview', { id: 'practice-status', asOf: AS_OF });
    const sheet = preview.sheets[0];
    const cell = (header: string) => sheet.rows[0][sheet.headers.indexOf(`五年内企业实践·${header}`)];
    expect([cell('已累计天数'), cell('待审核天数')]).toEqual(['30', '60']);

    await setCountPending(true);
    expect(await board()).toMatchObject({ days: 90, pendingDays: 0 });
    expect(await headcount()).toMatchObject({ value: 2, rule: expect.stringContaining('待审核记录也计入') });
    await setCountPending(false);

    await school.ok('practice.review', { id: record.id, decision: '退回', reason: '请上传盖章的证明' });
    expect(await board()).toMatchObject({ days: 30, pendingDays: 0 });
    await setCountPending(true);
    expect(await board(), 'a returned record never counts').toMatchObject({ days: 30, pendingDays: 0 });
    await setCountPending(false);

    await asTeacher('practice.update', { id: record.id, values: { ...teacherLogged, position: '装配' } });
    expect(await board()).toMatchObject({ days: 30, pendingDays: 60 });
    await school.ok('practice.review', { id: record.id, decision: '通过' });
    expect(await board()).toMatchObject({ days: 90, pendingDays: 0 });
    expect(await headcount()).toMatchObject({ value: 2 });
  });

  it('becomes the teacher’s to have reviewed when they change a record the school entered', async () => {
    const { school, teacherId } = current;
    const { record } = await school.ok('practice.create', { staffId: teacherId, values: schoolEntered });
    expect(record.submittedBy).toBeNull();
    const asTeacher = await signedInTeacher();
    await asTeacher('practice.update', { id: record.id, values: { ...schoolEntered, days: 20 } });
    expect(await board()).toMatchObject({ days: 0, pendingDays: 20 });
    // the 操作记录 names the teacher as 操作人, not an account number in a field
    const trail = (await school.ok('audit.list', { pageSize: 50 })).rows.filter((r) => r.entity === 'practice' && r.action === '修改');
    expect(trail.map((r) => [r.field, r.by])).toEqual([['days', '陈静（chenjing）']]);
    // 教务 correcting it again keeps it the teacher's until passed
    await school.ok('practice.update', { id: record.id, values: { ...schoolEntered, days: 25 } });
    expect(await board()).toMatchObject({ days: 0, pendingDays: 25 });
  });
});
