// The overview's indicator section: period, the chosen preset, a card per indicator, charts, data quality.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Popover, Space, Typography } from 'antd';
import { InfoCircleOutlined } from '@ant-design/icons';
import { periodStatements } from '@shared/periods';
import { Link } from 'react-router';
import { schoolYearLabel } from '@shared/dates';
import { useApi } from '../../api/ApiContext';
import { PeriodControls, type usePeriod } from '../../components/PeriodControls';
import { useLoad } from '../../hooks';
import { IndicatorCards } from './IndicatorCards';
import { OverviewCharts } from './OverviewCharts';
import { QualityPanel } from './QualityPanel';
import { DrillModal, type DrillRequest } from './DrillModal';

export function IndicatorOverview({ period }: { period: ReturnType<typeof usePeriod> }) {
  const api = useApi();
  const { asOf, year, setYear } = period;
  const [drill, setDrill] = useState<DrillRequest | null>(null);
  const report = useLoad(() => api.call('indicators.compute', { asOf, year }), [api, asOf, year]);
  const dataYears = useLoad(() => api.call('indicators.dataYears', {}), [api]);
  const practiceSettings = useLoad(() => api.call('practice.settings.get', {}), [api]);
  // A year with neither graduates nor awards reads as "the import failed" (证书获取率 —, 技能大赛 0): say which years
  // have them instead.
  const yearsWithData = [...new Set([...(dataYears.data?.graduationYears ?? []), ...(dataYears.data?.awardYears ?? [])])].sort((a, b) => b - a);
  const emptyYear = dataYears.data !== undefined && yearsWithData.length > 0 && !yearsWithData.includes(year);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Space wrap size="large">
          <PeriodControls period={period} />
          {practiceSettings.data && (
            <Popover
              trigger="click"
              title="各项数据的统计口径"
              content={
                <Descriptions column={1} size="small" bordered style={{ maxWidth: 600 }} styles={{ label: { whiteSpace: 'nowrap' } }} data-testid="period-statements">
                  {periodStatements(asOf, year, practiceSettings.data).map((p) => (
                    <Descriptions.Item key={p.item} label={p.item}>
                      {p.text}
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              }
            >
              <Button type="link" size="small" icon={<InfoCircleOutlined />}>
                统计口径
              </Button>
            </Popover>
          )}
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
