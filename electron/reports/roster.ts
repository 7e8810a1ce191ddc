// 教职工花名册 (DESIGN §5.1): every staff member, one row each.
import type { CellValue, ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import type { StaffRecord } from '../../db/queries/staff';
import { excelHeaderOf, type FieldDescriptor } from '../../shared/fields';
import { staffFields, type StaffField } from '../../shared/staff';
import { maskIdCard } from '../../shared/rules/idcard';

export const ROSTER_TITLE = '教职工花名册';

export interface RosterInput {
  school: { name: string; cutoffDate: string };
  staff: readonly StaffRecord[];
  /** The full 身份证号, on the registrar's explicit choice (DESIGN §9); masked otherwise. */
  includeFullIdCard: boolean;
}

interface RosterColumn extends ReportColumn {
  value: (s: StaffRecord, index: number) => CellValue;
}

function descriptor(key: StaffField): FieldDescriptor<StaffField> {
  const found = staffFields.find((f) => f.key === key);
  if (!found) throw new Error(`No staff field ${key}`);
  return found;
}

/** A staff field shown as it is stored (text, or a YYYY-MM-DD date), headed by its descriptor's Excel header. */
function field(key: StaffField, width: number, extra: Partial<ReportColumn> = {}): RosterColumn {
  const f = descriptor(key);
  return { header: excelHeaderOf(f), kind: f.kind === 'date' ? 'date' : 'text', width, ...extra, value: (s) => s[key] as CellValue };
}

function rosterColumns(includeFullIdCard: boolean): RosterColumn[] {
  const centred = { align: 'center' } as const;
  // With the ID masked (3311**********123X) only the birth year and month are shown: a full birth date beside the
  // masked ID would leave two unknown digits, which the check character and the school's county all but fix.
  const birth: RosterColumn = includeFullIdCard
    ? field('birthDate', 11)
    : { header: '出生年月', kind: 'date', width: 9, value: (s) => s.birthDate.slice(0, 7) };
  return [
    { header: '序号', kind: 'integer', width: 5, align: 'center', value: (_s, i) => i + 1 },
    field('staffNo', 9, centred),
    field('name', 9),
    field('sex', 5, centred),
    birth,
    { header: excelHeaderOf(descriptor('idCard')), kind: 'text', width: 20, align: 'center', value: (s) => (includeFullIdCard ? s.idCard : maskIdCard(s.idCard)) },
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
  const columns = rosterColumns(input.includeFullIdCard);
  return {
    sheetName: ROSTER_TITLE,
    schoolName: input.school.name,
    title: ROSTER_TITLE,
    period: { label: '统计截止日期', value: input.school.cutoffDate },
    columns: columns.map(({ value: _value, ...column }) => column),
    rows: input.staff.map((s, i) => columns.map((c) => c.value(s, i))),
  };
}
