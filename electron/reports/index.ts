// The bureau's workbooks (DESIGN §5), by report id: the CLI's `export <id>`, the export page and the 质量年报 pack
// all go through this registry. A new report is one file in this folder and one entry here; the 质量年报 pack
// takes every other report's sheets but the record lists (教职工信息明细, 学生名册, 证书和资质明细), which are for re-import, not the bureau.
import type { Db } from '../../db/open';
import { allStaff } from '../../db/queries/staff';
import type { ReportSheet } from '../excel/styledWorkbook';
import type { IndicatorsReport } from '@shared/contract/indicators';
import { buildQualityDataSheet, QUALITY_DATA_TITLE } from './qualityData';
import { buildRosterSheet, ROSTER_TITLE } from './roster';
import { buildPracticeLedgerSheet, PRACTICE_LEDGER_TITLE } from './practiceLedger';
import { buildPracticeStatusSheets, PRACTICE_STATUS_TITLE } from './practiceStatus';
import { buildDualTeacherSheets, DUAL_TEACHERS_TITLE } from './dualTeachers';
import { buildCertificateSheets, CERTIFICATES_TITLE } from './certificates';
import { AWARDS_TITLE, buildAwardSheets } from './awards';
import { buildStudentRosterSheet, STUDENT_ROSTER_TITLE } from './studentRoster';
import { buildStudentCertificatesSheet, STUDENT_CERTIFICATES_TITLE } from './studentCertificates';
import { buildStaffListSheet, STAFF_LIST_TITLE } from './staffList';
import { buildTeacherQualificationsSheet, TEACHER_QUALIFICATIONS_TITLE } from './teacherQualifications';
import { buildQualityTableSheets, QUALITY_TABLES_TITLE } from './qualityTables';
import { buildStatusTeacherSheets, STATUS_TEACHERS_TITLE } from './statusTeachers';
import { reportPeriod, type PersonalDataChoice } from './table';
import { complianceSettingsOf } from '../records/settings';
import { requireSchool } from '../records/guards';

export interface ReportContext {
  db: Db;
  /** 统计截止日期 (YYYY-MM-DD); reports as of a date default to the school's cut-off date. */
  asOf?: string;
  /** For reports of a year (证书获取率, 技能大赛, 质量年报). */
  year?: number;
  presetId?: string;
  /** The full 身份证号 instead of the masked one, on the registrar's explicit choice (DESIGN §9). */
  includeFullIdCard?: boolean;
  /** 联系电话 on the reports that can carry it, on the registrar's explicit choice (DESIGN §9). */
  includePhone?: boolean;
  /** The indicators for the period, computed by the indicators handler (the same figures as the overview). */
  indicators: () => Promise<IndicatorsReport>;
}

export interface ReportDefinition {
  id: string;
  /** The Chinese name shown on the export page and used for the file name. */
  title: string;
  /** Whether the report is as of a date (统计截止日期) or for a year; the export page asks for that. */
  period: 'asOf' | 'year';
  /** Prints 身份证号, in full when includeFullIdCard: the export page offers the choice. */
  idCards?: boolean;
  /** Can carry 联系电话, only when includePhone: the export page offers the choice. */
  phones?: boolean;
  /** Every record of one kind in the columns its import reads, to bring them back in elsewhere: not in the pack. */
  recordList?: boolean;
  /** Said beside the title on the export page: what the workbook holds when the title alone does not tell. */
  note?: string;
  /** One sheet per table; the 质量年报 pack concatenates the others' sheets. */
  build: (ctx: ReportContext) => ReportSheet[] | Promise<ReportSheet[]>;
}

/** What the registrar chose to print of personal data: nothing unmasked unless asked for. */
const personalDataChoice = (ctx: ReportContext): PersonalDataChoice => ({ includeFullIdCard: ctx.includeFullIdCard ?? false, includePhone: ctx.includePhone ?? false });

