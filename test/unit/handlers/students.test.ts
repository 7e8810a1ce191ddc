// Majors, classes and students through the dispatcher: validation, uniqueness, references by name, lists, deletes.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client';
import type { App } from '../../../electron/appContext';
import { openSchool, rejection, studentInput } from '../../helpers/students';
import { makeIdCard, staffInput } from '../../helpers/people';

let app: App;
let api: ApiClient;
let close: () => void;
beforeEach(async () => ({ app, api, close } = await openSchool()));
afterEach(() => close());

async function majorAndClass() {
  const major = await api.call('majors.create', { code: '710201', name: '计算机应用', category: '电子与信息大类', isCore: true });
  const klass = await api.call('classes.create', { name: '计算机2201班', majorName: '计算机应用', entryYear: 2022 });
  return { major, klass };
}

describe('majors and classes', () => {
  it('checks the 6-digit catalogue code and its level prefix', async () => {
    expect((await rejection(api.call('majors.create', { code: '7102', name: '计算机应用' }))).fieldErrors).toEqual([
      { field: 'code', message: '专业代码应为6位数字，如 710201' },
    ]);
    expect((await rejection(api.call('majors.create', { code: '810201', name: '计算机应用' }))).fieldErrors).toEqual([
      { field: 'code', message: '专业代码前两位应为 61–79（中职）、41–59（高职专科）或 21–39（职业本科）' },
    ]);
    for (const code of ['610101', '790101', '410101', '590101', '210101', '390101'])
      await expect(api.call('majors.create', { code, name: `专业${code}` })).resolves.toMatchObject({ code });
  });

  it('refuses a second major with the same code or name, naming the holder', async () => {
    await majorAndClass();
    const err = await rejection(api.call('majors.create', { code: '710201', name: '计算机应用' }));
    expect(err.code).toBe('CONFLICT');
    expect(err.fieldErrors).toEqual([
      { field: 'code', message: '专业代码 710201 已是“计算机应用”的代码' },
      { field: 'name', message: '已有名为“计算机应用”的专业（代码 710201）' },
    ]);
  });

  it('names a class’s major by name, and refuses an unknown one', async () => {
    const { major, klass } = await majorAndClass();
    expect(klass).toMatchObject({ majorId: major.id, majorName: '计算机应用', studentCount: 0 });
    const err = await rejection(api.call('classes.create', { name: '电商2201班', majorName: '电子商务', entryYear: 2022 }));
    expect(err.fieldErrors).toEqual([{ field: 'majorName', message: '没有名为“电子商务”的专业，请先在“专业”页添加' }]);
  });

  it('counts each major’s classes and students, and each class’s students', async () => {
    await api.call('majors.create', { code: '730701', name: '电子商务' });
    await api.call('classes.create', { name: '电商2201班', majorName: '电子商务', entryYear: 2022 });
    const { major, klass } = await majorAndClass();
    for (let i = 1; i <= 3; i++) await api.call('students.create', studentInput(i, { className: klass.name }));
    await api.call('students.create', studentInput(4, { className: '电商2201班' }));
    const majors = await api.call('majors.list', {});
    expect(majors.map((m) => [m.name, m.classCount, m.studentCount])).toEqual([['计算机应用', 1, 3], ['电子商务', 1, 1]]);
    expect(majors.find((m) => m.id === major.id)?.studentCount).toBe(3);
    const classes = await api.call('classes.list', {});
    expect(classes.map((c) => [c.name, c.studentCount])).toEqual([['电商2201班', 1], ['计算机2201班', 3]]);
  });

  it('does not delete a major or class that still has students', async () => {
    const { major, klass } = await majorAndClass();
    await api.call('students.create', studentInput(1, { className: klass.name }));
    expect((await rejection(api.call('classes.delete', { id: klass.id }))).message).toBe('班级“计算机2201班”还有 1 名学生，请先调整他们的班级后再删除。');
    expect((await rejection(api.call('majors.delete', { id: major.id }))).message).toMatch(/还有 1 个班级、1 名学生/);
  });
});

