// The overview's indicator section: period, the chosen preset, a card per indicator, charts, data quality.
import { useState } from 'react';
import { Alert, Button, Card, DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { School } from '@shared/school';
import { schoolYearLabel } from '@shared/dates';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { IndicatorCards } from './IndicatorCards';
import { OverviewCharts } from './OverviewCharts';
import { QualityPanel } from './QualityPanel';
import { DrillModal, type DrillRequest } from './DrillModal';

export function IndicatorOverview({ school }: { school: School }) {
  const api = useApi();
  const [asOf, setAsOf] = useState(school.cutoffDate);
  const [year, setYear] = useState(Number(school.cutoffDate.slice(0, 4)));
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const report = useLoad(() => api.call('indicators.compute', { asOf, year }), [api, asOf, year]);
  const dataYears = useLoad(() => api.call('indicators.dataYears', {}), [api]);
  // A year with neither graduates nor awards reads as "the import failed" (证书获取率 —, 技能大赛 0): say which years
  // have them instead.
  const yearsWithData = [...new Set([...(dataYears.data?.graduationYears ?? []), ...(dataYears.data?.awardYears ?? [])])].sort((a, b) => b - a);
  const emptyYear = dataYears.data !== undefined && yearsWithData.length > 0 && !yearsWithData.includes(year);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <span>
            统计截止日期{' '}
            <DatePicker aria-label="统计截止日期" allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} />
          </span>
          <span>
            统计年度 <InputNumber aria-label="统计年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />{' '}
            <Typography.Text type="secondary">（{schoolYearLabel(year)}）</Typography.Text>
          </span>
          <Typography.Text>
            对照方案：<Typography.Text strong data-testid="preset-name">{report.data?.preset?.name ?? '—'}</Typography.Text>{' '}
            <Link to="/settings/presets">更换方案</Link>
          </Typography.Text>
        </Space>
      </Card>
      {report.error && <Alert type="error" showIcon title={report.error} />}
      {emptyYear && (
        <Alert
          type="info"
          showIcon
          data-testid="empty-year"
          title={`${year}年度（${schoolYearLabel(year)}）没有毕业生和技能大赛获奖记录，所以证书获取率和获奖数为空。`}
          description={
            <Space wrap>
              有记录的年度：
              {yearsWithData.map((y) => (
                <Button key={y} size="small" onClick={() => setYear(y)}>
                  查看{y}年度
                </Button>
              ))}
            </Space>
          }
        />
      )}
      {report.data && (
        <>
          <IndicatorCards indicators={report.data.indicators} onDrill={(i, part) => setDrill({ id: i.id, part, asOf, year })} />
          <OverviewCharts indicators={report.data.indicators} asOf={asOf} year={year} />
        </>
      )}
      {/* Asked for once the figures are in, so that the main process answers the cards first. */}
      {(report.data || report.error) && <QualityPanel />}
      {drill && <DrillModal request={drill} onClose={() => setDrill(null)} />}
    </Space>
  );
}
