// Certificates through the dispatcher: level spellings, bulk entry all-or-nothing, and the rate of DESIGN §4.2 on a
// hand-made cohort.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client';
import type { App } from '../../../electron/appContext';
import type { CertificateInput } from '@shared/certificates';
import type { SchoolType } from '@shared/vocab';
import { openSchool, rejection, studentInput } from '../../helpers/students';

let app: App;
let api: ApiClient;
let close: (() => void) | undefined;
afterEach(() => close?.());

async function school(type: SchoolType = '中职') {
  ({ app, api, close } = await openSchool(type));
  await api.call('majors.create', { code: '710201', name: '计算机应用' });
  await api.call('majors.create', { code: '730701', name: '电子商务' });
  const a = await api.call('classes.create', { name: '计算机2201班', majorName: '计算机应用', entryYear: 2022 });
  const b = await api.call('classes.create', { name: '电商2201班', majorName: '电子商务', entryYear: 2022 });
  return { a, b };
}

const cert = (kind: CertificateInput['kind'], level: string | null, obtainedDate = '2025-05-20'): CertificateInput => ({
  kind, name: kind === '1+X证书' ? 'Web前端开发' : '计算机程序设计员', level, issuer: '浙江省人社厅', obtainedDate,
});

const certificateCount = () => app.store.sqlite.prepare('select count(*) from student_certificates').pluck().get();

describe('a certificate changed', () => {
  it('takes every field given, stays its student’s, and is audited field by field', async () => {
    await school();
    const s = await api.call('students.create', studentInput(1));
    const other = await api.call('students.create', studentInput(2));
    const created = await api.call('certificates.create', { studentId: s.id, values: cert('职业技能等级证书', '五级') });
    const values = { ...cert('职业技能等级证书', '中级工', '2025-06-30'), issuer: null, number: 'S0000331234' };
    const updated = await api.call('certificates.update', { id: created.id, values });
    expect(updated).toMatchObject({ id: created.id, studentId: s.id, level: '四级', issuer: null, number: 'S0000331234', obtainedDate: '2025-06-30' });
    expect(await api.call('certificates.list', { studentId: s.id })).toEqual([updated]);
    expect(await api.call('certificates.list', { studentId: other.id })).toEqual([]);
    const changes = (await api.call('audit.list', { action: '修改', pageSize: 10 })).rows.map((r) => [r.field, r.oldValue, r.newValue]);
    expect(changes).toEqual(expect.arrayContaining([['level', '五级', '四级'], ['obtainedDate', '2025-05-20', '2025-06-30']]));
  });
});

describe('certificate levels', () => {
  it('stores every common spelling as one level', async () => {
    await school();
    const s = await api.call('students.create', studentInput(1));
    const stored = async (kind: CertificateInput['kind'], level: string | null) =>
      (await api.call('certificates.create', { studentId: s.id, values: cert(kind, level) })).level;
    for (const spelling of ['四级', '4级', '４级', '中级工', '四级（中级工）', '四级/中级工', '国家职业资格四级', '中级工（四级）'])
      expect(await stored('职业技能等级证书', spelling)).toBe('四级');
    expect(await stored('职业资格证书', '高级技师')).toBe('一级');
    expect(await stored('职业资格证书', '技师')).toBe('二级');
    expect(await stored('职业资格证书', '三级（高级工）')).toBe('三级');
    expect(await stored('职业资格证书', '五级')).toBe('五级');
    expect(await stored('1+X证书', '中级')).toBe('中级');
    expect(await stored('1+X证书', '初级证书')).toBe('初级');
    expect(await stored('其他', '')).toBe(null);
  });

  it('refuses a level it cannot read, or one that contradicts itself', async () => {
    await school();
    const s = await api.call('students.create', studentInput(1));
    const issue = async (kind: CertificateInput['kind'], level: string | null) =>
      (await rejection(api.call('certificates.create', { studentId: s.id, values: cert(kind, level) }))).fieldErrors;
    expect(await issue('职业技能等级证书', '四级（高级工）')).toEqual([
      { field: 'level', message: '等级“四级（高级工）”前后矛盾：四级是中级工，三级是高级工' },
    ]);
    expect(await issue('职业技能等级证书', '')).toEqual([{ field: 'level', message: '请填写等级：五级（初级工）至一级（高级技师）' }]);
    expect(await issue('职业技能等级证书', '优秀')).toEqual([
      { field: 'level', message: '无法识别的等级“优秀”，应为五级至一级，或初级工、中级工、高级工、技师、高级技师' },
    ]);
    expect(await issue('1+X证书', '四级')).toEqual([{ field: 'level', message: '无法识别的1+X证书等级“四级”，应为初级、中级或高级' }]);
    expect(certificateCount()).toBe(0);
  });
});

