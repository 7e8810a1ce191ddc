// 证书获取率 (DESIGN §4.2): for a graduation year, the school's rate with its counts, by major and by class, and the
// students still lacking a qualifying certificate. The qualifying levels are a setting, shown and editable here.
import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Col, DatePicker, InputNumber, Modal, Row, Select, Space, Statistic, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import type { z } from 'zod';
import { levelLabel, type CertificateRate, type certificateThresholdsSchema } from '@shared/certificates';
import { defaultCutoff } from '@shared/rules/certificates';
import { SCHOOL_TYPES, SKILL_LEVELS, X_CERT_LEVELS } from '@shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { currentYear, errorText, formatCounts, formatNumber, formatPercent } from '../../format';

type Thresholds = z.output<typeof certificateThresholdsSchema>;
type MajorRow = CertificateRate['byMajor'][number];
type ClassRow = CertificateRate['byClass'][number];

const rateColumns = [
  { key: 'numerator', title: '取得合格证书（人）', dataIndex: 'numerator', align: 'right' as const, render: formatNumber },
  { key: 'denominator', title: '毕业生（人）', dataIndex: 'denominator', align: 'right' as const, render: formatNumber },
  { key: 'value', title: '获取率', dataIndex: 'value', align: 'right' as const, render: formatPercent },
];

