// A 教师 account through the one dispatcher (DESIGN §12): their own practice records, evidence and status, and by
// no id anyone else's — lists are narrowed to them, and a record of another teacher, or one that does not exist, is
// refused with the same sentence.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dispatch } from '@shared/dispatch';
import { ALREADY_REVIEWED, NOT_YOUR_RECORD } from '@shared/authorise';
import { callerFor } from '../../../electron/auth/caller';
import { openTestSchool, TINY_PNG_BASE64, type TestSchool } from '../../helpers/school';
import { staffInput } from '../../helpers/people';

let school: TestSchool;
const ids = { mine: 0, theirs: 0, myRecord: 0, theirRecord: 0, theirEvidence: 0, myEvidence: 0 };
const record = { enterpriseName: '丽水某企业', startDate: '2025-03-01', endDate: '2025-03-10', form: '集中实践' as const };

beforeAll(async () => {
  school = await openTestSchool();
  ids.mine = (await school.ok('staff.create', staffInput({ name: '陈静' }, 1))).id;
  ids.theirs = (await school.ok('staff.create', staffInput({ name: '李娜' }, 2))).id;
  ids.myRecord = (await school.ok('practice.create', { staffId: ids.mine, values: record })).record.id;
  ids.theirRecord = (await school.ok('practice.create', { staffId: ids.theirs, values: { ...record, enterpriseName: '另一企业' } })).record.id;
  ids.myEvidence = (await school.ok('practice.evidence.add', { practiceId: ids.myRecord, fileName: 'a.png', base64: TINY_PNG_BASE64 })).id;
  ids.theirEvidence = (await school.ok('practice.evidence.add', { practiceId: ids.theirRecord, fileName: 'b.png', base64: TINY_PNG_BASE64 })).id;
});
afterAll(() => school.close());

const asTeacher = (method: string, input: unknown) => dispatch(school.app.handlers, method, input, callerFor(school.app.store.db, { role: '教师', staffId: ids.mine }));
const refusal = async (method: string, input: unknown) => {
  const r = await asTeacher(method, input);
  return r.ok ? 'allowed' : r.error.message;
};

describe('a 教师 account', () => {
  it('lists only its own practice records, asked for or not', async () => {
    const r = await asTeacher('practice.list', {});
    expect(r.ok && (r.data as { rows: { staffId: number }[] }).rows.map((x) => x.staffId)).toEqual([ids.mine]);
    expect(await refusal('practice.list', { staffId: ids.theirs })).toBe(NOT_YOUR_RECORD);
  });

  it('adds, changes and removes its own records and evidence', async () => {
    expect(await refusal('practice.teacherSummary', { staffId: ids.mine })).toBe('allowed');
    const made = await asTeacher('practice.create', { staffId: ids.mine, values: { ...record, startDate: '2025-04-01', endDate: '2025-04-03' } });
    expect(made.ok).toBe(true);
    const id = (made as { data: { record: { id: number } } }).data.record.id;
    expect(await refusal('practice.update', { id, values: { ...record, startDate: '2025-04-01', endDate: '2025-04-02' } })).toBe('allowed');
    expect(await refusal('practice.evidence.get', { id: ids.myEvidence })).toBe('allowed');
    expect(await refusal('practice.delete', { id })).toBe('allowed');
  });

  it.each([
    ['practice.create', () => ({ staffId: ids.theirs, values: record })],
    ['practice.update', () => ({ id: ids.theirRecord, values: record })],
    ['practice.delete', () => ({ id: ids.theirRecord })],
    ['practice.teacherSummary', () => ({ staffId: ids.theirs })],
    ['practice.evidence.list', () => ({ practiceId: ids.theirRecord })],
    ['practice.evidence.add', () => ({ practiceId: ids.theirRecord, fileName: 'c.png', base64: TINY_PNG_BASE64 })],
    ['practice.evidence.get', () => ({ id: ids.theirEvidence })],
    ['practice.evidence.delete', () => ({ id: ids.theirEvidence })],
    ['staff.get', () => ({ id: ids.theirs })],
    ['dualTeacher.list', () => ({ staffId: ids.theirs })],
    // an id that names nothing gets the same answer: no probing which records exist
    ['practice.delete', () => ({ id: 99_999 })],
    ['practice.evidence.get', () => ({ id: 'x' })],
  ] as const)('cannot %s another teacher’s record', async (method, input) => {
    expect(await refusal(method, input())).toBe(NOT_YOUR_RECORD);
  });

  it('enters its records as 待审核 whatever it sends, and cannot change or withdraw one once reviewed', async () => {
    const made = await asTeacher('practice.create', { staffId: ids.mine, values: { ...record, startDate: '2025-05-01', endDate: '2025-05-02', reviewState: '已审核' } });
    const mine = (made as { data: { record: { id: number; reviewState: string } } }).data.record;
    expect(mine.reviewState).toBe('待审核');
    await school.ok('practice.update', { id: mine.id, values: { ...record, startDate: '2025-05-01', endDate: '2025-05-02', reviewState: '已审核' } });
    for (const [method, input] of [
      ['practice.update', { id: mine.id, values: { ...record, startDate: '2025-05-01', endDate: '2025-05-03' } }],
      ['practice.delete', { id: mine.id }],
      ['practice.evidence.add', { practiceId: mine.id, fileName: 'd.png', base64: TINY_PNG_BASE64 }],
    ] as const)
      expect(await refusal(method, input), method).toBe(ALREADY_REVIEWED);
    // its evidence can still be opened
    expect(await refusal('practice.evidence.list', { practiceId: mine.id })).toBe('allowed');
  });

  it('leaves the other teacher’s records as they were', async () => {
    const theirs = await school.ok('practice.list', { staffId: ids.theirs });
    expect(theirs.rows.map((r) => [r.id, r.enterpriseName, r.evidenceCount])).toEqual([[ids.theirRecord, '另一企业', 1]]);
  });

  it('cannot read the school’s lists, figures or reports', async () => {
    for (const method of ['staff.list', 'students.list', 'indicators.compute', 'reports.export', 'audit.list', 'users.list'])
      expect(await refusal(method, {}), method).toBe('没有权限：教师账号不能进行这项操作');
  });
});
