// How compliance is shown, the same on the board, a teacher's page and the overview: a status's colour, the days.
import { Tag } from 'antd';
import type { ComplianceStatus } from '@shared/rules/practice';
import type { ComplianceRow } from '@shared/practice';

const COLOURS: Record<ComplianceStatus, string> = { 达标: 'success', 进行中: 'processing', 有风险: 'warning', 未达标: 'error', 不适用: 'default' };

export function ComplianceTag({ status }: { status: ComplianceStatus }) {
  return <Tag color={COLOURS[status]}>{status}</Tag>;
}

/** Days counted of days required; only the days where the requirement does not apply (公共基础课). A teacher's
 * 待审核 records are shown apart, not added in. */
export function daysText(r: Pick<ComplianceRow, 'days' | 'requiredDays' | 'status' | 'pendingDays'>): string {
  const counted = r.status === '不适用' ? `${r.days} 天（不要求）` : `${r.days} / ${r.requiredDays} 天`;
  return r.pendingDays > 0 ? `${counted}，另有待审核 ${r.pendingDays} 天` : counted;
}