describe('students', () => {
  it('takes major from the class, birth date and sex from the ID, graduation year from 学制', async () => {
    const { major, klass } = await majorAndClass();
    const s = await api.call('students.create', studentInput(1, { name: '林　小雨', className: '计算机2201班' }));
    expect(s).toMatchObject({ name: '林小雨', majorId: major.id, classId: klass.id, majorName: '计算机应用', birthDate: '2007-05-01', sex: '男', expectedGraduationYear: 2025 });
    const five = await api.call('students.create', studentInput(2, { schoolingSystem: '五年一贯制' }));
    expect(five.expectedGraduationYear).toBe(2027);
    const integrated = await api.call('students.create', studentInput(3, { schoolingSystem: '中高职一体化3+2' }));
    expect(integrated).toMatchObject({ expectedGraduationYear: 2025, integrated: true });
    const explicit = await api.call('students.create', studentInput(4, { expectedGraduationYear: 2026 }));
    expect(explicit.expectedGraduationYear).toBe(2026);
  });

  it('rejects a duplicate 学号 and 身份证号 with the field and the holder', async () => {
    await api.call('students.create', studentInput(1, { name: '林小雨' }));
    const err = await rejection(api.call('students.create', studentInput(1, { name: '王芳' })));
    expect(err.code).toBe('CONFLICT');
    expect(err.fieldErrors).toEqual([
      { field: 'studentNo', message: '学号 S00001 已被 林小雨 使用' },
      { field: 'idCard', message: '该身份证号已登记（林小雨，学号 S00001）' },
    ]);
    // only the 学号 clashes
    const onlyNo = await rejection(api.call('students.create', studentInput(1, { idCard: makeIdCard('2007-06-01', '女', 9) })));
    expect(onlyNo.fieldErrors?.map((f) => f.field)).toEqual(['studentNo']);
    // a student and a staff member may share nothing but that is not this rule: staff 身份证号 are another roster
    await expect(api.call('staff.create', staffInput({ idCard: studentInput(1).idCard }, 1))).resolves.toBeTruthy();
  });

  it('says in Chinese what is wrong with the ID, the years, the class and the destination', async () => {
    const good = studentInput(1).idCard;
    const wrongId = await rejection(api.call('students.create', studentInput(1, { idCard: good.slice(0, 17) + (good[17] === '0' ? '1' : '0') })));
    expect(wrongId.fieldErrors).toEqual([{ field: 'idCard', message: '身份证号校验位不正确，请核对每一位数字' }]);
    const sex = await rejection(api.call('students.create', studentInput(1, { sex: '女' })));
    expect(sex.fieldErrors).toEqual([{ field: 'sex', message: '性别与身份证号不一致（身份证号显示为男）' }]);
    const years = await rejection(api.call('students.create', studentInput(1, { expectedGraduationYear: 2022 })));
    expect(years.fieldErrors).toEqual([{ field: 'expectedGraduationYear', message: '预计毕业年份应晚于入学年份' }]);
    const noYear = await rejection(api.call('students.create', studentInput(1, { entryYear: '' as unknown as number })));
    expect(noYear.fieldErrors).toEqual([{ field: 'entryYear', message: '此项必填' }]);
    const destination = await rejection(api.call('students.create', studentInput(1, { destination: '就业' })));
    expect(destination.fieldErrors).toEqual([{ field: 'destination', message: '只有学籍状态为“毕业”的学生才填写毕业去向' }]);
    const klass = await rejection(api.call('students.create', studentInput(1, { className: '不存在班' })));
    expect(klass).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field: 'className', message: '没有名为“不存在班”的班级，请先在“班级”页添加' }] });
  });

  it('refuses a class of another major than the one given', async () => {
    await majorAndClass();
    await api.call('majors.create', { code: '730701', name: '电子商务' });
    const err = await rejection(api.call('students.create', studentInput(1, { className: '计算机2201班', majorName: '电子商务' })));
    expect(err.fieldErrors).toEqual([{ field: 'majorName', message: '班级“计算机2201班”属于专业“计算机应用”，与所填专业不一致' }]);
  });

  it('lists with search, filters and pages, 身份证号 masked', async () => {
    const { major, klass } = await majorAndClass();
    await api.call('students.create', studentInput(1, { name: '林小雨', className: klass.name }));
    await api.call('students.create', studentInput(2, { name: '王芳', className: klass.name, status: '休学' }));
    await api.call('students.create', studentInput(3, { name: '林涛', entryYear: 2023 }));
    const names = async (q: Parameters<ApiClient['call']>[1]) => (await api.call('students.list', q as never)).rows.map((r) => r.name);
    expect(await names({ search: '林' })).toEqual(['林小雨', '林涛']);
    expect(await names({ search: 'S00002' })).toEqual(['王芳']);
    expect(await names({ search: studentInput(3).idCard.slice(0, 17) })).toEqual(['林涛']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ classId: klass.id })).toEqual(['林小雨', '王芳']);
    expect(await names({ majorId: major.id, status: '在籍' })).toEqual(['林小雨']);
    expect(await names({ entryYear: 2023 })).toEqual(['林涛']);
    expect(await names({ sortBy: 'name', sortOrder: 'desc', pageSize: 1, page: 2 })).toEqual(['林涛']);
    const list = await api.call('students.list', { pageSize: 1 });
    expect(list.total).toBe(3);
    expect(list.rows[0].idCard).toMatch(/^3311\*{10}\d{3}[\dX]$/);
    expect((await api.call('students.get', { id: list.rows[0].id })).idCard).toBe(studentInput(1).idCard);
  });

  it('deletes a student with their certificates and award links, and audits each', async () => {
    const s = await api.call('students.create', studentInput(1, { name: '林小雨' }));
    const other = await api.call('students.create', studentInput(2, { name: '王芳' }));
    await api.call('certificates.create', { studentId: s.id, values: { kind: '职业技能等级证书', name: '计算机程序设计员', level: '四级', obtainedDate: '2025-01-10' } });
    const award = await api.call('awards.create', {
      competition: '浙江省职业院校技能大赛', system: '教育', level: '省级', year: 2025, event: '网络搭建', prize: '一等奖', isTeam: true,
      participants: [{ studentId: s.id }, { studentId: other.id }],
    });
    expect(await api.call('students.delete', { id: s.id })).toEqual({ id: s.id, certificatesRemoved: 1, awardLinksRemoved: 1 });
    expect((await rejection(api.call('students.get', { id: s.id }))).code).toBe('NOT_FOUND');
    const [after] = await api.call('awards.list', { year: 2025 });
    expect(after.participants.map((p) => p.name)).toEqual(['王芳']);
    expect(after.id).toBe(award.id);
    const audit = app.store.sqlite.prepare("select entity, action, label from audit_log where action = '删除' order by id").all();
    expect(audit).toEqual([
      { entity: 'certificate', action: '删除', label: '林小雨（S00001）：计算机程序设计员' },
      { entity: 'student', action: '删除', label: '林小雨（S00001）' },
    ]);
  });

  it('audits an update field by field, with the 身份证号 masked', async () => {
    const s = await api.call('students.create', studentInput(1));
    await api.call('students.update', { id: s.id, values: studentInput(1, { status: '毕业', destination: '就业', destinationLocal: true }) });
    const rows = app.store.sqlite.prepare("select field, old_value as old, new_value as new from audit_log where action = '修改' order by field").all();
    expect(rows).toEqual([
      { field: 'destination', old: null, new: '就业' },
      { field: 'destinationLocal', old: null, new: '是' },
      { field: 'status', old: '在籍', new: '毕业' },
    ]);
  });
});
