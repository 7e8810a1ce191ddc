// 企业实践 on a teacher's page: where they stand (days counted of required, shortfall, deadline), the records in
// the window on a timeline, and all their records with evidence.
import { Alert, Button, Card, Descriptions, Progress, Space, Table, Tag, Tooltip, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { overlapWarnings, practiceFields, type PracticeRow } from '@shared/practice';
import { useApi } from '../../api/ApiContext';
import { useLoad, useEditing } from '../../hooks';
import { descriptorColumns, useActionsColumn } from '../../components/listTable';
import { ComplianceTag, daysText } from './complianceTag';
import { EvidenceList } from './EvidenceList';
import { PracticeFormDrawer, type PracticeEditing } from './PracticeFormDrawer';
import { PracticeTimeline } from './PracticeTimeline';

export function TeacherPracticeTab({ staffId, staffName }: { staffId: number; staffName: string }) {
  const api = useApi();
  const summary = useLoad(() => api.call('practice.teacherSummary', { staffId }), [api, staffId]);
  const records = useLoad(() => api.call('practice.list', { staffId, pageSize: 1000 }), [api, staffId]);
  const reload = () => {
    summary.reload();
    records.reload();
  };
  const { setEditing, drawer } = useEditing<PracticeEditing>(reload);
  const rows = records.data?.rows ?? [];

  const columns: TableProps<PracticeRow>['columns'] = [
    ...descriptorColumns<PracticeRow>(practiceFields),
    {
      key: 'notes',
      title: '提示',
      render: (_: unknown, r: PracticeRow) => {
        const overlaps = overlapWarnings(r, rows.filter((o) => o.id !== r.id));
        return (
          <Space size={4}>
            {overlaps.length > 0 && (
              <Tooltip title={overlaps.join('；')}>
                <Tag color="warning">时间重叠</Tag>
              </Tooltip>
            )}
            {r.evidenceCount > 0 ? <Tag>证明材料 {r.evidenceCount}</Tag> : <Tag color="default">无证明材料</Tag>}
          </Space>
        );
      },
    },
    useActionsColumn<PracticeRow>(
      (r) => setEditing({ staffId, staffName, record: r }),
      (r) => ({
        title: `确定删除 ${r.startDate}～${r.endDate}（${r.enterpriseName}）的实践记录吗？`,
        content: r.evidenceCount ? `记录的 ${r.evidenceCount} 份证明材料将一并删除。删除会记入操作记录。` : '删除会记入操作记录。',
        remove: () => api.call('practice.delete', { id: r.id }),
        done: '已删除实践记录',
        after: reload,
      }),
    ),
  ];

  const s = summary.data;
  const c = s?.compliance;
  return (
    <div>
      {summary.error && <Alert type="error" showIcon title={summary.error} style={{ marginBottom: 16 }} />}
      <Card size="small" title="达标情况" loading={summary.loading && !s} style={{ marginBottom: 16 }}>
        {s && !c && <Typography.Paragraph type="secondary">只有在职的专任教师计算企业实践达标情况；这位教职工的实践记录照常登记。</Typography.Paragraph>}
        {s && c && (
          <Descriptions column={{ xs: 1, md: 4 }} size="small">
            <Descriptions.Item label="状态">
              <ComplianceTag status={c.status} />
            </Descriptions.Item>
            <Descriptions.Item label="已计实践天数">
              <Space>
                <span aria-label="已计实践天数">{daysText(c)}</span>
                {c.status !== '不适用' && (
                  <Progress percent={Math.min(100, Math.floor((c.days / c.requiredDays) * 100))} size="small" style={{ width: 120, margin: 0 }} />
                )}
              </Space>
            </Descriptions.Item>
            <Descriptions.Item label="还差">{c.status === '不适用' ? '—' : `${c.shortfallDays} 天`}</Descriptions.Item>
            <Descriptions.Item label="完成期限">{c.deadline ?? '—'}</Descriptions.Item>
          </Descriptions>
        )}
        {s && c?.status === '不适用' && <Typography.Text type="secondary">公共基础课教师（或未填任教类别）不要求180天，实践天数仅作记录。</Typography.Text>}
        {s?.preServiceFlag && <Alert type="warning" showIcon title={s.preServiceFlag} style={{ marginTop: 8 }} />}
        {s && <PracticeTimeline window={s.window} records={s.windowRecords} />}
        {s && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            截至 {s.asOf}（学校的统计截止日期）。每条记录的实践天数平均分布在起止日期之间，时间重叠的日子只计一次。
          </Typography.Text>
        )}
      </Card>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Text strong>实践记录</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ staffId, staffName, record: null })}>
          新增实践记录
        </Button>
      </Space>
      {records.error && <Alert type="error" showIcon title={records.error} style={{ marginBottom: 16 }} />}
      <Table<PracticeRow>
        rowKey="id"
        size="middle"
        loading={records.loading}
        columns={columns}
        dataSource={rows}
        pagination={false}
        scroll={{ x: 'max-content' }}
        expandable={{ expandedRowRender: (r) => <EvidenceList practiceId={r.id} onChanged={records.reload} />, expandRowByClick: false }}
        locale={{ emptyText: '还没有企业实践记录，点击“新增实践记录”添加' }}
      />
      <Typography.Text type="secondary">点击记录左侧的“+”可查看和上传证明材料。</Typography.Text>
      <PracticeFormDrawer
        {...drawer}
      />
    </div>
  );
}
