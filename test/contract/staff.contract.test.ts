// The same staff scenarios over the in-process and the loopback HTTP transport must give identical results.
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api/transport';
import { onBothTransports } from '../helpers/twoTransports';
import { makeIdCard, staffInput } from '../helpers/people';

async function scenario(call: Transport) {
  const out: Record<string, unknown> = {};
  out.noSchool = await call('school.get', {});
  out.setup = await call('school.setup', { name: '丽水市示范职业学校', code: '3633000001', type: '中职', region: '莲都区', cutoffDate: '2025-08-31' });
  out.setupTwice = await call('school.setup', { name: '另一所', type: '中职', cutoffDate: '2025-08-31' });
  out.badSchoolCode = await call('school.update', { name: '丽水市示范职业学校', code: '12345', type: '中职', cutoffDate: '2025-08-31' });
  out.create = await call('staff.create', staffInput({ name: '王　伟', phone: '13812345678' }, 1));
  out.create2 = await call('staff.create', staffInput({ name: '买买提.艾力', idCard: makeIdCard('1990-07-01', '男', 2), teachingCategory: '公共基础课' }, 2));
  const good = makeIdCard('1988-01-01', '女', 3);
  out.wrongCheckDigit = await call('staff.create', staffInput({ idCard: good.slice(0, 17) + (good[17] === '0' ? '1' : '0') }, 3));
  out.sexMismatch = await call('staff.create', staffInput({ idCard: makeIdCard('1988-01-01', '女', 4), sex: '男' }, 4));
  out.birthMismatch = await call('staff.create', staffInput({ idCard: makeIdCard('1988-01-01', '女', 5), birthDate: '1988-01-02' }, 5));
  out.duplicate = await call('staff.create', staffInput({ idCard: makeIdCard('1985-03-12', '男', 1) }, 1));
  out.futureJoin = await call('staff.create', staffInput({ joinDate: '2999-01-01' }, 6));
  out.search = await call('staff.list', { search: '王' });
  out.searchById = await call('staff.list', { search: makeIdCard('1985-03-12', '男', 1).slice(0, 10) });
  out.filter = await call('staff.list', { teachingCategory: '公共基础课' });
  const created = out.create as { ok: true; data: { id: number } };
  out.update = await call('staff.update', { id: created.data.id, values: staffInput({ name: '王伟', title: '副高级' }, 1) });
  out.updateMissing = await call('staff.update', { id: 999, values: staffInput({}, 7) });
  out.delete = await call('staff.delete', { id: created.data.id });
  out.afterDelete = await call('staff.list', {});
  out.unknownMethod = await call('staff.drop', {});
  out.malformed = await call('staff.create', 'not an object');
  out.wrongTypes = await call('staff.list', { page: 'one' });
  return out;
}

describe('one contract, two transports', () => {
  const both = onBothTransports(scenario);

  it('gives identical results in-process and over HTTP', () => {
    const [local, http] = both.results();
    expect(http).toEqual(local);
  });

  it('answers each case as a registrar expects', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the scenario's answers are arbitrary JSON
    const r = both.results()[0] as Record<string, { ok: boolean; data?: any; error?: any }>;
    expect(r.noSchool).toEqual({ ok: true, data: null });
    expect(r.setup.ok).toBe(true);
    expect(r.setupTwice.error.code).toBe('CONFLICT');
    expect(r.badSchoolCode.error.fieldErrors).toEqual([{ field: 'code', message: '学校标识码应为10位数字' }]);
    // names lose alignment spaces, keep the minority middle dot; birth date and sex come from the ID
    expect(r.create.data).toMatchObject({ name: '王伟', birthDate: '1985-03-12', sex: '男' });
    expect(r.create2.data.name).toBe('买买提·艾力');
    expect(r.wrongCheckDigit.error.fieldErrors).toEqual([{ field: 'idCard', message: '身份证号校验位不正确，请核对每一位数字' }]);
    expect(r.sexMismatch.error.fieldErrors[0]).toEqual({ field: 'sex', message: '性别与身份证号不一致（身份证号显示为女）' });
    expect(r.birthMismatch.error.fieldErrors[0].field).toBe('birthDate');
    expect(r.duplicate.error.code).toBe('CONFLICT');
    expect(r.duplicate.error.fieldErrors.map((f: { field: string }) => f.field).sort()).toEqual(['idCard', 'staffNo']);
    expect(r.futureJoin.error.fieldErrors).toEqual([{ field: 'joinDate', message: '日期不能晚于今天' }]);
    // lists mask 身份证号 and phone
    expect(r.search.data.total).toBe(1);
    expect(r.search.data.rows[0].idCard).toMatch(/^3311\*{10}\d{3}[\dX]$/);
    expect(r.search.data.rows[0].phone).toBe('138****5678');
    expect(r.searchById.data.total).toBe(1);
    expect(r.filter.data.rows.map((x: { name: string }) => x.name)).toEqual(['买买提·艾力']);
    expect(r.update.data.title).toBe('副高级');
    expect(r.updateMissing.error.code).toBe('NOT_FOUND');
    expect(r.delete.ok).toBe(true);
    expect(r.afterDelete.data.total).toBe(1);
    expect(r.unknownMethod.error.code).toBe('UNKNOWN_METHOD');
    expect(r.malformed.error.code).toBe('VALIDATION');
    expect(r.wrongTypes.error.fieldErrors[0].field).toBe('page');
  });

  it('writes nothing when a call is rejected', async () => {
    const list = await both.app().handlers['staff.list']({ page: 1, pageSize: 100, sortBy: 'staffNo', sortOrder: 'asc' });
    expect(list.rows.map((x) => x.staffNo)).toEqual(['T0002']);
  });
});
