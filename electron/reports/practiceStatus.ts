// 企业实践达标情况表 (DESIGN §5.2, rule §4.1): one row per 在职 专任教师 from complianceRows — the computation behind
// the status board and the indicators — and a second sheet with the number of teachers in each status.
import type { Db } from '../../db/open';
import { complianceRows, reviewNoteFor } from '../../db/queries/practice';
import type { ComplianceRow } from '@shared/practice';
import { COMPLIANCE_STATUSES, practiceWindow, type ComplianceSettings, type ComplianceStatus } from '@shared/rules/practice';
import type { ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const PRACTICE_STATUS_TITLE = '企业实践达标情况表';
const SUMMARY_TITLE = '企业实践达标情况汇总表';

/** What each status means, printed beside its count so a reader of the paper form knows the 口径. */
const STATUS_NOTES: Record<ComplianceStatus, string> = {
  达标: '统计区间内累计实践天数达到要求',
  进行中: '来校未满规定年限，尚未达到要求，期限内可以完成',
  有风险: '来校未满规定年限，但距完成期限的天数已少于尚差天数',
  未达标: '来校已满规定年限，累计实践天数仍未达到要求',
  不适用: '公共基础课教师或未填任教类别，不作要求（实践照常记录）',
};

const CHINESE_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 五年内企业实践, or 考核周期内企业实践 where a region set a fixed cycle; the period line gives the dates. */
function windowGroup(settings: ComplianceSettings): string {
  if (settings.fixedCycle) return '考核周期内企业实践';
  return `${CHINESE_NUMERALS[settings.windowYears] ?? settings.windowYears}年内企业实践`;
}

/** The days of teachers' 待审核 records get a column of their own when some teacher has any: shown apart, not counted. */
function teacherColumns(settings: ComplianceSettings, withPending: boolean): ValueColumn<ComplianceRow>[] {
  const group = windowGroup(settings);
  const applies = (r: ComplianceRow) => r.status !== '不适用';
  const pending: ValueColumn<ComplianceRow>[] = withPending ? [{ header: '待审核天数', group, kind: 'integer', width: 11, value: (r) => r.pendingDays || null }] : [];
  return [
    seqColumn(),
    { header: '工号', kind: 'text', code: true, width: 10, align: 'center', value: (r) => r.staffNo },
    { header: '姓名', kind: 'text', width: 12, value: (r) => r.name },
    { header: '任教类别', kind: 'text', width: 12, align: 'center', value: (r) => r.teachingCategory },
    { header: '来校日期', kind: 'date', width: 12, value: (r) => r.joinDate },
    { header: '已累计天数', group, kind: 'integer', width: 11, value: (r) => r.days },
    { header: '要求天数', group, kind: 'integer', width: 10, value: (r) => (applies(r) ? r.requiredDays : '—') },
    { header: '尚差天数', group, kind: 'integer', width: 10, value: (r) => (applies(r) ? r.shortfallDays : '—') },
    ...pending,
    { header: '状态', kind: 'text', width: 8, align: 'center', value: (r) => r.status },
    { header: '完成期限', kind: 'date', width: 11, value: (r) => r.deadline },
  ];
}

interface StatusCount {
  status: ComplianceStatus;
  count: number;
  share: number | null;
}

// Wide enough that the halves of the period line, and the footer, fit above and below so few columns.
const SUMMARY_COLUMNS: ValueColumn<StatusCount>[] = [
  { header: '状态', kind: 'text', width: 18, align: 'center', value: (s) => s.status },
  { header: '人数', kind: 'integer', width: 12, sum: true, value: (s) => s.count },
  { header: '占比', kind: 'percent', width: 12, value: (s) => s.share },
  { header: '说明', kind: 'text', width: 58, value: (s) => STATUS_NOTES[s.status] },
];

export function buildPracticeStatusSheets(db: Db, period: ReportPeriod, settings: ComplianceSettings): ReportSheet[] {
  const rows = complianceRows(db, period.asOf, settings);
  const window = practiceWindow(period.asOf, settings);
  const head = { schoolName: period.schoolName, period: { label: '统计截止日期', value: period.asOf } };
  const counts = COMPLIANCE_STATUSES.map((status) => {
    const count = rows.filter((r) => r.status === status).length;
    return { status, count, share: rows.length ? count / rows.length : null };
  });
  return [
    itemSheet(
      // The days counted are those from the window's start to the cut-off date.
      {
        ...head,
        period: { ...head.period, value: `${period.asOf}（自${[window.start + '起', reviewNoteFor(db, settings)].filter(Boolean).join('；')}）` },
        sheetName: PRACTICE_STATUS_TITLE,
        title: PRACTICE_STATUS_TITLE,
      },
      teacherColumns(settings, rows.some((r) => r.pendingDays > 0)),
      rows,
    ),
    itemSheet({ ...head, sheetName: '企业实践达标情况汇总', title: SUMMARY_TITLE }, SUMMARY_COLUMNS, counts),
  ];
}
