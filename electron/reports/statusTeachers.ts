// The status-data platform's teacher tables (职业院校人才培养工作状态数据采集与管理平台, A6), in the platform's column
// order as its 2019 templates have it (docs/FORMS.md): A6-1-1 校内专任教师, A6-2-1 校内兼课人员, A6-3-1 校外兼职教师,
// A6-4-1 校外兼课教师, the 挂职锻炼（顶岗实践） part of A6-1-3 / A6-2-3 from the practice records, and a 填表说明 sheet
// saying the period, whom each table holds, how the derived columns are counted and which columns the app leaves
// blank. Columns the app holds no data for stay in place, blank, so a sheet pastes into the platform's template.
import type { Db } from '../../db/open';
import { allStaff, type StaffRecord } from '../../db/queries/staff';
import { dualTeacherQueries, honourQueries, staffCertificateQueries } from '../../db/queries/qualifications';
import { majors } from '../../db/schema';
import { schoolYearPeriodText, schoolYearWindow } from '@shared/dates';
import { highestDualCertifications, highestSkillCertificates, skillLevelLabel } from '@shared/qualifications';
import { countPracticeDays, type ComplianceSettings } from '@shared/rules/practice';
import { countedPractice, reviewNoteFor, type PracticeRecord } from '../../db/queries/practice';
import type { ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const STATUS_TEACHERS_TITLE = '状态数据采集平台教师表';

type Certificate = ReturnType<typeof staffCertificateQueries.all>[number];

interface TeacherRow {
  teacher: StaffRecord;
  /** 行业、企业一线工作时间: years in all (企业工作经历 and practice to the cut-off), days in the school year */
  industryYears: number;
  industryDaysThisYear: number;
  dualQualified: boolean;
  famousTeacher: boolean;
  certificate: Certificate | null;
  majorCode: string | null;
}

interface AttachmentRow {
  teacher: StaffRecord;
  record: PracticeRecord;
  daysThisYear: number;
}

const YES_NO = (v: boolean) => (v ? '是' : '否');
/** 年月 as the platform writes it: 198009. */
const yearMonth = (date: string | null | undefined) => (date ? `${date.slice(0, 4)}${date.slice(5, 7)}` : null);
const DAYS_PER_YEAR = 365;
/** 教学名师 among the 名优称号: the platform's 是否教学名师. */
const FAMOUS_TEACHER = /名师/;

const INDUSTRY = '行业、企业一线工作时间';
const TITLE = '专业技术职务（最高）';
const CERTIFICATE = '职业资格证书（最高）';
const HIGHER_ED_CERT = '高校教师资格证书';
const MAJOR = '行政所属专业';

const blank = <T,>(header: string, width = 10, group?: string): ValueColumn<T> => ({ header, group, kind: 'text', width, value: () => null });

function personColumns<T extends { teacher: StaffRecord }>(): ValueColumn<T>[] {
  return [
    { header: '教工号', kind: 'text', code: true, width: 10, align: 'center', value: (r) => r.teacher.staffNo },
    { header: '姓名', kind: 'text', width: 10, value: (r) => r.teacher.name },
    { header: '性别', kind: 'text', width: 5, align: 'center', value: (r) => r.teacher.sex },
    { header: '出生年月', kind: 'text', code: true, width: 8, align: 'center', value: (r) => yearMonth(r.teacher.birthDate) },
    { header: '民族', kind: 'text', width: 8, align: 'center', value: (r) => r.teacher.ethnicity },
  ];
}

const educationColumns = <T extends { teacher: StaffRecord }>(): ValueColumn<T>[] => [
  { header: '学历', kind: 'text', width: 9, align: 'center', value: (r) => r.teacher.highestEducation },
  { header: '学位', kind: 'text', width: 6, align: 'center', value: (r) => r.teacher.highestDegree },
];

const industryColumns: ValueColumn<TeacherRow>[] = [
  { header: '历年（年）', group: INDUSTRY, kind: 'decimal', width: 9, value: (r) => r.industryYears },
  { header: '本学年（天）', group: INDUSTRY, kind: 'integer', width: 9, value: (r) => r.industryDaysThisYear },
];

const titleColumns = <T extends { teacher: StaffRecord }>(): ValueColumn<T>[] => [
  { header: '等级', group: TITLE, kind: 'text', width: 7, align: 'center', value: (r) => r.teacher.title },
  { header: '名称（全称）', group: TITLE, kind: 'text', width: 14, value: (r) => r.teacher.titleName },
  { header: '发证单位（全称）', group: TITLE, kind: 'text', width: 18, value: (r) => r.teacher.titleIssuer },
  { header: '获取日期（年月）', group: TITLE, kind: 'text', code: true, width: 9, align: 'center', value: (r) => yearMonth(r.teacher.titleDate) },
];

const certificateColumns = (levelFallback: (t: StaffRecord) => string | null = () => null): ValueColumn<TeacherRow>[] => [
  { header: '等级', group: CERTIFICATE, kind: 'text', width: 14, value: (r) => (r.certificate?.level ? skillLevelLabel(r.certificate.level) : levelFallback(r.teacher)) },
  { header: '名称（全称）', group: CERTIFICATE, kind: 'text', width: 16, value: (r) => r.certificate?.name },
  { header: '发证单位（全称）', group: CERTIFICATE, kind: 'text', width: 18, value: (r) => r.certificate?.issuer },
  { header: '获取日期（年月）', group: CERTIFICATE, kind: 'text', code: true, width: 9, align: 'center', value: (r) => yearMonth(r.certificate?.obtainedDate) },
];

const higherEdCertColumns = (): ValueColumn<TeacherRow>[] => [blank('发证单位（全称）', 14, HIGHER_ED_CERT), blank('获取日期（年月）', 9, HIGHER_ED_CERT)];

const flagColumns = (withProfessional: boolean): ValueColumn<TeacherRow>[] => [
  ...(withProfessional
    ? [{ header: '是否专业教师', kind: 'text', width: 7, align: 'center', value: (r) => YES_NO(r.teacher.teachingCategory === '专业课' || r.teacher.teachingCategory === '实习指导') } satisfies ValueColumn<TeacherRow>]
    : []),
  { header: '是否骨干教师', kind: 'text', width: 7, align: 'center', value: (r) => YES_NO(r.teacher.backboneTeacher) },
  { header: '是否双师素质教师', kind: 'text', width: 8, align: 'center', value: (r) => YES_NO(r.dualQualified) },
  { header: '是否教学名师', kind: 'text', width: 7, align: 'center', value: (r) => YES_NO(r.famousTeacher) },
];

const majorColumns: ValueColumn<TeacherRow>[] = [
  { header: '专业代码', group: MAJOR, kind: 'text', code: true, width: 8, align: 'center', value: (r) => r.majorCode },
  { header: '专业名称', group: MAJOR, kind: 'text', width: 16, value: (r) => r.teacher.teachingMajor },
];

const FULL_TIME_COLUMNS: ValueColumn<TeacherRow>[] = [
  seqColumn(),
  blank('教师所属系部（教学单位）', 12),
  ...personColumns<TeacherRow>(),
  ...educationColumns<TeacherRow>(),
  blank('专业领域'),
  blank('专业特长'),
  ...higherEdCertColumns(),
  ...industryColumns,
  ...titleColumns<TeacherRow>(),
  ...certificateColumns(),
  ...flagColumns(true),
  ...majorColumns,
];

const IN_SCHOOL_PART_TIME_COLUMNS: ValueColumn<TeacherRow>[] = [
  seqColumn(),
  blank('任职部门', 12),
  ...personColumns<TeacherRow>(),
  ...educationColumns<TeacherRow>(),
  blank('专业领域'),
  blank('专业特长'),
  ...industryColumns,
  ...titleColumns<TeacherRow>(),
  ...higherEdCertColumns(),
  blank('所任职务'),
  ...flagColumns(false),
  ...majorColumns,
];

const JOB = '当前专职工作背景';
const STUDY = '教学进修';
const OUTSIDE_COLUMNS: ValueColumn<TeacherRow>[] = [
  seqColumn(),
  blank('聘任系部', 12),
  ...personColumns<TeacherRow>(),
  { header: '参加工作日期（年月）', kind: 'text', code: true, width: 10, align: 'center', value: (r) => yearMonth(r.teacher.workStartDate) },
  ...educationColumns<TeacherRow>(),
  blank('签约情况'),
  ...titleColumns<TeacherRow>(),
  ...certificateColumns((t) => t.partTimeSkillLevel),
  { header: '单位名称', group: JOB, kind: 'text', width: 20, value: (r) => r.teacher.partTimeEmployer },
  { header: '职务', group: JOB, kind: 'text', width: 10, value: (r) => r.teacher.partTimePosition },
  blank('任职日期（年月）', 9, JOB),
  blank('项目名称', 12, STUDY),
  blank('时间（天）', 8, STUDY),
  blank('地点', 10, STUDY),
  blank('派出部门', 10, STUDY),
  ...majorColumns,
];

const ATTACHMENT = '挂职锻炼（顶岗实践）';
const ATTACHMENT_COLUMNS: ValueColumn<AttachmentRow>[] = [
  seqColumn(),
  ...personColumns<AttachmentRow>().slice(0, 2),
  { header: '单位名称（全称）', group: ATTACHMENT, kind: 'text', width: 26, value: (r) => r.record.enterpriseName },
  { header: '岗位', group: ATTACHMENT, kind: 'text', width: 14, value: (r) => r.record.position },
  { header: '时间（天）', group: ATTACHMENT, kind: 'integer', width: 8, value: (r) => r.daysThisYear },
  { header: '派出部门', group: ATTACHMENT, kind: 'text', width: 12, value: (r) => r.record.sendingDepartment },
  { header: '起止日期（核对用，不属平台表）', kind: 'text', width: 24, align: 'center', value: (r) => `${r.record.startDate}至${r.record.endDate}` },
];

interface NoteLine {
  item: string;
  note: string;
}

const NOTE_COLUMNS: ValueColumn<NoteLine>[] = [
  { header: '项目', kind: 'text', width: 24, value: (n) => n.item },
  { header: '说明', kind: 'text', width: 100, value: (n) => n.note },
];

function notes(period: ReportPeriod): NoteLine[] {
  const window = schoolYearWindow(period.year, period.asOf);
  return [
    { item: '统计时段', note: `${schoolYearPeriodText(period.year, period.asOf)}。“本学年”指这一时段；人员按统计截止日期 ${period.asOf} 的在职状态列出。` },
    { item: 'A6-1-1 校内专任教师', note: '岗位类别为“专任教师”的在职教职工。' },
    { item: 'A6-2-1 校内兼课人员', note: '行政、教辅、工勤人员中“校内兼课”为“是”的在职人员。' },
    { item: 'A6-3-1 校外兼职教师', note: '岗位类别为“兼职教师”（行业企业人员）的在职人员。' },
    { item: 'A6-4-1 校外兼课教师', note: '岗位类别为“校外兼课教师”（其他学校的教师）的在职人员。' },
    { item: 'A6-1-3 / A6-2-3 挂职锻炼（顶岗实践）', note: `专任教师（A6-1-3）和校内兼课人员（A6-2-3）在本学年内的企业实践记录，每条一行；时间（天）只计 ${window.start} 至 ${window.end} 内的部分（跨学年的记录按实践天数均摊到起止日期的每一天）。其他信息表的其余部分（培训进修、社会兼职、获奖、专利、课题、论著）本软件不记录。` },
    { item: '行业、企业一线工作时间', note: '历年（年）=（来校前企业工作经历月数 ÷ 12）+（截至统计截止日期的企业实践天数 ÷ 365），保留一位小数；本学年（天）= 本学年内的企业实践天数，同一教师重叠的日子只计一次。' },
    { item: '是否双师素质教师', note: '截至统计截止日期持有双师型认定（初级、中级或高级）的为“是”。平台“双师素质”的认定条件以当年填报说明为准，请核对。' },
    { item: '是否教学名师', note: '名优称号名称含“名师”、且年份不晚于统计年度的为“是”。' },
    { item: '专业技术职务（最高）', note: '等级、名称、发证单位和获取日期取自教职工信息的专业技术职称、专业技术职务名称、职称发证单位和职称取得日期。' },
    { item: '职业资格证书（最高）', note: '截至统计截止日期取得的等级最高的职业资格或职业技能等级证书；兼职教师没有证书记录时填其技能等级。' },
    { item: '行政所属专业', note: '专业名称为教职工的任教专业；专业代码在学校专业中有同名专业时填写。' },
    { item: '学历、学位', note: '按本软件的取值（研究生、本科、专科、中专及以下；博士、硕士、学士、无）填写，平台下拉值不同时请在平台中对应选择。' },
    { item: '留空的列', note: '教师所属系部、任职部门、聘任系部、专业领域、专业特长、高校教师资格证书的发证单位和获取日期、所任职务、签约情况、任职日期、教学进修：本软件不记录，列保留在原位置以便粘贴到平台模板，请在平台中补填。' },
    { item: '列序来源', note: '2019年采集季平台模板的列序（见 docs/FORMS.md）；如当年模板有变化，可在“使用教育局模板”中用当年模板重新对应列。' },
  ];
}

export function buildStatusTeacherSheets(db: Db, period: ReportPeriod, settings: ComplianceSettings): ReportSheet[] {
  const { asOf, year } = period;
  const window = schoolYearWindow(year, asOf);
  const serving = allStaff(db).filter((s) => s.status === '在职');
  const dual = highestDualCertifications(dualTeacherQueries.all(db), asOf);
  const certificates = highestSkillCertificates(staffCertificateQueries.all(db), asOf);
  const famous = new Set(honourQueries.all(db).filter((h) => h.year <= year && FAMOUS_TEACHER.test(h.name)).map((h) => h.staffId));
  const majorCodes = new Map(db.select({ code: majors.code, name: majors.name }).from(majors).all().map((m) => [m.name, m.code]));
  const recordsOf = new Map<number, PracticeRecord[]>();
  for (const r of countedPractice(db, settings)) {
    const list = recordsOf.get(r.staffId);
    if (list) list.push(r);
    else recordsOf.set(r.staffId, [r]);
  }

  const teacherRow = (teacher: StaffRecord): TeacherRow => {
    const records = recordsOf.get(teacher.id) ?? [];
    const practisedDays = countPracticeDays(records, { start: '1900-01-01', end: asOf });
    return {
      teacher,
      industryYears: Math.round((teacher.enterpriseMonths / 12 + practisedDays / DAYS_PER_YEAR) * 10) / 10,
      industryDaysThisYear: countPracticeDays(records, window),
      dualQualified: dual.has(teacher.id),
      famousTeacher: famous.has(teacher.id),
      certificate: certificates.get(teacher.id) ?? null,
      majorCode: teacher.teachingMajor ? (majorCodes.get(teacher.teachingMajor) ?? null) : null,
    };
  };
  const fullTime = serving.filter((s) => s.postCategory === '专任教师');
  const inSchoolPartTime = serving.filter((s) => ['行政人员', '教辅人员', '工勤人员'].includes(s.postCategory) && s.teachesCourses);
  const attachments = (teachers: StaffRecord[]): AttachmentRow[] =>
    teachers.flatMap((teacher) =>
      (recordsOf.get(teacher.id) ?? []).flatMap((record) => {
        const daysThisYear = countPracticeDays([record], window);
        return daysThisYear > 0 ? [{ teacher, record, daysThisYear }] : [];
      }),
    );

  const head = { schoolName: period.schoolName, period: { label: '统计时段', value: [schoolYearPeriodText(year, asOf), reviewNoteFor(db, settings)].filter(Boolean).join('；') } };
  const sheet = <T,>(sheetName: string, columns: ValueColumn<T>[], items: T[]) => itemSheet({ ...head, sheetName, title: sheetName }, columns, items);
  return [
    sheet('A6-1-1 校内专任教师', FULL_TIME_COLUMNS, fullTime.map(teacherRow)),
    sheet('A6-2-1 校内兼课人员', IN_SCHOOL_PART_TIME_COLUMNS, inSchoolPartTime.map(teacherRow)),
    sheet('A6-3-1 校外兼职教师', OUTSIDE_COLUMNS, serving.filter((s) => s.postCategory === '兼职教师').map(teacherRow)),
    sheet('A6-4-1 校外兼课教师', OUTSIDE_COLUMNS, serving.filter((s) => s.postCategory === '校外兼课教师').map(teacherRow)),
    sheet('A6-1-3 挂职锻炼（顶岗实践）', ATTACHMENT_COLUMNS, attachments(fullTime)),
    sheet('A6-2-3 挂职锻炼（顶岗实践）', ATTACHMENT_COLUMNS, attachments(inSchoolPartTime)),
    itemSheet({ ...head, sheetName: '状态数据填表说明', title: '状态数据教师表填表说明' }, NOTE_COLUMNS, notes(period)),
  ];
}
