// 概览: the statistics year's graduates' certificate rate and its competition awards.
import { Alert, Card, Col, Row, Statistic } from 'antd';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../hooks';
import { formatCounts, formatPercent } from '../format';
import { schoolYearLabel } from '@shared/dates';

export function StudentFiguresCard({ year }: { year: number }) {
  const api = useApi();
  const figures = useLoad(async () => {
    const [rate, summary] = await Promise.all([api.call('certificates.rate', { year, listLacking: false }), api.call('awards.summary', { year })]);
    const sum = (key: 'studentAwards' | 'staffAwards' | 'advisors') => summary.reduce((n, r) => n + r[key], 0);
    return { rate, studentAwards: sum('studentAwards'), staffAwards: sum('staffAwards'), advisors: sum('advisors') };
  }, [api, year]);
  const f = figures.data;
  return (
    <Card title={`学生证书与技能大赛（${year}年度，${schoolYearLabel(year)}）`} style={{ marginTop: 16 }}>
      {figures.error && <Alert type="error" showIcon title={figures.error} />}
      <Row gutter={16}>
        <Col xs={12} md={6}>
          <Statistic title={`${year}届毕业生证书获取率`} loading={figures.loading} value={f ? formatPercent(f.rate.school.value) : ''} suffix={f ? <span style={{ fontSize: 14 }}>（{formatCounts(f.rate.school)}）</span> : null} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="学生获奖（项）" loading={figures.loading} value={f?.studentAwards ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="教职工获奖（项）" loading={figures.loading} value={f?.staffAwards ?? 0} />
        </Col>
        <Col xs={12} md={6}>
          <Statistic title="指导教师（人次）" loading={figures.loading} value={f?.advisors ?? 0} />
        </Col>
      </Row>
    </Card>
  );
}
