// The data-quality panel (quality.check): each check on hand-made records, the records to fix named by 工号 or 学号,
// and an answer that follows the data when a record is fixed.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import type { QualityCheckId } from '@shared/quality';

let school: TestSchool;
beforeEach(async () => (school = await openTestSchool()));
afterEach(() => school.close());

const check = async (id: QualityCheckId) => (await school.ok('quality.check', {})).find((c) => c.id === id)!;
const addTeacher = async (seq: number, overrides: Parameters<typeof staffInput>[0] = {}) =>
  (await school.ok('staff.create', staffInput({ name: `教师${seq}`, ...overrides }, seq))).id;
const addPractice = (staffId: number, startDate: string, endDate: string, form: '集中实践' | '岗前实践' = '集中实践') =>
  school.ok('practice.create', { staffId, values: { enterpriseName: '丽水智造有限公司', startDate, endDate, form } });

describe('quality.check', () => {
  it('names each teacher whose practice records overlap, the overlapping spans in date order whatever order they were entered in', async () => {
    const overlapping = await addTeacher(2);
    const apart = await addTeacher(1);
    await addPractice(overlapping, '2024-07-01', '2024-07-31');
    await addPractice(overlapping, '2024-03-01', '2024-07-10');
    await addPractice(overlapping, '2023-01-01', '2023-01-31');
    await addPractice(apart, '2024-03-01', '2024-03-31');
    await addPractice(apart, '2024-04-01', '2024-04-30');

    expect(await check('overlappingPractice')).toMatchObject({
      count: 1,
      items: [{ ref: 'T0002', name: '教师2', detail: '2024-03-01～2024-07-10 与 2024-07-01～2024-07-31' }],
    });
  });

  it('flags a new teacher without enterprise work whose 岗前实践 is missing or ends more than 30 days after joining', async () => {
    await addTeacher(1, { joinDate: '2024-09-01' });
    const late = await addTeacher(2, { joinDate: '2024-09-01' });
    const inTime = await addTeacher(3, { joinDate: '2024-09-01' });
    await addTeacher(4, { joinDate: '2024-09-01', enterpriseMonths: 24 });
    await addTeacher(5, { joinDate: '2015-09-01' }); // before the 2016 rule
    await addTeacher(6, { joinDate: '2024-09-01', teachingCategory: '公共基础课' }); // the rule does not apply
    await addPractice(late, '2024-09-15', '2024-10-20', '岗前实践');
    await addPractice(inTime, '2024-08-01', '2024-08-31', '集中实践');
    await addPractice(inTime, '2024-09-05', '2024-10-01', '岗前实践');

    const { count, items } = await check('preServicePractice');
    expect(count).toBe(2);
    expect(items.map((i) => i.ref)).toEqual(['T0001', 'T0002']);
    expect(items[0].detail).toContain('没有岗前实践记录（应于 2024-10-01 前完成）');
    expect(items[1].detail).toBe('岗前实践应于来校日期后30天内（2024-10-01 前）完成，现有记录结束得更晚');
  });

  it('lists 专任教师 without 任教类别, 双师型 teachers without a certificate and students without 预计毕业年份', async () => {
    await addTeacher(1, { teachingCategory: undefined });
    await addTeacher(2, { teachingCategory: undefined, status: '离职' }); // no longer serving
    const dual = await addTeacher(3);
    await school.ok('dualTeacher.create', { staffId: dual, values: { level: '中级', certifiedDate: '2023-06-01' } });
    await school.ok('students.create', studentInput(1));
    await school.ok('students.create', studentInput(2, { name: '林涛' }));
    // the forms always fill it in; records kept before they did may lack it
    school.app.store.sqlite.prepare('update students set expected_graduation_year = null where student_no = ?').run('S00002');

    expect((await check('missingTeachingCategory')).items).toEqual([{ ref: 'T0001', name: '教师1', detail: '请在教职工信息中填写任教类别' }]);
    expect((await check('dualTeacherWithoutCertificate')).items).toEqual([{ ref: 'T0003', name: '教师3', detail: '已认定双师型，但没有登记证书' }]);
    expect((await check('studentWithoutGraduationYear')).items).toEqual([{ ref: 'S00002', name: '林涛', detail: '请填写预计毕业年份' }]);
  });

  it('answers anew once a record is fixed, though the answer is remembered while nothing changes', async () => {
    const teacher = await addTeacher(1);
    await addPractice(teacher, '2024-03-01', '2024-04-30');
    const second = await addPractice(teacher, '2024-04-01', '2024-05-31');
    expect((await check('overlappingPractice')).count).toBe(1);
    expect((await check('overlappingPractice')).count).toBe(1);
    await school.ok('practice.update', { id: second.record.id, values: { enterpriseName: '丽水智造有限公司', startDate: '2024-05-01', endDate: '2024-05-31', form: '集中实践' } });
    expect((await check('overlappingPractice')).count).toBe(0);
  });
});
