// 教职工花名册 (DESIGN §5.1): every staff member, one row each.
import type { ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import type { StaffRecord } from '../../db/queries/staff';
import { staffFields, type StaffField } from '@shared/staff';
import { fieldColumn, itemSheet, personIdColumns, seqColumn, type ValueColumn } from './table';

export const ROSTER_TITLE = '教职工花名册';

export interface RosterInput {
  school: { name: string; cutoffDate: string };
  staff: readonly StaffRecord[];
  /** The full 身份证号, on the registrar's explicit choice (DESIGN §9); masked otherwise. */
  includeFullIdCard: boolean;
}

/** A staff field shown as it is stored (text, or a YYYY-MM-DD date), headed by its descriptor's Excel header. */
const field = (key: StaffField, width: number, extra: Partial<ReportColumn> = {}) => fieldColumn<StaffRecord, StaffField>(staffFields, key, { width, ...extra });

function rosterColumns(includeFullIdCard: boolean): ValueColumn<StaffRecord>[] {
  const centred = { align: 'center' } as const;
  const { birth, idCard } = personIdColumns<StaffRecord>(staffFields, includeFullIdCard);
  return [
    seqColumn(),
    field('staffNo', 9, centred),
    field('name', 9),
    field('sex', 5, centred),
    birth,
    idCard,
    field('ethnicity', 7, centred),
    field('politicalStatus', 13, centred),
    field('workStartDate', 11),
    field('joinDate', 11),
    field('postCategory', 9, centred),
    field('teachingCategory', 11, centred),
    field('teachingMajor', 14),
    field('highestEducation', 9, { group: '学历学位', align: 'center' }),
    field('highestDegree', 7, { group: '学历学位', align: 'center' }),
    field('title', 9, centred),
    field('teacherCertType', 21),
    field('status', 6, centred),
  ];
}

export function buildRosterSheet(input: RosterInput): ReportSheet {
  return itemSheet(
    { sheetName: ROSTER_TITLE, schoolName: input.school.name, title: ROSTER_TITLE, period: { label: '统计截止日期', value: input.school.cutoffDate } },
    rosterColumns(input.includeFullIdCard),
    input.staff,
  );
}
