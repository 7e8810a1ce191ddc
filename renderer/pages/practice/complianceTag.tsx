// How compliance is shown, the same on the board, a teacher's page and the overview: a status's colour, the days.
import { Tag } from 'antd';
import type { ComplianceStatus } from '@shared/rules/practice';
import type { ComplianceRow } from '@shared/practice';

const COLOURS: Record<ComplianceStatus, string> = { 达标: 'success', 进行中: 'processing', 有风险: 'warning', 未达标: 'error', 不适用: 'default' };

export function ComplianceTag({ status }: { status: ComplianceStatus }) {
  return <Tag color={COLOURS[status]}>{status}</Tag>;
}

/** Days counted of days required; only the days where the requirement does not apply (公共基础课). */
export function daysText(r: Pick<ComplianceRow, 'days' | 'requiredDays' | 'status'>): string {
  return r.status === '不适用' ? `${r.days} 天（不要求）` : `${r.days} / ${r.requiredDays} 天`;
}