function ThresholdsEditor({ value, onSaved, onClose }: { value: Thresholds; onSaved: () => void; onClose: () => void }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const [draft, setDraft] = useState(value);
  const set = (type: keyof Thresholds, key: keyof Thresholds[keyof Thresholds], level: string) =>
    setDraft((d) => ({ ...d, [type]: { ...d[type], [key]: level } }));
  return (
    <Modal
      open
      title="合格证书的最低等级"
      width={600}
      okText="保存"
      cancelText="取消"
      onCancel={onClose}
      onOk={async () => {
        try {
          await api.call('certificates.setThresholds', draft);
          message.success('已保存合格证书的最低等级');
          onSaved();
        } catch (e) {
          message.error(errorText(e));
        }
      }}
    >
      <Table
        rowKey="type"
        size="small"
        pagination={false}
        dataSource={SCHOOL_TYPES.map((type) => ({ type }))}
        columns={[
          { key: 'type', title: '办学类型', dataIndex: 'type' },
          {
            key: 'skill',
            title: '职业资格/技能等级证书',
            render: (_: unknown, { type }) => (
              <Select aria-label={`${type}技能等级`} style={{ width: 200 }} value={draft[type].minSkillLevel} onChange={(v) => set(type, 'minSkillLevel', v)}
                options={SKILL_LEVELS.map((l) => ({ value: l, label: `${levelLabel(l)}及以上` }))} />
            ),
          },
          {
            key: 'x',
            title: '1+X证书',
            render: (_: unknown, { type }) => (
              <Select aria-label={`${type}1+X等级`} style={{ width: 130 }} value={draft[type].minXCertLevel} onChange={(v) => set(type, 'minXCertLevel', v)}
                options={X_CERT_LEVELS.map((l) => ({ value: l, label: `${l}及以上` }))} />
            ),
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 12 }}>
        默认：中职、技工院校为四级（中级工）或1+X初级及以上；高职为三级（高级工）或1+X中级及以上。
      </Typography.Paragraph>
    </Modal>
  );
}

export function CertificateRatePage() {
  const api = useApi();
  const [year, setYear] = useState(currentYear());
  const [cutoffDate, setCutoffDate] = useState<string>();
  const [editingThresholds, setEditingThresholds] = useState(false);
  const rate = useLoad(() => api.call('certificates.rate', { year, cutoffDate }), [api, year, cutoffDate]);
  const thresholds = useLoad(() => api.call('certificates.getThresholds', {}), [api]);
  const r = rate.data;

  return (
    <div>
      <Space wrap style={{ marginBottom: 16 }}>
        <span>毕业年份</span>
        <InputNumber aria-label="毕业年份" min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} />
        <span>证书取得截止日期</span>
        <DatePicker
          aria-label="证书取得截止日期"
          format="YYYY-MM-DD"
          placeholder={defaultCutoff(year)}
          value={cutoffDate ? dayjs(cutoffDate) : null}
          onChange={(d) => setCutoffDate(d ? d.format('YYYY-MM-DD') : undefined)}
        />
      </Space>
      {rate.error && <Alert type="error" showIcon title={rate.error} style={{ marginBottom: 16 }} />}
      {r && (
        <>
          <Row gutter={16} style={{ marginBottom: 16 }}>
            <Col xs={24} md={8}>
              <Card>
                <Statistic title={`${r.year}届毕业生证书获取率`} value={formatPercent(r.school.value)} />
                <Typography.Text aria-label="获取人数与毕业生人数">
                  {formatCounts(r.school)}（取得合格证书 {formatNumber(r.school.numerator)} 人 / 毕业生 {formatNumber(r.school.denominator)} 人）
                </Typography.Text>
              </Card>
            </Col>
            <Col xs={24} md={16}>
              <Card
                title="计算口径"
                extra={
                  <Button size="small" onClick={() => setEditingThresholds(true)} disabled={!thresholds.data}>
                    修改合格等级
                  </Button>
                }
              >
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  毕业生：预计 {r.year} 年毕业、学籍状态为“在籍”或“毕业”的学生（休学、退学、转出的不计）。
                  <br />
                  合格证书（本校为{r.schoolType}）：职业资格证书或职业技能等级证书{levelLabel(r.thresholds.minSkillLevel)}及以上，或1+X证书
                  {r.thresholds.minXCertLevel}及以上，且在 {r.cutoffDate} 前（含当日）取得。
                </Typography.Paragraph>
              </Card>
            </Col>
          </Row>
          <Row gutter={16}>
            <Col xs={24} lg={12}>
              <Card title="按专业" style={{ marginBottom: 16 }}>
                <Table<MajorRow> rowKey={(m) => String(m.majorId)} size="small" pagination={false} dataSource={r.byMajor} locale={{ emptyText: '这一年没有毕业生' }}
                  columns={[{ key: 'majorName', title: '专业', dataIndex: 'majorName', render: (v: string | null) => v ?? '（未分专业）' }, ...rateColumns]} />
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card title="按班级" style={{ marginBottom: 16 }}>
                <Table<ClassRow> rowKey={(c) => `${c.majorId}-${c.classId}`} size="small" pagination={false} dataSource={r.byClass} locale={{ emptyText: '这一年没有毕业生' }}
                  columns={[{ key: 'className', title: '班级', dataIndex: 'className', render: (v: string | null) => v ?? '（未分班）' }, ...rateColumns]} />
              </Card>
            </Col>
          </Row>
          <Card title={`尚未取得合格证书的学生（${formatNumber(r.lacking.length)} 人）`}>
            <Table rowKey="id" size="small" dataSource={r.lacking} pagination={{ pageSize: 50, hideOnSinglePage: true }} locale={{ emptyText: '全部毕业生都已取得合格证书' }}
              columns={[
                { key: 'studentNo', title: '学号', dataIndex: 'studentNo' },
                { key: 'name', title: '姓名', dataIndex: 'name' },
                { key: 'majorName', title: '专业', dataIndex: 'majorName', render: (v: string | null) => v ?? '—' },
                { key: 'className', title: '班级', dataIndex: 'className', render: (v: string | null) => v ?? '—' },
                { key: 'status', title: '学籍状态', dataIndex: 'status' },
              ]} />
          </Card>
        </>
      )}
      {editingThresholds && thresholds.data && (
        <ThresholdsEditor
          value={thresholds.data}
          onClose={() => setEditingThresholds(false)}
          onSaved={() => {
            setEditingThresholds(false);
            thresholds.reload();
            rate.reload();
          }}
        />
      )}
    </div>
  );
}
