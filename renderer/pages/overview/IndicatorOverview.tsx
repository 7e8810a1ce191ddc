// The overview's indicator section: period, the chosen preset, a card per indicator, charts, data quality.
import { useState } from 'react';
import { Alert, Card, DatePicker, InputNumber, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { School } from '@shared/school';
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

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <span>
            统计截止日期{' '}
            <DatePicker aria-label="统计截止日期" allowClear={false} value={dayjs(asOf)} onChange={(d) => d && setAsOf(d.format('YYYY-MM-DD'))} />
          </span>
          <span>
            统计年度 <InputNumber aria-label="统计年度" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
          </span>
          <Typography.Text>
            对照方案：<Typography.Text strong data-testid="preset-name">{report.data?.preset?.name ?? '—'}</Typography.Text>{' '}
            <Link to="/settings/presets">更换方案</Link>
          </Typography.Text>
        </Space>
      </Card>
      {report.error && <Alert type="error" showIcon title={report.error} />}
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
