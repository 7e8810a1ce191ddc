// 待审核: the practice records teachers logged (or anyone entered) that 教务 has not yet looked at, each with its
// evidence to open; 通过 makes it 已审核, 退回 sends it back with a reason the teacher reads on their page.
import { useState } from 'react';
import { App as AntApp, Button, Card, Empty, Input, List, Modal, Space, Tag, Typography } from 'antd';
import type { PracticeRow } from '@shared/practice';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { errorText } from '../../format';
import { EvidenceList } from './EvidenceList';

export function ReviewQueueTab() {
  const api = useApi();
  const { message } = AntApp.useApp();
  const queue = useLoad(() => api.call('practice.list', { reviewState: '待审核', pageSize: 200 }), [api]);
  const [returning, setReturning] = useState<PracticeRow | null>(null);
  const [reason, setReason] = useState('');

  const decide = async (r: PracticeRow, decision: '通过' | '退回', why?: string) => {
    try {
      await api.call('practice.review', { id: r.id, decision, reason: why });
      message.success(decision === '通过' ? `已通过：${r.staffName} ${r.enterpriseName}` : `已退回：${r.staffName} ${r.enterpriseName}`);
      setReturning(null);
      setReason('');
      queue.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  const rows = queue.data?.rows ?? [];
  return (
    <Card size="small" title={`待审核的实践记录（${queue.data?.total ?? 0} 条）`}>
      {rows.length === 0 && !queue.loading ? (
        <Empty description="没有待审核的记录" />
      ) : (
        <List
          loading={queue.loading}
          dataSource={rows}
          renderItem={(r) => (
            <List.Item
              data-testid="review-item"
              actions={[
                <Button key="pass" type="primary" size="small" onClick={() => void decide(r, '通过')}>
                  通过
                </Button>,
                <Button key="return" danger size="small" onClick={() => setReturning(r)}>
                  退回
                </Button>,
              ]}
            >
              <Space orientation="vertical" style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>
                    {r.staffName}（{r.staffNo}）
                  </Typography.Text>
                  <span>{r.enterpriseName}</span>
                  <Tag color="orange">{r.reviewState}</Tag>
                  {r.submittedBy === null ? <Tag>学校录入</Tag> : <Tag color="blue">教师填报</Tag>}
                </Space>
                <Typography.Text type="secondary">
                  {r.startDate} 至 {r.endDate}，{r.days} 天，{r.form}
                  {r.position ? `，${r.position}` : ''}
                  {r.content ? `：${r.content}` : ''}
                </Typography.Text>
                <EvidenceList practiceId={r.id} onChanged={() => queue.reload()} />
              </Space>
            </List.Item>
          )}
        />
      )}
      <Modal
        open={returning !== null}
        title={returning ? `退回 ${returning.staffName} 的记录（${returning.enterpriseName}）` : ''}
        okText="退回"
        okButtonProps={{ danger: true, disabled: !reason.trim() }}
        cancelText="取消"
        onOk={() => returning && void decide(returning, '退回', reason.trim())}
        onCancel={() => setReturning(null)}
        destroyOnHidden
      >
        <Typography.Paragraph>请写明需要教师修改或补充什么，教师会在自己的页面看到：</Typography.Paragraph>
        <Input.TextArea aria-label="退回原因" rows={3} maxLength={200} value={reason} onChange={(e) => setReason(e.target.value)} />
      </Modal>
    </Card>
  );
}
