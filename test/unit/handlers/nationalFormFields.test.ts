// The staff and practice fields the national forms need: 校外兼课教师 apart from 兼职教师, 专业技术职务 with its name,
// issuer and date (a name the titles' table knows filling or checking the level), and 派出部门 of a practice record,
// through the form and from a registrar's roster.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { rejection } from '../../helpers/students';

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
});
afterEach(() => school.close());

const csv = (kind: 'staff' | 'practice', lines: string[]) => ({ kind, fileName: `${kind}.csv`, base64: Buffer.from(lines.join('\n')).toString('base64') });

async function importAll(source: ReturnType<typeof csv>) {
  const inspection = await school.ok('import.inspect', source);
  const run = { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'add' as const };
  return { inspection, dryRun: await school.ok('import.dryRun', run), commit: () => school.ok('import.commit', run) };
}

describe('专业技术职务', () => {
  it('takes the level from a name the titles’ table knows, and refuses a name that disagrees with the level', async () => {
    const a = await school.ok('staff.create', staffInput({ titleName: '高级讲师', titleIssuer: '浙江省人力资源和社会保障厅', titleDate: '2019-12-30' }, 1));
    expect([a.title, a.titleName, a.titleIssuer, a.titleDate]).toEqual(['副高级', '高级讲师', '浙江省人力资源和社会保障厅', '2019-12-30']);
    // a name no table knows leaves the level to the registrar
    expect((await school.ok('staff.create', staffInput({ titleName: '特聘专家' }, 2))).title).toBeNull();
    const err = await rejection(school.call('staff.create', staffInput({ title: '中级', titleName: '高级讲师' }, 3)).then((r) => (r.ok ? r.data : Promise.reject(r))));
    expect(err.fieldErrors).toEqual([{ field: 'title', message: '专业技术职务“高级讲师”属副高级，与专业技术职称“中级”不一致' }]);
  });

  it('is read from a roster that names the title in one column and its issuer and date in others', async () => {
    const lines = ['工号,姓名,身份证号,来校日期,岗位类别,职称名称,发证单位,职称取得时间'];
    [['高级讲师', '浙江省人社厅', '2018.12'], ['工程师', '丽水市人社局', '2015年6月'], ['一级实习指导教师', '丽水市人社局', '20200701']].forEach(([name, issuer, date], i) =>
      lines.push(`T${i + 1},王伟${i},${makeIdCard('1980-01-01', '男', i + 1)},2012-09-01,专任教师,${name},${issuer},${date}`));
    const { inspection, commit } = await importAll(csv('staff', lines));
    expect(inspection.columns.map((c) => [c.header, c.field]).slice(5)).toEqual([['职称名称', 'titleName'], ['发证单位', 'titleIssuer'], ['职称取得时间', 'titleDate']]);
    expect((await commit()).rejected).toEqual([]);
    const rows = (await school.ok('staff.list', { pageSize: 10 })).rows;
    expect(rows.map((r) => [r.staffNo, r.title, r.titleName, r.titleDate])).toEqual([
      ['T1', '副高级', '高级讲师', '2018-12-01'], ['T2', '中级', '工程师', '2015-06-01'], ['T3', '中级', '一级实习指导教师', '2020-07-01'],
    ]);
  });

  it('keeps the name a 职称 column holds as the 专业技术职务名称, but not a level written in words', async () => {
    const lines = ['工号,姓名,身份证号,来校日期,岗位类别,职称'];
    ['高级讲师', '副高', '高级工程师', '中级职称'].forEach((title, i) => lines.push(`T${i + 1},王伟${i},${makeIdCard('1980-01-01', '男', i + 1)},2012-09-01,专任教师,${title}`));
    const { commit } = await importAll(csv('staff', lines));
    expect((await commit()).rejected).toEqual([]);
    const rows = (await school.ok('staff.list', { pageSize: 10 })).rows;
    expect(rows.map((r) => [r.staffNo, r.title, r.titleName])).toEqual([['T1', '副高级', '高级讲师'], ['T2', '副高级', null], ['T3', '副高级', '高级工程师'], ['T4', '中级', null]]);
  });
});

describe('校外兼课教师', () => {
  it('is a post of its own: the platform’s 校外兼课 and 校外兼职 land apart, and 聘请校外教师 is asked about', async () => {
    const lines = ['工号,姓名,身份证号,来校日期,岗位类别,工作单位'];
    [['校外兼课', '丽水学院'], ['校外兼职', '丽水某科技有限公司'], ['聘请校外教师', '丽水某医院']].forEach(([post, employer], i) =>
      lines.push(`W${i + 1},李明${i},${makeIdCard('1975-01-01', '男', i + 11)},2020-09-01,${post},${employer}`));
    const { dryRun } = await importAll(csv('staff', lines));
    expect(dryRun.unmapped.map((u) => [u.value, u.candidates])).toEqual([['聘请校外教师', ['兼职教师', '校外兼课教师']]]);
    expect(dryRun.toAdd).toBe(2);
  });

  it('counts in neither the 兼职教师比例 nor the 专任教师', async () => {
    await school.ok('staff.create', staffInput({}, 1));
    await school.ok('staff.create', staffInput({ postCategory: '兼职教师' }, 2));
    await school.ok('staff.create', staffInput({ postCategory: '校外兼课教师' }, 3));
    const { indicators } = await school.ok('indicators.compute', { asOf: '2025-08-31' });
    const byId = Object.fromEntries(indicators.map((i) => [i.id, [i.numerator, i.denominator]]));
    expect(byId.partTimeTeacherRatio).toEqual([1, 1]);
    expect(byId.studentTeacherRatio).toEqual([0, 1]);
  });
});

describe('派出部门', () => {
  it('is kept on a practice record from the form and from a ledger column', async () => {
    const { id } = await school.ok('staff.create', staffInput({}, 1));
    const made = await school.ok('practice.create', { staffId: id, values: { enterpriseName: '丽水某企业', startDate: '2025-03-01', endDate: '2025-03-10', form: '集中实践', sendingDepartment: '机电工程系' } });
    expect(made.record.sendingDepartment).toBe('机电工程系');
    const { inspection, commit } = await importAll(csv('practice', ['工号,实践企业,开始日期,结束日期,实践形式,派出系部', 'T0001,丽水某企业,2025-04-01,2025-04-05,集中实践,信息技术系']));
    expect(inspection.columns.find((c) => c.header === '派出系部')?.field).toBe('sendingDepartment');
    expect((await commit()).rejected).toEqual([]);
    const rows = (await school.ok('practice.list', { staffId: id, pageSize: 10 })).rows;
    expect(rows.map((r) => [r.startDate, r.sendingDepartment])).toEqual([['2025-04-01', '信息技术系'], ['2025-03-01', '机电工程系']]);
  });
});
