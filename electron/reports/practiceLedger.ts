// 教师企业实践台账 (DESIGN §5.2): every enterprise-practice record that started on or before the cut-off date, each
// teacher's records together (by 工号), oldest first.
import type { Db } from '../../db/open';
import { listPractice } from '../../db/queries/practice';
import { allStaff } from '../../db/queries/staff';
import type { PracticeRow } from '@shared/practice';
import { byText } from '@shared/textOrder';
import type { ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const PRACTICE_LEDGER_TITLE = '教师企业实践台账';

type LedgerRow = PracticeRow & { teachingCategory: string | null };

const centred = { align: 'center' } as const;

const COLUMNS: ValueColumn<LedgerRow>[] = [
  seqColumn(),
  { header: '工号', kind: 'text', code: true, width: 10, ...centred, value: (r) => r.staffNo },
  { header: '姓名', kind: 'text', width: 9, value: (r) => r.staffName },
  { header: '任教类别', kind: 'text', width: 12, ...centred, value: (r) => r.teachingCategory },
  { header: '实践单位', kind: 'text', width: 30, value: (r) => r.enterpriseName },
  { header: '统一社会信用代码', kind: 'text', width: 20, ...centred, value: (r) => r.enterpriseCode },
  { header: '实践岗位', kind: 'text', width: 12, value: (r) => r.position },
  { header: '派出部门', kind: 'text', width: 10, value: (r) => r.sendingDepartment },
  { header: '开始日期', kind: 'date', width: 11, value: (r) => r.startDate },
  { header: '结束日期', kind: 'date', width: 11, value: (r) => r.endDate },
  { header: '实践天数', kind: 'integer', width: 8, sum: true, value: (r) => r.days },
  { header: '实践形式', kind: 'text', width: 9, ...centred, value: (r) => r.form },
  { header: '实践内容', kind: 'text', width: 28, value: (r) => r.content },
  { header: '考核结果', kind: 'text', width: 12, value: (r) => r.outcome },
  { header: '审核状态', kind: 'text', width: 8, ...centred, value: (r) => r.reviewState },
  { header: '佐证材料数', kind: 'integer', width: 11, ...centred, value: (r) => r.evidenceCount },
];

export function buildPracticeLedgerSheet(db: Db, period: ReportPeriod): ReportSheet {
  const categories = new Map(allStaff(db).map((s) => [s.id, s.teachingCategory]));
  // All pages at once: the ledger is every record, and a city's fit in memory.
  const { rows } = listPractice(db, { page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  const records = rows
    .filter((r) => r.startDate <= period.asOf)
    .map((r) => ({ ...r, teachingCategory: categories.get(r.staffId) ?? null }))
    .sort((a, b) => byText(a.staffNo, b.staffNo) || byText(a.startDate, b.startDate) || a.id - b.id);
  return itemSheet(
    {
      sheetName: PRACTICE_LEDGER_TITLE,
      schoolName: period.schoolName,
      title: PRACTICE_LEDGER_TITLE,
      period: { label: '统计截止日期', value: period.asOf },
    },
    COLUMNS,
    records,
  );
}
