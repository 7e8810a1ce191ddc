// Every record type's export re-imports unchanged (DESIGN §10): a school with records of every kind — optional
// fields filled and left blank, a minority name with ·, full-width characters, a team award with students, staff and
// an outsider — is exported through reports.export as the export page does, and each file is imported into a fresh
// school in dependency order (rosters first). The fresh school's rows are the same, ids and timestamps aside, and no
// row is rejected. Majors and classes are no import kind: the fresh school is given the same ones, as a school
// sets them up before importing students.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';
import { allStaff } from '../../../db/queries/staff';
import { staffFields } from '@shared/staff';
import { allStudents } from '../../../db/queries/students';
import { certificatesWithStudents } from '../../../db/queries/certificates';
import { dualTeacherQueries, honourQueries, staffCertificateQueries } from '../../../db/queries/qualifications';
import type { AwardInput } from '@shared/awards';
import type { ImportKind } from '@shared/import';
import type { InputOf, Method, OutputOf } from '@shared/contract';
import { dispatch } from '@shared/dispatch';
import { openApp, type App } from '../../../electron/appContext';
import { generateDemoSchool } from '../../../seeds/demo';
import { tempDataDir } from '../../helpers/dataDir';

async function setUpMajors(school: TestSchool): Promise<void> {
  await school.ok('majors.create', { code: '710201', name: '计算机应用', category: '电子与信息大类', isCore: true });
  await school.ok('majors.create', { code: '730701', name: '电子商务' });
  await school.ok('classes.create', { name: '计算机2201班', majorName: '计算机应用', entryYear: 2022 });
  await school.ok('classes.create', { name: '电商2301班', majorName: '电子商务', entryYear: 2023 });
}

