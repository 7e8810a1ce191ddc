// 学校年度数据: the figures no roster gives, for one statistics year, with the derived figures beside the form. The
// form groups the 质量年报 tables' fields by table, for the school's type (annualFieldsFor); once graduates'
// destinations are recorded on the students, the destination figures come from those records, and the page says so.
import { useState } from 'react';
import { App as AntApp, Alert, Card, Col, Descriptions, InputNumber, Row, Space, Spin, Typography } from 'antd';
import { annualDataInputSchema, type AnnualDataResult, type DerivedFigure } from '@shared/annualData';
import { schoolYearLabel, statisticsYearOf } from '@shared/dates';
import { annualFieldsFor } from '@shared/qualityTables';
import type { School } from '@shared/school';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';
import { formatCounts, formatNumber, formatPercent } from '../../format';

function figureText(f: DerivedFigure): string {
  return f.unit === '%' ? formatPercent(f.value) : f.value === null ? '—' : `${formatNumber(f.value)} 元/生·年`;
}

function Figures({ result }: { result: AnnualDataResult }) {
  const recorded = result.recordedDestinations;
  return (
    <Card title={`${result.schoolYear}年度计算指标`}>
      {recorded ? (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="就业率、升学率、本地就业率和困难家庭毕业生就业率按学生记录计算"
          description={`${result.schoolYear}届毕业生 ${formatNumber(recorded.graduatesTotal)} 人（学籍状态为“毕业”），已登记就业 ${formatNumber(recorded.employed)} 人、升学 ${formatNumber(recorded.furtherStudy)} 人；未登记去向的计入毕业生总数。表单中的毕业生去向人数不参与这几项计算。`}
        />
      ) : (
        <Typography.Paragraph type="secondary">毕业生去向按表单填写的人数计算；在学生档案中登记毕业去向后，将改为按学生记录计算。</Typography.Paragraph>
      )}
      <Descriptions column={1} bordered size="small">
        {result.figures.map((f) => (
          <Descriptions.Item key={f.id} label={f.label}>
            <Space orientation="vertical" size={0}>
              <Typography.Text strong aria-label={f.label}>
                {figureText(f)}
              </Typography.Text>
              <Typography.Text type="secondary">
                {f.rule}
                {f.unit === '%' ? `：${f.numerator === null || f.denominator === null ? '人数未填全' : formatCounts(f)}` : ''}
              </Typography.Text>
            </Space>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </Card>
  );
}

export function AnnualDataPage({ school }: { school: School }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const [schoolYear, setSchoolYear] = useState(statisticsYearOf(school.cutoffDate));
  const fields = annualFieldsFor(school.type);
  const data = useLoad(() => api.call('annualData.get', { schoolYear }), [api, schoolYear]);
  const result = data.data?.schoolYear === schoolYear ? data.data : undefined;

  return (
    <div>
      <Space style={{ marginBottom: 16 }}>
        <span>统计年度</span>
        <InputNumber aria-label="年度" min={2000} max={2100} value={schoolYear} onChange={(v) => v && setSchoolYear(v)} />
        <Typography.Text type="secondary">{schoolYearLabel(schoolYear)}；毕业生去向按该年毕业的学生统计，“质量年报·”各组是{school.type}质量年报数据表要填报的项目</Typography.Text>
      </Space>
      {data.error && <Alert type="error" showIcon title={data.error} style={{ marginBottom: 16 }} />}
      {!result ? (
        <Spin />
      ) : (
        <Row gutter={24}>
          <Col xs={24} xl={14}>
            <Card title={`${schoolYear}年度学校数据`}>
              <RecordForm
                key={`${schoolYear}-${result.values ? 'saved' : 'new'}`}
                name="annualData"
                fields={fields}
                schema={annualDataInputSchema}
                initialValues={result.values ?? {}}
                onSubmit={async (values) => {
                  // the other school type's fields are not on the form; RecordForm submits them as loaded
                  await api.call('annualData.save', { schoolYear, values });
                  message.success(`已保存${schoolYear}年度数据`);
                  data.reload();
                }}
              />
            </Card>
          </Col>
          <Col xs={24} xl={10}>
            <Figures result={result} />
          </Col>
        </Row>
      )}
    </div>
  );
}
