// 教职工信息明细: every staff member, one row each, a column per staff field under the header the 教职工 import reads,
// so that the whole record comes back in unchanged — the 教职工花名册 is the bureau's fixed table and leaves out
// 联系电话, 校内兼课, 教师资格证号, 企业工作经历 and the 兼职 fields. 身份证号 as on the 花名册; 联系电话 only on the
// registrar's explicit choice (personRecordColumns).
import type { Db } from '../../db/open';
import { allStaff, type StaffRecord } from '../../db/queries/staff';
import { staffFields, type StaffField } from '@shared/staff';
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, personRecordColumns, type PersonalDataChoice, type ReportPeriod } from './table';

export const STAFF_LIST_TITLE = '教职工信息明细';

const centred = { align: 'center' } as const;

/** Every field has a layout, so a field added to staffFields is exported (and so re-imported) too. */
const LAYOUT: Record<Exclude<StaffField, 'idCard' | 'birthDate'>, Partial<ReportColumn>> = {
  staffNo: { width: 9, ...centred },
  name: { width: 9 },
  sex: { width: 5, ...centred },
  ethnicity: { width: 7, ...centred },
  politicalStatus: { width: 13, ...centred },
  phone: { width: 14, kind: 'text', ...centred },
  workStartDate: { width: 11 },
  joinDate: { width: 11 },
  status: { width: 6, ...centred },
  postCategory: { width: 9, ...centred },
  teachesCourses: { width: 9, ...centred },
  backboneTeacher: { width: 9, ...centred },
  teachingCategory: { width: 11, ...centred },
  teachingMajor: { width: 14 },
  highestEducation: { width: 9, ...centred },
  highestDegree: { width: 7, ...centred },
  title: { width: 9, ...centred },
  titleName: { width: 14 },
  titleIssuer: { width: 20 },
  titleDate: { width: 11 },
  teacherCertType: { width: 21 },
  teacherCertNo: { width: 20, kind: 'text' },
  enterpriseMonths: { width: 10, kind: 'integer', ...centred },
  partTimeEmployer: { width: 22 },
  partTimePosition: { width: 12 },
  partTimeSkillLevel: { width: 12 },
};

export function buildStaffListSheet(db: Db, period: ReportPeriod, choice: PersonalDataChoice): ReportSheet {
  return itemSheet(
    { sheetName: STAFF_LIST_TITLE, schoolName: period.schoolName, title: STAFF_LIST_TITLE, period: { label: '统计截止日期', value: period.asOf } },
    personRecordColumns<StaffRecord, StaffField>(staffFields, LAYOUT, choice),
    allStaff(db),
  );
}
