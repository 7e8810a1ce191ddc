// 操作记录: every create, update, delete, import and restore — when, which record, field, old → new, how.
import { useEffect, useState } from 'react';
import { Alert, DatePicker, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { AUDIT_ACTIONS, type AuditEntry } from '@shared/contract/audit';
import { entityLabel, fieldLabel } from '@shared/auditLabels';
import { useApi } from '../../api/ApiContext';
import { useDebounced, useLoad } from '../../hooks';

const ACTION_COLOURS: Record<(typeof AUDIT_ACTIONS)[number], string> = { 新增: 'green', 修改: 'blue', 删除: 'red', 导入: 'purple', 导出: 'cyan', 恢复: 'orange', 查看: 'default' };

export function AuditPage() {
  const api = useApi();
  const [search, setSearch] = useState('');
  const term = useDebounced(search.trim());
  const [action, setAction] = useState<(typeof AUDIT_ACTIONS)[number]>();
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const [paging, setPaging] = useState({ page: 1, pageSize: 50 });
  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [term, action, range]);

  const list = useLoad(
    () =>
      api.call('audit.list', {
        search: term || undefined,
        action,
        from: range?.[0]?.format('YYYY-MM-DD'),
        to: range?.[1]?.format('YYYY-MM-DD'),
        ...paging,
      }),
    [api, term, action, range, paging],
  );

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Input.Search aria-label="搜索操作记录" placeholder="搜索姓名、字段或内容" allowClear style={{ width: 260 }} value={search} onChange={(e) => setSearch(e.target.value)} />
        <Select aria-label="操作类型" allowClear placeholder="操作类型" style={{ width: 120 }} value={action} onChange={setAction} options={AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))} />
        <DatePicker.RangePicker aria-label="日期范围" value={range} onChange={(v) => setRange(v as [Dayjs | null, Dayjs | null] | null)} />
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      <Table<AuditEntry>
        rowKey="id"
        size="small"
        loading={list.loading}
        dataSource={list.data?.rows ?? []}
        pagination={{ current: paging.page, pageSize: paging.pageSize, total: list.data?.total ?? 0, showTotal: (t) => `共 ${t.toLocaleString('zh-CN')} 条`, onChange: (page, pageSize) => setPaging({ page, pageSize }) }}
        locale={{ emptyText: '没有操作记录' }}
        columns={[
          { key: 'at', dataIndex: 'at', title: '时间', width: 170 },
          { key: 'action', dataIndex: 'action', title: '操作', width: 80, render: (a: string) => <Tag color={(ACTION_COLOURS as Record<string, string>)[a]}>{a}</Tag> },
          { key: 'entity', title: '对象', render: (_: unknown, r: AuditEntry) => entityLabel(r.entity) },
          { key: 'label', dataIndex: 'label', title: '记录' },
          { key: 'field', title: '字段', render: (_: unknown, r: AuditEntry) => fieldLabel(r.entity, r.field) },
          {
            key: 'change',
            title: '原值 → 新值',
            render: (_: unknown, r: AuditEntry) =>
              r.field ? (
                <span>
                  <Typography.Text delete type="secondary">{r.oldValue ?? '（空）'}</Typography.Text> → {r.newValue ?? '（空）'}
                </span>
              ) : null,
          },
          { key: 'via', dataIndex: 'via', title: '方式', width: 90 },
          { key: 'by', dataIndex: 'by', title: '操作人', width: 130, render: (by: string | null) => by ?? '本机' },
        ]}
      />
      <Typography.Text type="secondary">操作记录保存在数据文件中，身份证号和电话只记录隐去中间部分后的号码。</Typography.Text>
    </Space>
  );
}
