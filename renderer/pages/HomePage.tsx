// 概览: the school at a glance, its indicators against the chosen plan, and what needs attention.
import { Alert, Button, Card, Col, Descriptions, Row, Space, Statistic } from 'antd';
import { useNavigate } from 'react-router';
import type { School } from '@shared/school';
import { POST_CATEGORIES } from '@shared/vocab';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../hooks';
import { usePeriod } from '../components/PeriodControls';
import { StudentFiguresCard } from './StudentFiguresCard';
import { IndicatorOverview } from './overview/IndicatorOverview';
import { PracticeAlertsCard } from './practice/PracticeAlertsCard';

export function HomePage({ school }: { school: School }) {
  const api = useApi();
  const navigate = useNavigate();
  // one period for the whole page: the cards below the indicators follow the year chosen above
  const period = usePeriod(school.cutoffDate);
  const counts = useLoad(
    () =>
      Promise.all(
        POST_CATEGORIES.map(async (postCategory) => ({
          postCategory,
          total: (await api.call('staff.list', { postCategory, status: '在职', pageSize: 1 })).total,
        })),
      ),
    [api],
  );
  return (
    <div>
      <Card title={school.name} style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 3 }}>
          <Descriptions.Item label="办学类型">{school.type}</Descriptions.Item>
          <Descriptions.Item label="学校标识码">{school.code ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="所在县市区">{school.region ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="统计截止日期">{school.cutoffDate}</Descriptions.Item>
        </Descriptions>
      </Card>
      {counts.error && <Alert type="error" showIcon title={counts.error} />}
      {counts.data?.every((c) => c.total === 0) && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          data-testid="first-steps"
          title="还没有在职教职工：各项指标要从教职工、学生和他们的记录算出，请先把教职工带进来。"
          description={
            <Space wrap>
              <Button type="primary" onClick={() => void navigate('/import', { state: { kind: 'staff' } })}>
                从 Excel 导入教职工
              </Button>
              <Button onClick={() => void navigate('/batch?kind=staff')}>粘贴到批量录入</Button>
              <Button onClick={() => void navigate('/staff')}>逐个添加</Button>
            </Space>
          }
        />
      )}
      <IndicatorOverview period={period} />
      <PracticeAlertsCard />
      <Card title="在职教职工" style={{ marginTop: 16 }}>
        <Row gutter={16}>
          {(counts.data ?? []).map((c) => (
            <Col key={c.postCategory} xs={12} md={4}>
              <Statistic title={c.postCategory} value={c.total} suffix="人" loading={counts.loading} />
            </Col>
          ))}
        </Row>
      </Card>
      <StudentFiguresCard year={period.year} />
    </div>
  );
}