describe('certificates for a class in one go', () => {
  it('records the certificate for every ticked student', async () => {
    const { a } = await school();
    const ids = [];
    for (let i = 1; i <= 3; i++) ids.push((await api.call('students.create', studentInput(i, { className: a.name }))).id);
    expect(await api.call('certificates.bulkCreate', { classId: a.id, studentIds: ids.slice(0, 2), values: cert('职业技能等级证书', '中级工') })).toEqual({ created: 2 });
    const levels = await Promise.all(ids.map(async (studentId) => (await api.call('certificates.list', { studentId })).map((c) => c.level)));
    expect(levels).toEqual([['四级'], ['四级'], []]);
    const batches = app.store.sqlite.prepare("select count(distinct batch_id) as batches, count(*) as entries from audit_log where entity = 'certificate'").get();
    expect(batches).toEqual({ batches: 1, entries: 2 });
  });

  it('writes nothing when one student is unknown or in another class', async () => {
    const { a, b } = await school();
    const inA = (await api.call('students.create', studentInput(1, { className: a.name }))).id;
    const inB = (await api.call('students.create', studentInput(2, { className: b.name }))).id;
    const wrongClass = await rejection(api.call('certificates.bulkCreate', { classId: a.id, studentIds: [inA, inB], values: cert('职业技能等级证书', '四级') }));
    expect(wrongClass).toMatchObject({ code: 'VALIDATION', fieldErrors: [{ field: 'studentIds' }] });
    expect(wrongClass.message).toBe(`有 1 名所选学生不存在或不在班级“计算机2201班”中（编号 ${inB}），没有保存任何证书。请刷新后重新勾选。`);
    const unknown = await rejection(api.call('certificates.bulkCreate', { classId: a.id, studentIds: [inA, 999], values: cert('职业技能等级证书', '四级') }));
    expect(unknown.code).toBe('VALIDATION');
    const future = await rejection(api.call('certificates.bulkCreate', { classId: a.id, studentIds: [inA], values: cert('职业技能等级证书', '四级', '2999-01-01') }));
    expect(future.fieldErrors?.map((f) => f.message)).toEqual(['日期不能晚于今天']);
    expect(certificateCount()).toBe(0);
  });
});

