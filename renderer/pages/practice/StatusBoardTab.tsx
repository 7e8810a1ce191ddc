// 达标情况: one row per 在职 专任教师 as of a date (default: the school's 统计截止日期), filterable by status, with
// the rule's settings (required days, window, fixed cycle) and the 口径 spelled out.
import { useState } from 'react';
import { Alert, Button, DatePicker, Segmented, Space, Table, type TableProps } from 'antd';
import { SettingOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { Link } from 'react-router';
import type { ComplianceRow, StatusBoard } from '@shared/practice';
import { COMPLIANCE_STATUSES, reviewCountingStatement, type ComplianceStatus } from '@shared/rules/practice';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { useMayCall } from '../../api/signedInRole';
import { ComplianceTag, daysText } from './complianceTag';
import { PracticeSettingsModal } from './PracticeSettingsModal';

/** The 口径 of DESIGN §4.1 in the words of the current settings. */
export function ruleText(board: Pick<StatusBoard, 'settings' | 'window'>): string {
  const { requiredDays, windowYears, fixedCycle } = board.settings;
  const period = fixedCycle ? `固定周期 ${fixedCycle.start}～${fixedCycle.end} 内` : `截止日期前${windowYears}年内（${board.window.start}～${board.window.end}）`;
  return `专业课和实习指导教师${period}累计企业实践不少于 ${requiredDays} 天为达标。每条记录的实践天数平均分布在起止日期之间，时间重叠的日子只计一次。来校不满${windowYears}年且天数不足的为“进行中”（期限为来校日期后${windowYears}年），剩余时间已不够补足的为“有风险”；公共基础课教师“不适用”。${reviewCountingStatement(board.settings)}。`;
}

export function StatusBoardTab() {
  const api = useApi();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<ComplianceStatus | '全部'>('全部');
  const [settingsOpen, setSettingsOpen] = useState(false);
  const mayChangeSettings = useMayCall()('practice.settings.set');
  const board = useLoad(() => api.call('practice.statusBoard', { asOf, status: status === '全部' ? undefined : status }), [api, asOf, status]);
  const b = board.data;

  const columns: TableProps<ComplianceRow>['columns'] = [
    { key: 'staffNo', dataIndex: 'staffNo', title: '工号', sorter: (x, y) => x.staffNo.localeCompare(y.staffNo) },
    { key: 'name', title: '姓名', render: (_: unknown, r: ComplianceRow) => <Link to={`/staff/${r.staffId}?tab=practice`}>{r.name}</Link> },
    { key: 'teachingCategory', dataIndex: 'teachingCategory', title: '任教类别', render: (v: string | null) => v ?? '未填写' },
    { key: 'joinDate', dataIndex: 'joinDate', title: '来校日期' },
    { key: 'days', title: '已计实践天数', sorter: (x, y) => x.days - y.days, render: (_: unknown, r: ComplianceRow) => daysText(r) },
    { key: 'status', dataIndex: 'status', title: '状态', render: (s: ComplianceStatus) => <ComplianceTag status={s} /> },
    { key: 'shortfallDays', dataIndex: 'shortfallDays', title: '还差（天）', sorter: (x, y) => x.shortfallDays - y.shortfallDays, render: (n: number) => (n ? n : '—') },
    { key: 'deadline', dataIndex: 'deadline', title: '完成期限', render: (v: string | null) => v ?? '—' },
  ];

  return (
    <div>
      <Space style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <span>统计截止日期</span>
          <DatePicker
            aria-label="统计截止日期"
            format="YYYY-MM-DD"
            allowClear={false}
            value={b ? dayjs(b.asOf) : null}
            onChange={(d) => setAsOf(d ? d.format('YYYY-MM-DD') : undefined)}
          />
          <Segmented<ComplianceStatus | '全部'>
            value={status}
            onChange={setStatus}
            options={['全部', ...COMPLIANCE_STATUSES].map((s) => ({
              value: s as ComplianceStatus | '全部',
              label: s === '全部' || !b ? s : `${s} ${b.counts[s as ComplianceStatus]}`,
            }))}
          />
        </Space>
        {mayChangeSettings && (
          <Button icon={<SettingOutlined />} onClick={() => setSettingsOpen(true)}>
            达标设置
          </Button>
        )}
      </Space>
      {b && <Alert type="info" title={ruleText(b)} style={{ marginBottom: 12 }} />}
      {board.error && <Alert type="error" showIcon title={board.error} style={{ marginBottom: 12 }} />}
      <Table<ComplianceRow>
        rowKey="staffId"
        size="middle"
        loading={board.loading}
        columns={columns}
        dataSource={b?.rows ?? []}
        pagination={{ defaultPageSize: 50, showSizeChanger: true, showTotal: (t) => `共 ${t.toLocaleString('zh-CN')} 人` }}
        locale={{ emptyText: status === '全部' ? '没有在职的专任教师' : `没有“${status}”的教师` }}
      />
      <PracticeSettingsModal
        open={settingsOpen}
        onClose={() => setSettingsOpen(false)}
        onSaved={() => {
          setSettingsOpen(false);
          board.reload();
        }}
      />
    </div>
  );
}
