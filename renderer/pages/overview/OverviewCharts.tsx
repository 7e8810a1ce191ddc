// A chart per area: teacher shares against target, practice status, certificate rate by major, awards.
import { Card, Col, Row } from 'antd';
import ReactECharts from 'echarts-for-react';
import type { IndicatorResult } from '@shared/indicators';
import { COMPLIANCE_STATUSES } from '@shared/rules/practice';
import { AWARD_LEVELS } from '@shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { certificateRateOption, pct, percentAxis } from './certificateRateChart';

const STATUS_COLOURS: Record<string, string> = { 达标: '#52c41a', 进行中: '#1677ff', 有风险: '#faad14', 未达标: '#f5222d', 不适用: '#bfbfbf' };

function ChartCard({ title, option, loading }: { title: string; option: object; loading?: boolean }) {
  return (
    <Col xs={24} lg={12}>
      <Card size="small" title={title} loading={loading}>
        <ReactECharts option={option} style={{ height: 260 }} notMerge />
      </Card>
    </Col>
  );
}

export function OverviewCharts({ indicators, asOf, year }: { indicators: IndicatorResult[]; asOf: string; year: number }) {
  const api = useApi();
  const board = useLoad(() => api.call('practice.statusBoard', { asOf, limit: 0 }), [api, asOf]);
  const rate = useLoad(() => api.call('certificates.rate', { year, listLacking: false }), [api, year]);
  const awards = useLoad(() => api.call('awards.summary', {}), [api]);

  const teacherShares = indicators.filter((i) => ['dualTeacherRatio', 'seniorDualTeacherRatio', 'postgraduateRatio', 'distinguishedTeacherRatio'].includes(i.id));
  const awardYears = [...new Set((awards.data ?? []).map((a) => a.year))].sort();

  return (
    <Row gutter={[16, 16]}>
      <ChartCard
        title="教师结构与目标"
        option={{
          tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
          legend: { data: ['实际', '目标'] },
          xAxis: { type: 'category', data: teacherShares.map((i) => i.label.replace('比例', '').replace('占专业课教师', '')), axisLabel: { interval: 0 } },
          yAxis: percentAxis,
          series: [
            { name: '实际', type: 'bar', data: teacherShares.map((i) => pct(i.value)), label: { show: true, position: 'top', formatter: '{c}%' } },
            { name: '目标', type: 'scatter', symbol: 'rect', symbolSize: [36, 3], itemStyle: { color: '#cf1322' }, data: teacherShares.map((i) => pct(i.target)) },
          ],
        }}
      />
      <ChartCard
        title={`企业实践达标情况（截至 ${asOf}）`}
        loading={board.loading}
        option={{
          tooltip: { trigger: 'item', formatter: '{b}：{c} 人（{d}%）' },
          legend: { bottom: 0 },
          series: [
            {
              type: 'pie',
              radius: ['35%', '65%'],
              data: COMPLIANCE_STATUSES.map((s) => ({ name: s, value: board.data?.counts[s] ?? 0, itemStyle: { color: STATUS_COLOURS[s] } })),
              label: { formatter: '{b} {c}' },
            },
          ],
        }}
      />
      <ChartCard
        title={`${year}届毕业生证书获取率（按专业）`}
        loading={rate.loading}
        option={certificateRateOption(rate.data?.byMajor ?? [], indicators.find((i) => i.id === 'certificateRate')?.target ?? null)}
      />
      <ChartCard
        title="技能大赛获奖（按年度与级别）"
        loading={awards.loading}
        option={{
          tooltip: { trigger: 'axis' },
          legend: { data: [...AWARD_LEVELS] },
          xAxis: { type: 'category', data: awardYears.map(String) },
          yAxis: { type: 'value', minInterval: 1 },
          series: AWARD_LEVELS.map((level) => ({
            name: level,
            type: 'bar',
            stack: 'total',
            data: awardYears.map((y) => (awards.data ?? []).filter((a) => a.year === y && a.level === level).reduce((n, a) => n + a.studentAwards + a.staffAwards, 0)),
          })),
        }}
      />
    </Row>
  );
}