/** Records of every kind; between them the staff fill every staff field, 联系电话 and the 兼职 fields included. */
async function populate(school: TestSchool): Promise<void> {
  await setUpMajors(school);
  const t1 = await school.ok('staff.create', staffInput({
    name: '陈静', idCard: makeIdCard('1986-04-02', '女', 1), ethnicity: '汉族', politicalStatus: '中共党员', workStartDate: '2008-07-01',
    teachingMajor: '计算机应用', highestEducation: '研究生', highestDegree: '硕士', title: '中级', teacherCertType: '中等职业学校教师资格',
    phone: '0578-2123456', teacherCertNo: '20113310042000123', enterpriseMonths: 26, backboneTeacher: true,
    titleName: '讲师', titleIssuer: '丽水市人力资源和社会保障局', titleDate: '2016-12-30',
  }, 1));
  const t2 = await school.ok('staff.create', staffInput({
    name: '买买提·艾力', ethnicity: '维吾尔族', postCategory: '兼职教师', teachingCategory: '实习指导', highestEducation: '本科', highestDegree: '学士', title: '副高级',
    phone: '13905781234', partTimeEmployer: '浙江丽水智能制造有限公司', partTimePosition: '车间主任', partTimeSkillLevel: '高级技师',
  }, 2));
  await school.ok('staff.create', staffInput({ name: '周明', postCategory: '校外兼课教师', partTimeEmployer: '丽水学院', titleName: '副教授' }, 4));
  const t3 = await school.ok('staff.create', staffInput({
    name: '林小红', idCard: makeIdCard('1979-12-31', '女', 3), postCategory: '行政人员', teachingCategory: undefined, politicalStatus: '群众', status: '退休',
    teachesCourses: true,
  }, 3));

  await school.ok('dualTeacher.create', { staffId: t1.id, values: { level: '初级', certifiedDate: '2021-06-01' } });
  await school.ok('dualTeacher.create', { staffId: t1.id, values: { level: '中级', certifiedDate: '2023-06-01', certifyingBody: '丽水市教育局' } });
  await school.ok('staffCertificate.create', { staffId: t1.id, values: { kind: '职业技能等级证书', name: '电工', level: '三级', issuer: '浙江省职业技能鉴定中心', number: 'S2022-0031', obtainedDate: '2022-05-01' } });
  await school.ok('staffCertificate.create', { staffId: t1.id, values: { kind: '职业资格证书', name: '育婴员', level: '四级' } });
  await school.ok('honour.create', { staffId: t1.id, values: { name: '骨干教师', level: '市级', year: 2022 } });
  await school.ok('honour.create', { staffId: t2.id, values: { name: '名师', level: '省级', year: 2024 } });
  await school.ok('dualTeacher.create', { staffId: t2.id, values: { level: '高级', certifiedDate: '2024-12-20', certifyingBody: '浙江省教育厅' } });

  await school.ok('practice.create', { staffId: t1.id, values: { enterpriseName: '浙江丽水智能制造有限公司', enterpriseCode: '91110000600037341L', position: '装配', sendingDepartment: '机电工程系', startDate: '2024-03-01', endDate: '2024-04-30', days: 45, form: '集中实践', content: '产线实践', outcome: '优秀', reviewState: '已审核' } });
  await school.ok('practice.create', { staffId: t1.id, values: { enterpriseName: '丽水市人民医院', startDate: '2024-07-01', endDate: '2024-07-20', form: '考察调研', reviewState: '待审核' } });
  await school.ok('practice.create', { staffId: t2.id, values: { enterpriseName: '（丽水）云和木玩有限公司', startDate: '2025-01-06', endDate: '2025-01-17', form: '技能培训', reviewState: '已审核' } });

  const s1 = await school.ok('students.create', studentInput(1, {
    name: '阿依古丽·吐尔逊', className: '计算机2201班', majorName: '计算机应用', status: '毕业', destination: '就业', destinationLocal: true, lowIncome: true,
  }));
  const s2 = await school.ok('students.create', studentInput(2, { name: '李小红', majorName: '电子商务', entryYear: 2023, schoolingSystem: '中高职一体化3+2' }));
  await school.ok('students.create', studentInput(3, { name: '王　强', entryYear: 2022, schoolingSystem: '五年一贯制', expectedGraduationYear: 2028, status: '毕业', destination: '升学' }));
  const s4 = await school.ok('students.create', studentInput(4, { name: 'ＳＡＲＡ·李', className: '电商2301班', entryYear: 2023, status: '休学' }));

  await school.ok('certificates.create', { studentId: s1.id, values: { kind: '职业技能等级证书', name: '计算机程序设计员（Ｊａｖａ）', level: '四级', issuer: '丽水市职业技能鉴定指导中心', number: 'L2024-00017', obtainedDate: '2024-06-01' } });
  await school.ok('certificates.create', { studentId: s1.id, values: { kind: '1+X证书', name: 'Web前端开发', level: '初级', obtainedDate: '2025-01-10' } });
  await school.ok('certificates.create', { studentId: s2.id, values: { kind: '其他', name: '普通话水平测试等级证书', level: '二级甲等', obtainedDate: '2024-12-01' } });

  const award = (values: Partial<AwardInput>): AwardInput => ({
    competition: '全国职业院校技能大赛', system: '教育', level: '国家级', year: 2025, event: '电子商务运营', prize: '一等奖', isTeam: false, participants: [], advisors: [],
    ...values,
  });
  for (const values of [
    award({ isTeam: true, participants: [{ studentId: s1.id }, { studentId: s4.id }], advisors: [{ staffId: t1.id }, { externalName: '周教授' }] }),
    award({ competition: '浙江省职业院校技能大赛（教师组）', system: '人社', level: '省级', prize: '二等奖', event: '工业机器人技术应用', participants: [{ staffId: t2.id }] }),
    award({ competition: '莲都区技能比武', system: '行业', level: '县级', prize: '金奖', event: '焊接', isTeam: true, participants: [{ studentId: s2.id }, { externalName: '外校生甲' }, { staffId: t3.id }], advisors: [{ staffId: t2.id }] }),
  ])
    await school.ok('awards.create', values);
}

/** Inspect, take the suggested mapping as it is, commit adding only. */
async function importInto(school: TestSchool, kind: ImportKind, file: OutputOf<'reports.export'>) {
  const source = { kind, fileName: file.fileName, base64: file.base64 };
  const { sheet, columns } = await school.ok('import.inspect', source);
  return school.ok('import.commit', { ...source, sheet, mapping: columns.map(({ column, field }) => ({ column, field })), mode: 'add' });
}

/** What a school holds of each kind, comparable across schools: owners by 工号/学号, ids and timestamps left out. */
async function holdings(school: TestSchool) {
  const db = school.app.store.db;
  const staffNo = new Map(allStaff(db).map((s) => [s.id, s.staffNo]));
  const owned = (rows: readonly { id: number; staffId: number }[]) => rows.map(({ id: _id, staffId, ...r }) => ({ staffNo: staffNo.get(staffId), ...r }));
  const awards = await school.ok('awards.list', {});
  return {
    staff: allStaff(db).map(({ id: _id, updatedAt: _u, ...s }) => s),
    qualifications: [dualTeacherQueries.all(db), staffCertificateQueries.all(db), honourQueries.all(db)].map(owned),
    practice: (await school.ok('practice.list', { pageSize: 500 })).rows.map(({ id: _id, staffId: _s, updatedAt: _u, ...p }) => p),
    students: [...allStudents(db)].map(({ id: _id, majorId: _m, classId: _c, updatedAt: _u, ...s }) => s),
    certificates: certificatesWithStudents(db).map(({ certificate: { id: _id, studentId: _s, ...c }, ...who }) => ({ ...who, ...c })),
    // The detail list orders awards by level and prize, so the fresh school numbers them in that order.
    awards: awards
      .map(({ id: _id, updatedAt: _u, participants, advisors, ...a }) => ({
        ...a,
        people: [...participants, ...advisors].map(({ studentId, staffId, ...p }) => ({ ...p, as: studentId ? '学生' : staffId ? '教职工' : '校外' })),
      }))
      .sort((a, b) => a.competition.localeCompare(b.competition)),
  };
}

