// 双师型认定, 职业资格 / 技能等级证书 and 名优称号: kept per staff member, validated in Chinese, audited.
import { describe, expect, it } from 'vitest';
import { schoolWithTeacherPerTest } from '../../helpers/school';

const current = schoolWithTeacherPerTest();

const audit = (entity: string) =>
  current.school.app.store.sqlite.prepare('select action, label, field, new_value as newValue from audit_log where entity = ? order by id').all(entity);

describe('双师型认定', () => {
  it('adds, edits, lists and deletes, each audited', async () => {
    const added = await current.school.ok('dualTeacher.create', { staffId: current.teacherId, values: { level: '中级', certifiedDate: '2023-12-20', certifyingBody: '丽水市教育局' } });
    await current.school.ok('dualTeacher.update', { id: added.id, values: { level: '高级', certifiedDate: '2023-12-20', certifyingBody: '丽水市教育局' } });
    expect(await current.school.ok('dualTeacher.list', { staffId: current.teacherId })).toEqual([
      { id: added.id, staffId: current.teacherId, level: '高级', certifiedDate: '2023-12-20', certifyingBody: '丽水市教育局' },
    ]);
    await current.school.ok('dualTeacher.delete', { id: added.id });
    expect(await current.school.ok('dualTeacher.list', { staffId: current.teacherId })).toEqual([]);
    expect(audit('dualTeacherCertification')).toEqual([
      { action: '新增', label: '陈静（T0001）的双师型认定：中级（2023-12-20）', field: null, newValue: null },
      { action: '修改', label: '陈静（T0001）的双师型认定：高级（2023-12-20）', field: 'level', newValue: '高级' },
      { action: '删除', label: '陈静（T0001）的双师型认定：高级（2023-12-20）', field: null, newValue: null },
    ]);
  });

  it('refuses a future date, a level outside 初级/中级/高级, and an unknown teacher', async () => {
    const future = await current.school.call('dualTeacher.create', { staffId: current.teacherId, values: { level: '中级', certifiedDate: '2999-01-01' } });
    expect(!future.ok && future.error.fieldErrors).toEqual([{ field: 'certifiedDate', message: '日期不能晚于今天' }]);
    const level = await current.school.call('dualTeacher.create', { staffId: current.teacherId, values: { level: '特级' as never, certifiedDate: '2020-01-01' } });
    expect(!level.ok && level.error.fieldErrors).toEqual([{ field: 'level', message: '请从以下选项中选择：初级、中级、高级' }]);
    const unknown = await current.school.call('dualTeacher.create', { staffId: 999, values: { level: '中级', certifiedDate: '2020-01-01' } });
    expect(!unknown.ok && unknown.error.code).toBe('NOT_FOUND');
    const missing = await current.school.call('dualTeacher.delete', { id: 999 });
    expect(!missing.ok && missing.error.message).toBe('找不到这条双师型认定，可能已被删除，请刷新后重试。');
  });
});

describe('职业资格与技能等级证书', () => {
  it('keeps the level as 五级…一级 whether written 四级, 中级工 or 三级（高级工）', async () => {
    const base = { kind: '职业技能等级证书' as const, name: '电工', issuer: '浙江省职业技能鉴定中心' };
    await current.school.ok('staffCertificate.create', { staffId: current.teacherId, values: { ...base, level: '中级工' } });
    await current.school.ok('staffCertificate.create', { staffId: current.teacherId, values: { ...base, level: '三级（高级工）' } });
    await current.school.ok('staffCertificate.create', { staffId: current.teacherId, values: { ...base, level: '一级' } });
    expect((await current.school.ok('staffCertificate.list', { staffId: current.teacherId })).map((c) => c.level)).toEqual(['四级', '三级', '一级']);
    const wrong = await current.school.call('staffCertificate.create', { staffId: current.teacherId, values: { ...base, level: '六级' } });
    expect(!wrong.ok && wrong.error.fieldErrors).toEqual([{ field: 'level', message: '等级应为五级（初级工）至一级（高级技师）之一' }]);
    expect(audit('staffCertificate')[0]).toMatchObject({ action: '新增', label: '陈静（T0001）的职业资格/技能等级证书：电工 四级（中级工）' });
  });
});

describe('名优称号', () => {
  it('saves a title with its level and year, and refuses a year to come', async () => {
    const saved = await current.school.ok('honour.create', { staffId: current.teacherId, values: { name: '骨干教师', level: '市级', year: '2022' as never } });
    expect(saved).toMatchObject({ name: '骨干教师', level: '市级', year: 2022 });
    const future = await current.school.call('honour.create', { staffId: current.teacherId, values: { name: '名师', level: '省级', year: new Date().getFullYear() + 1 } });
    expect(!future.ok && future.error.fieldErrors).toEqual([{ field: 'year', message: '年份不能晚于今年' }]);
    const blank = await current.school.call('honour.create', { staffId: current.teacherId, values: { name: '', level: '省级', year: null as never } });
    expect(!blank.ok && blank.error.fieldErrors).toEqual([
      { field: 'name', message: '此项必填' },
      { field: 'year', message: '请填写年份' },
    ]);
  });

  it('goes with the staff member when they are deleted', async () => {
    await current.school.ok('honour.create', { staffId: current.teacherId, values: { name: '学科带头人', level: '县级', year: 2020 } });
    await current.school.ok('staff.delete', { id: current.teacherId });
    expect(current.school.app.store.sqlite.prepare('select count(*) from staff_honours').pluck().get()).toBe(0);
  });
});
