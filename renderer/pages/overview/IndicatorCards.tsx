// One card per indicator: value, target, met or not in colour, and the counts that open the records behind them.
import { Button, Card, Col, Row, Space, Tooltip, Typography } from 'antd';
import { QuestionCircleOutlined } from '@ant-design/icons';
import type { IndicatorResult } from '@shared/indicators';
import { formatNumber } from '../../format';
import { formatIndicatorValue, formatTarget, metColour } from './indicatorText';

export function IndicatorCards({ indicators, onDrill }: { indicators: IndicatorResult[]; onDrill: (i: IndicatorResult, part: 'numerator' | 'denominator') => void }) {
  return (
    <Row gutter={[16, 16]}>
      {indicators.map((i) => (
        <Col key={i.id} xs={24} sm={12} lg={8} xxl={6}>
          <Card size="small" data-indicator={i.id} style={{ height: '100%', borderTop: `3px solid ${metColour(i.met)}` }}>
            <Space orientation="vertical" size={2} style={{ width: '100%' }}>
              <Typography.Text type="secondary">
                {i.label}{' '}
                <Tooltip title={i.rule}>
                  <QuestionCircleOutlined aria-label={`${i.label}的口径`} />
                </Tooltip>
              </Typography.Text>
              <Typography.Text strong style={{ fontSize: 24, color: metColour(i.met) }} data-testid="indicator-value">
                {formatIndicatorValue(i.unit, i.value)}
              </Typography.Text>
              <Typography.Text style={{ color: metColour(i.met) }} data-testid="indicator-target">
                {formatTarget(i)}
                {i.met === true ? '，已达标' : i.met === false ? '，未达标' : ''}
              </Typography.Text>
              {i.numerator !== null && (
                <Space size={4} wrap>
                  <Button type="link" size="small" style={{ padding: 0 }} disabled={!i.drill?.numeratorRecords} onClick={() => onDrill(i, 'numerator')}>
                    {formatNumber(i.numerator)}
                  </Button>
                  {i.denominator !== null && (
                    <>
                      <span>/</span>
                      <Button type="link" size="small" style={{ padding: 0 }} disabled={!i.drill?.denominatorRecords} onClick={() => onDrill(i, 'denominator')}>
                        {formatNumber(i.denominator)}
                      </Button>
                    </>
                  )}
                </Space>
              )}
              {i.note && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.note}</Typography.Text>}
            </Space>
          </Card>
        </Col>
      ))}
    </Row>
  );
}