describe('every record type exported and imported into a fresh school', () => {
  let source: TestSchool;
  let fresh: TestSchool;
  const commits = {} as Record<ImportKind, OutputOf<'import.commit'>>;
  let before: Awaited<ReturnType<typeof holdings>>;
  let after: typeof before;

  beforeAll(async () => {
    source = await openTestSchool();
    await populate(source);
    fresh = await openTestSchool();
    await setUpMajors(fresh);
    // In dependency order: the records that name a teacher or a student after the rosters that bring them in.
    const exports: [ImportKind, { id: string; includeFullIdCard?: boolean; includePhone?: boolean; year?: number }][] = [
      ['staff', { id: 'staff', includeFullIdCard: true, includePhone: true }],
      ['qualifications', { id: 'teacher-qualifications' }],
      ['practice', { id: 'practice-ledger' }],
      ['students', { id: 'students', includeFullIdCard: true }],
      ['certificates', { id: 'student-certificates' }],
      ['awards', { id: 'awards', year: 2025 }],
    ];
    for (const [kind, request] of exports) commits[kind] = await importInto(fresh, kind, await source.ok('reports.export', request));
    before = await holdings(source);
    after = await holdings(fresh);
  });
  afterAll(() => {
    source?.close();
    fresh?.close();
  });

  it.each([
    ['staff', 4],
    ['qualifications', 7],
    ['practice', 3],
    ['students', 4],
    ['certificates', 3],
    ['awards', 3],
  ] as const)('imports every %s row of the export, none rejected', (kind, rows) => {
    expect(commits[kind]).toMatchObject({ read: rows, imported: rows, updated: 0, rejected: [] });
  });

  it('has the same teachers, qualifications and practice records', () => {
    // every staff field is held by someone, so none can be lost unnoticed
    const heldFields = new Set(before.staff.flatMap((s) => Object.entries(s).filter(([, v]) => v !== null && v !== false && v !== 0).map(([k]) => k)));
    expect(staffFields.map((f) => f.key).filter((k) => !heldFields.has(k))).toEqual([]);
    expect(after.staff).toEqual(before.staff);
    expect(after.qualifications).toEqual(before.qualifications);
    expect(after.practice).toEqual(before.practice);
  });

  it('has the same students, with their majors, classes and certificates', () => {
    expect(after.students).toEqual(before.students);
    expect(after.certificates).toEqual(before.certificates);
  });

  it('has the same awards, each person a student, a teacher or an outsider as before', () => {
    expect(after.awards).toEqual(before.awards);
    expect(after.awards.flatMap((a) => a.people.map((p) => p.as))).toEqual(['学生', '学生', '教职工', '校外', '教职工', '学生', '校外', '教职工', '教职工']);
  });
});

describe('the demo school', () => {
  let app: App;
  let data: { dir: string; cleanup: () => void };
  const ok = async <M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const r = await dispatch(app.handlers, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as OutputOf<M>;
  };
  beforeAll(async () => {
    data = tempDataDir();
    app = await openApp({ dataDir: data.dir });
    generateDemoSchool(app.store.sqlite, { type: '中职', asOf: '2025-10-31' });
  });
  afterAll(() => {
    app.close();
    data.cleanup();
  });

  // The demo is what a school tries first: its certificate and practice lists must import back onto themselves
  // whole, each row finding its own record (no two of its records share the import's key).
  it.each([
    ['student-certificates', 'certificates'],
    ['practice-ledger', 'practice'],
  ] as const)('imports its %s export back onto itself, every row an update', async (id, kind) => {
    const file = await ok('reports.export', { id, includeFullIdCard: true });
    const source = { kind, fileName: file.fileName, base64: file.base64 };
    const inspection = await ok('import.inspect', source);
    const mapping = inspection.columns.map((c) => ({ column: c.column, field: c.field }));
    const dry = await ok('import.dryRun', { ...source, sheet: inspection.sheet, mapping, mode: 'upsert' });
    expect(dry.read).toBeGreaterThan(200);
    expect(dry).toMatchObject({ toAdd: 0, toUpdate: dry.read, rejected: [] });
  });
});