describe('certificate rate (DESIGN §4.2)', () => {
  /** 中职 cohort of 2025: four counted, one who left, one of 2026. */
  async function cohort(type: SchoolType) {
    const { a, b } = await school(type);
    const add = async (i: number, klass: string, over = {}) => (await api.call('students.create', studentInput(i, { className: klass, ...over }))).id;
    const s1 = await add(1, a.name);
    const s2 = await add(2, a.name, { status: '毕业' });
    const s3 = await add(3, a.name);
    const s4 = await add(4, b.name);
    const left = await add(5, b.name, { status: '退学' });
    const nextYear = await add(6, b.name, { entryYear: 2023 });
    const give = (studentId: number, c: CertificateInput) => api.call('certificates.create', { studentId, values: c });
    return { a, b, s1, s2, s3, s4, left, nextYear, give };
  }

  it('counts the cohort: leavers out, late certificates out, 五级 not enough for 中职, 1+X 初级 enough', async () => {
    const { s1, s2, s3, s4, left, nextYear, give } = await cohort('中职');
    await give(s1, cert('职业技能等级证书', '四级'));
    await give(s2, cert('职业资格证书', '五级'));
    await give(s3, cert('1+X证书', '初级'));
    await give(s4, cert('职业技能等级证书', '四级', '2025-09-01'));
    await give(left, cert('职业技能等级证书', '三级'));
    await give(nextYear, cert('职业技能等级证书', '三级'));
    const r = await api.call('certificates.rate', { year: 2025 });
    expect(r).toMatchObject({ cutoffDate: '2025-08-31', schoolType: '中职', thresholds: { minSkillLevel: '四级', minXCertLevel: '初级' } });
    expect(r.school).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(r.byMajor.map((m) => [m.majorName, m.numerator, m.denominator])).toEqual([['计算机应用', 2, 3], ['电子商务', 0, 1]]);
    expect(r.byClass.map((c) => [c.className, c.numerator, c.denominator])).toEqual([['计算机2201班', 2, 3], ['电商2201班', 0, 1]]);
    // per major adds up to the school
    expect(r.byMajor.reduce((n, m) => n + m.numerator, 0)).toBe(r.school.numerator);
    expect(r.byMajor.reduce((n, m) => n + m.denominator, 0)).toBe(r.school.denominator);
    expect(r.lacking.map((s) => [s.studentNo, s.name, s.className])).toEqual([['S00002', '学生2', '计算机2201班'], ['S00004', '学生4', '电商2201班']]);
    // the overview asks for the rates alone
    expect(await api.call('certificates.rate', { year: 2025, listLacking: false })).toEqual({ ...r, lacking: [] });
    // a later cut-off takes the September certificate
    expect((await api.call('certificates.rate', { year: 2025, cutoffDate: '2025-12-31' })).school).toEqual({ numerator: 3, denominator: 4, value: 0.75 });
  });

  it('for 高职 needs 三级 or 1+X 中级', async () => {
    const { s1, s2, s3, s4, give } = await cohort('高职');
    await give(s1, cert('职业技能等级证书', '四级'));
    await give(s2, cert('职业技能等级证书', '三级'));
    await give(s3, cert('1+X证书', '初级'));
    await give(s4, cert('1+X证书', '中级'));
    const r = await api.call('certificates.rate', { year: 2025 });
    expect(r.thresholds).toEqual({ minSkillLevel: '三级', minXCertLevel: '中级' });
    expect(r.school).toEqual({ numerator: 2, denominator: 4, value: 0.5 });
    expect(r.lacking.map((s) => s.studentNo)).toEqual(['S00001', 'S00003']);
  });

  it('follows the thresholds setting, and answers null for an empty cohort', async () => {
    const { s2, give } = await cohort('中职');
    await give(s2, cert('职业资格证书', '五级'));
    expect((await api.call('certificates.rate', { year: 2025 })).school.numerator).toBe(0);
    const settings = await api.call('certificates.getThresholds', {});
    await api.call('certificates.setThresholds', { ...settings, 中职: { minSkillLevel: '五级', minXCertLevel: '初级' } });
    expect((await api.call('certificates.rate', { year: 2025 })).school).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    expect((await api.call('certificates.rate', { year: 2025, listLacking: false })).school).toEqual({ numerator: 1, denominator: 4, value: 0.25 });
    expect((await api.call('certificates.getThresholds', {})).中职.minSkillLevel).toBe('五级');
    expect((await api.call('certificates.rate', { year: 2030 })).school).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('lists by major code, class name and 学号 whatever order the students were entered in, the unplaced first', async () => {
    const { a } = await school();
    await api.call('classes.create', { name: '计算机2202班', majorName: '计算机应用', entryYear: 2022 });
    // 学号 and the order of entry both disagree with the listing: 电商 first, the later 计算机 class before the earlier,
    // the one with neither major nor class last
    for (const [i, className] of [[1, '电商2201班'], [2, '计算机2202班'], [4, a.name], [3, a.name], [9, undefined]] as const)
      await api.call('students.create', studentInput(i, className ? { className } : {}));
    const r = await api.call('certificates.rate', { year: 2025 });
    expect(r.lacking.map((s) => [s.studentNo, s.className])).toEqual([
      ['S00009', null], ['S00003', '计算机2201班'], ['S00004', '计算机2201班'], ['S00002', '计算机2202班'], ['S00001', '电商2201班'],
    ]);
    expect(r.byMajor.map((m) => m.majorName)).toEqual([null, '计算机应用', '电子商务']);
    expect(r.byClass.map((c) => c.className)).toEqual([null, '计算机2201班', '计算机2202班', '电商2201班']);
    // the overview's rates alone, counted in SQL: the same figures in the same order
    expect(await api.call('certificates.rate', { year: 2025, listLacking: false })).toEqual({ ...r, lacking: [] });
  });
});
