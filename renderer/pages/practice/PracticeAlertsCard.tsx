// The overview's card of teachers 有风险 or 未达标 in enterprise practice, with what each still needs.
import { Alert, Card, List, Space, Typography } from 'antd';
import { Link } from 'react-router';
import type { ComplianceRow } from '@shared/practice';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { ComplianceTag } from './complianceTag';

const SHOWN = 10;

function need(r: ComplianceRow): string {
  return r.status === '有风险'
    ? `还差 ${r.shortfallDays} 天，须在 ${r.deadline} 前完成（剩余时间已不够）`
    : `统计区间内还差 ${r.shortfallDays} 天（已 ${r.days} / ${r.requiredDays} 天）`;
}

export function PracticeAlertsCard() {
  const api = useApi();
  // The first few of each status only: a city's whole board is over a megabyte, and the counts say how many more.
  const board = useLoad(async () => {
    const atRisk = await api.call('practice.statusBoard', { status: '有风险', limit: SHOWN });
    const short = await api.call('practice.statusBoard', { asOf: atRisk.asOf, status: '未达标', limit: SHOWN });
    return { ...short, rows: [...atRisk.rows, ...short.rows] };
  }, [api]);
  const ordered = board.data?.rows ?? [];
  const needing = board.data ? board.data.counts['有风险'] + board.data.counts['未达标'] : 0;
  return (
    <Card
      title="企业实践需要关注的教师"
      style={{ marginTop: 16 }}
      loading={board.loading && !board.data}
      extra={<Link to="/practice?tab=board">查看达标情况</Link>}
    >
      {board.error && <Alert type="error" showIcon title={board.error} />}
      {board.data && (
        <Typography.Paragraph type="secondary">
          截至 {board.data.asOf}：有风险 {board.data.counts['有风险']} 人，未达标 {board.data.counts['未达标']} 人，达标 {board.data.counts['达标']} 人，进行中{' '}
          {board.data.counts['进行中']} 人。
        </Typography.Paragraph>
      )}
      <List<ComplianceRow>
        size="small"
        dataSource={ordered.slice(0, SHOWN)}
        locale={{ emptyText: '没有有风险或未达标的教师' }}
        renderItem={(r) => (
          <List.Item>
            <Space wrap>
              <ComplianceTag status={r.status} />
              <Link to={`/staff/${r.staffId}?tab=practice`}>
                {r.name}（{r.staffNo}）
              </Link>
              <Typography.Text>{need(r)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      {needing > SHOWN && <Typography.Text type="secondary">另有 {needing - SHOWN} 人，请在“达标情况”中查看。</Typography.Text>}
    </Card>
  );
}
