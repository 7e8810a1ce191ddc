// Review of practice records (DESIGN §12): 退回 needs a reason, which the record keeps while it is 已退回; the
// teacher's corrected record is 待审核 again without it; 通过 makes it 已审核. Each decision is in the 操作记录.
import { describe, expect, it } from 'vitest';
import { dispatch } from '@shared/dispatch';
import { callerFor } from '../../../electron/auth/caller';
import { schoolWithTeacherPerTest } from '../../helpers/school';

const current = schoolWithTeacherPerTest();
const record = { enterpriseName: '丽水某企业', startDate: '2025-03-01', endDate: '2025-03-10', form: '集中实践' as const };

describe('reviewing a practice record', () => {
  it('returns it with a reason, takes it back corrected as 待审核, and passes it', async () => {
    const { school, teacherId } = current;
    const { id } = (await school.ok('practice.create', { staffId: teacherId, values: record })).record;
    const noReason = await school.call('practice.review', { id, decision: '退回' });
    expect(noReason.ok ? null : noReason.error.fieldErrors).toEqual([{ field: 'reason', message: '请写明退回原因：教师会看到它' }]);

    const returned = (await school.ok('practice.review', { id, decision: '退回', reason: '请补充实践岗位' })).record;
    expect([returned.reviewState, returned.reviewNote]).toEqual(['已退回', '请补充实践岗位']);

    const asTeacher = callerFor(school.app.store.db, { role: '教师', staffId: teacherId });
    const corrected = await dispatch(school.app.handlers, 'practice.update', { id, values: { ...record, position: '装配' } }, asTeacher);
    expect(corrected.ok && (corrected.data as { record: { reviewState: string; reviewNote: string | null } }).record).toMatchObject({ reviewState: '待审核', reviewNote: null });

    const passed = (await school.ok('practice.review', { id, decision: '通过' })).record;
    expect([passed.reviewState, passed.reviewNote, passed.position]).toEqual(['已审核', null, '装配']);
    const trail = (await school.ok('audit.list', { pageSize: 50 })).rows.filter((r) => r.field === 'reviewState').map((r) => [r.oldValue, r.newValue]);
    expect(trail).toEqual(expect.arrayContaining([['待审核', '已退回'], ['已退回', '待审核'], ['待审核', '已审核']]));
  });
});