export const REPORTS = {
  roster: {
    id: 'roster',
    title: ROSTER_TITLE,
    period: 'asOf',
    idCards: true,
    build: ({ db, asOf, includeFullIdCard }) => {
      const school = requireSchool(db);
      return [buildRosterSheet({ school: { name: school.name, cutoffDate: asOf ?? school.cutoffDate }, staff: allStaff(db), includeFullIdCard: includeFullIdCard ?? false })];
    },
  },
  'practice-ledger': {
    id: 'practice-ledger',
    title: PRACTICE_LEDGER_TITLE,
    period: 'asOf',
    build: ({ db, asOf }) => [buildPracticeLedgerSheet(db, reportPeriod(db, { asOf }))],
  },
  'practice-status': {
    id: 'practice-status',
    title: PRACTICE_STATUS_TITLE,
    period: 'asOf',
    build: ({ db, asOf }) => buildPracticeStatusSheets(db, reportPeriod(db, { asOf }), complianceSettingsOf(db)),
  },
  'dual-teachers': {
    id: 'dual-teachers',
    title: DUAL_TEACHERS_TITLE,
    period: 'asOf',
    build: ({ db, asOf }) => buildDualTeacherSheets(db, reportPeriod(db, { asOf })),
  },
  certificates: {
    id: 'certificates',
    title: CERTIFICATES_TITLE,
    period: 'year',
    build: ({ db, asOf, year }) => buildCertificateSheets(db, reportPeriod(db, { asOf, year })),
  },
  awards: {
    id: 'awards',
    title: AWARDS_TITLE,
    period: 'year',
    build: ({ db, asOf, year }) => buildAwardSheets(db, reportPeriod(db, { asOf, year })),
  },
  'quality-data': {
    id: 'quality-data',
    title: QUALITY_DATA_TITLE,
    period: 'year',
    build: async ({ db, indicators }): Promise<ReportSheet[]> => [buildQualityDataSheet(requireSchool(db).name, await indicators())],
  },
  'quality-tables': {
    id: 'quality-tables',
    title: QUALITY_TABLES_TITLE,
    period: 'year',
    note: '按本校办学类型：高职为计分卡、教学资源表、服务贡献表、落实政策表、国际影响表；中职、技工院校为规模结构、教师队伍等；每表一页，附口径',
    build: async ({ db, asOf, year, indicators }): Promise<ReportSheet[]> =>
      buildQualityTableSheets(db, reportPeriod(db, { asOf, year }), requireSchool(db).type, await indicators(), complianceSettingsOf(db)),
  },
  'status-teachers': {
    id: 'status-teachers',
    title: STATUS_TEACHERS_TITLE,
    period: 'year',
    note: 'A6-1-1、A6-2-1、A6-3-1、A6-4-1 与挂职锻炼（顶岗实践），按平台列序，可粘贴到平台模板',
    build: ({ db, asOf, year }) => buildStatusTeacherSheets(db, reportPeriod(db, { asOf, year }), complianceSettingsOf(db)),
  },
  /** Every workbook above as one, a sheet each, with the 质量年报数据表 first. */
  'quality-pack': {
    id: 'quality-pack',
    title: '质量年报数据包',
    period: 'year',
    note: '以上全部报表合为一个工作簿，每表一页',
    idCards: true,
    build: async (ctx): Promise<ReportSheet[]> => {
      const members = (Object.values(REPORTS) as ReportDefinition[]).filter((r) => r.id !== 'quality-pack' && !r.recordList);
      const ordered = [...members.filter((r) => r.id === 'quality-data'), ...members.filter((r) => r.id !== 'quality-data')];
      const sheets: ReportSheet[] = [];
      for (const r of ordered) sheets.push(...(await r.build(ctx)));
      return sheets;
    },
  },
  staff: {
    id: 'staff',
    title: STAFF_LIST_TITLE,
    period: 'asOf',
    idCards: true,
    phones: true,
    recordList: true,
    build: (ctx) => [buildStaffListSheet(ctx.db, reportPeriod(ctx.db, { asOf: ctx.asOf }), personalDataChoice(ctx))],
  },
  students: {
    id: 'students',
    title: STUDENT_ROSTER_TITLE,
    period: 'asOf',
    idCards: true,
    recordList: true,
    build: (ctx) => [buildStudentRosterSheet(ctx.db, reportPeriod(ctx.db, { asOf: ctx.asOf }), personalDataChoice(ctx))],
  },
  'student-certificates': {
    id: 'student-certificates',
    title: STUDENT_CERTIFICATES_TITLE,
    period: 'asOf',
    recordList: true,
    build: ({ db, asOf }) => [buildStudentCertificatesSheet(db, reportPeriod(db, { asOf }))],
  },
  'teacher-qualifications': {
    id: 'teacher-qualifications',
    title: TEACHER_QUALIFICATIONS_TITLE,
    period: 'asOf',
    recordList: true,
    build: ({ db, asOf }) => [buildTeacherQualificationsSheet(db, reportPeriod(db, { asOf }))],
  },
} as const satisfies Record<string, ReportDefinition>;

export type ReportId = keyof typeof REPORTS;
