// The colour of each compliance status, the same on the board, a teacher's page and the overview.
import { Tag } from 'antd';
import type { ComplianceStatus } from '../../../shared/rules/practice';

const COLOURS: Record<ComplianceStatus, string> = { 达标: 'success', 进行中: 'processing', 有风险: 'warning', 未达标: 'error', 不适用: 'default' };

export function ComplianceTag({ status }: { status: ComplianceStatus }) {
  return <Tag color={COLOURS[status]}>{status}</Tag>;
}
