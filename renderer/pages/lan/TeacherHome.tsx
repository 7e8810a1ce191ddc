// A teacher's own page on the school network, for a phone (375 wide) as for a PC: the days counted in the current
// window, what is still needed and by when, their records with each one's review state, and a form to log a record
// with photos or PDFs as evidence. A record enters 待审核; until 教务 passes it the teacher may withdraw it, and one
// sent back (已退回) shows the reason and goes back to 待审核 once corrected. The
// server checks every call against the account (DESIGN §12), so this page shows only what it may do.
import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Descriptions, Drawer, List, Popconfirm, Space, Tag, Typography, Upload } from 'antd';
import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import type { UploadFile } from 'antd';
import { todayIso } from '@shared/dates';
import { EVIDENCE_ACCEPT, practiceFields, practiceInputSchema, type PracticeRow } from '@shared/practice';
import type { User } from '@shared/users';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';
import { errorText, formatNumber } from '../../format';
import { readAsBase64 } from '../../platform/files';
import { ComplianceTag, daysText } from '../practice/complianceTag';

// the teacher does not choose the review state: the server enters every record of theirs as 待审核
const TEACHER_FIELDS = practiceFields.filter((f) => f.key !== 'reviewState');
const REVIEW_COLOURS: Record<PracticeRow['reviewState'], string> = { 待审核: 'orange', 已审核: 'green', 已退回: 'red' };

export function TeacherHome({ user, onSignOut }: { user: User; onSignOut: () => void }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const staffId = user.staffId!;
  const summary = useLoad(() => api.call('practice.teacherSummary', { staffId, asOf: todayIso() }), [api, staffId]);
  const records = useLoad(() => api.call('practice.list', { pageSize: 200 }), [api]);
  /** 'new', or the record sent back that the teacher corrects */
  const [editing, setEditing] = useState<'new' | PracticeRow | null>(null);
  const [files, setFiles] = useState<UploadFile[]>([]);
  const reload = () => {
    summary.reload();
    records.reload();
  };
  const status = summary.data?.compliance;

  return (
    <div style={{ maxWidth: 720, margin: '0 auto', padding: 12 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          我的企业实践
        </Typography.Title>
        <Space>
          <Typography.Text>{user.name}</Typography.Text>
          <Button size="small" onClick={onSignOut}>
            退出
          </Button>
        </Space>
      </Space>
      {summary.error && <Alert type="error" showIcon title={summary.error} style={{ marginBottom: 12 }} />}
      {summary.data && (
        <Card size="small" title={`截至 ${summary.data.asOf}`} style={{ marginBottom: 12 }} data-testid="my-status">
          {status ? (
            <Descriptions column={1} size="small">
              <Descriptions.Item label="状态">
                <ComplianceTag status={status.status} />
              </Descriptions.Item>
              <Descriptions.Item label="已累计">{daysText(status)}</Descriptions.Item>
              <Descriptions.Item label="统计区间">
                {summary.data.window.start} 至 {summary.data.window.end}
              </Descriptions.Item>
              {status.shortfallDays > 0 && <Descriptions.Item label="尚差">{formatNumber(status.shortfallDays)} 天</Descriptions.Item>}
              {status.deadline && <Descriptions.Item label="完成期限">{status.deadline}</Descriptions.Item>}
            </Descriptions>
          ) : (
            <Typography.Text type="secondary">你的岗位不在企业实践达标要求之内，实践记录照常登记。</Typography.Text>
          )}
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            {summary.data.reviewCounting}。
          </Typography.Paragraph>
          {summary.data.preServiceFlag && <Alert type="warning" showIcon title={summary.data.preServiceFlag} style={{ marginTop: 8 }} />}
        </Card>
      )}
      <Button type="primary" icon={<PlusOutlined />} block onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
        登记企业实践
      </Button>
      <Card size="small" title="我的实践记录">
        <List
          // actions under each record, not beside it: a phone is 375 wide
          itemLayout="vertical"
          loading={records.loading}
          dataSource={records.data?.rows ?? []}
          locale={{ emptyText: '还没有实践记录' }}
          renderItem={(r) => (
            <List.Item
              data-testid="my-record"
              actions={
                r.reviewState !== '已审核'
                  ? [
                      ...(r.reviewState === '已退回'
                        ? [
                            <Button key="fix" size="small" type="primary" onClick={() => setEditing(r)}>
                              修改后重新提交
                            </Button>,
                          ]
                        : []),
                      <Popconfirm
                        key="withdraw"
                        title={`撤回 ${r.enterpriseName}（${r.startDate}起）的记录？`}
                        okText="撤回"
                        cancelText="取消"
                        onConfirm={async () => {
                          try {
                            await api.call('practice.delete', { id: r.id });
                            message.success('已撤回');
                            reload();
                          } catch (e) {
                            message.error(errorText(e));
                          }
                        }}
                      >
                        <Button size="small" danger>
                          撤回
                        </Button>
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <List.Item.Meta
                title={
                  <Space wrap>
                    {r.enterpriseName}
                    <Tag color={REVIEW_COLOURS[r.reviewState]}>{r.reviewState}</Tag>
                  </Space>
                }
                description={
                  <>
                    {`${r.startDate} 至 ${r.endDate}，${r.days} 天，${r.form}${r.evidenceCount ? `，佐证材料 ${r.evidenceCount} 份` : ''}`}
                    {r.reviewState === '已退回' && r.reviewNote && <Alert type="warning" showIcon style={{ marginTop: 8 }} title={`退回原因：${r.reviewNote}`} />}
                  </>
                }
              />
            </List.Item>
          )}
        />
      </Card>
      <Drawer
        open={editing !== null}
        title={editing === 'new' ? '登记企业实践' : '修改后重新提交'}
        size={Math.min(window.innerWidth, 560)}
        onClose={() => setEditing(null)}
        destroyOnHidden
      >
        <RecordForm
          name="myPractice"
          fields={TEACHER_FIELDS}
          schema={practiceInputSchema}
          initialValues={editing && editing !== 'new' ? editing : undefined}
          submitText="提交审核"
          extraActions={
            <Upload accept={EVIDENCE_ACCEPT} multiple fileList={files} beforeUpload={() => false} onChange={({ fileList }) => setFiles(fileList)}>
              <Button icon={<UploadOutlined />}>添加照片或 PDF 佐证</Button>
            </Upload>
          }
          onSubmit={async (values) => {
            const { record } = editing && editing !== 'new' ? await api.call('practice.update', { id: editing.id, values }) : await api.call('practice.create', { staffId, values });
            for (const f of files) if (f.originFileObj) await api.call('practice.evidence.add', { practiceId: record.id, fileName: f.name, base64: await readAsBase64(f.originFileObj) });
            message.success('已提交，等待教务审核');
            setFiles([]);
            setEditing(null);
            reload();
          }}
          onCancel={() => setEditing(null)}
        />
      </Drawer>
    </div>
  );
}
