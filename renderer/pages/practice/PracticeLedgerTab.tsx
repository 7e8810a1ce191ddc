// 实践台账: every practice record of the school, filtered by teacher, start year, form and review state.
import { useEffect, useState } from 'react';
import { Alert, Button, InputNumber, Space, Table, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { practiceFields, type PracticeListQuery, type PracticeRow } from '@shared/practice';
import { PRACTICE_FORMS, REVIEW_STATES } from '@shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useLoad, useEditing } from '../../hooks';
import { descriptorColumns, serverPagination, useActionsColumn } from '../../components/listTable';
import { EnumFilter } from '../../components/EnumFilter';
import { PracticeFormDrawer, type PracticeEditing } from './PracticeFormDrawer';
import { StaffSelect, type PickedStaff } from './StaffSelect';
import { BatchEntryButton } from '../batch/BatchEntryButton';
import { FirstSteps } from '../../components/FirstSteps';

type Filters = Pick<PracticeListQuery, 'year' | 'form' | 'reviewState'>;

export function PracticeLedgerTab() {
  const api = useApi();
  const [teacher, setTeacher] = useState<PickedStaff | null>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [adding, setAdding] = useState(false);
  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [teacher, filters]);
  const list = useLoad(() => api.call('practice.list', { staffId: teacher?.id, ...filters, ...paging }), [api, teacher, filters, paging]);
  const { setEditing, drawer } = useEditing<PracticeEditing>(list.reload);

  const columns: TableProps<PracticeRow>['columns'] = [
    { key: 'staffNo', dataIndex: 'staffNo', title: '工号' },
    { key: 'staffName', title: '姓名', render: (_: unknown, r: PracticeRow) => <Link to={`/staff/${r.staffId}?tab=practice`}>{r.staffName}</Link> },
    ...descriptorColumns<PracticeRow>(practiceFields),
    { key: 'evidenceCount', dataIndex: 'evidenceCount', title: '证明材料', render: (n: number) => (n ? `${n} 份` : '无') },
    useActionsColumn<PracticeRow>(
      (r) => setEditing({ staffId: r.staffId, staffName: r.staffName, record: r }),
      (r) => ({
        title: `确定删除 ${r.staffName} ${r.startDate}～${r.endDate}（${r.enterpriseName}）的实践记录吗？`,
        content: r.evidenceCount ? `记录的 ${r.evidenceCount} 份证明材料将一并删除。删除会记入操作记录。` : '删除会记入操作记录。',
        remove: () => api.call('practice.delete', { id: r.id }),
        done: '已删除实践记录',
        after: list.reload,
      }),
    ),
  ];

  const filtered = teacher !== null || Object.values(filters).some((v) => v !== undefined);

  return (
    <div>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <StaffSelect value={teacher} onChange={setTeacher} placeholder="按教师筛选" />
          <InputNumber
            aria-label="开始年份"
            placeholder="开始年份"
            min={1950}
            max={2100}
            style={{ width: 120 }}
            value={filters.year ?? null}
            onChange={(v) => setFilters((f) => ({ ...f, year: typeof v === 'number' ? v : undefined }))}
          />
          <EnumFilter placeholder="实践形式" options={PRACTICE_FORMS} value={filters.form} onChange={(form) => setFilters((f) => ({ ...f, form }))} />
          <EnumFilter
            placeholder="审核状态"
            options={REVIEW_STATES}
            value={filters.reviewState}
            onChange={(reviewState) => setFilters((f) => ({ ...f, reviewState }))}
          />
        </Space>
        {adding ? (
          <Space>
            <StaffSelect
              value={null}
              placeholder="为哪位教师登记？"
              onChange={(s) => {
                if (s) setEditing({ staffId: s.id, staffName: s.name, record: null });
                setAdding(false);
              }}
            />
            <Button onClick={() => setAdding(false)}>取消</Button>
          </Space>
        ) : (
          <Space>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              新增实践记录
            </Button>
            <BatchEntryButton kind="practice" />
          </Space>
        )}
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
      <Table<PracticeRow>
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        scroll={{ x: 'max-content' }}
        onChange={(p) => setPaging({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 })}
        pagination={serverPagination(paging, list.data?.total, '条')}
        locale={{ emptyText: filtered ? '没有符合条件的实践记录' : <FirstSteps what="企业实践记录" kind="practice" onAdd={() => setAdding(true)} before="每条记录按工号、身份证号或姓名对应到教师，请先导入教职工。" /> }}
      />
      <Typography.Text type="secondary">“开始年份”按实践开始日期筛选，与入企实践人次的统计口径一致。证明材料在教师页面的“企业实践”中查看和上传。</Typography.Text>
      <PracticeFormDrawer
        {...drawer}
      />
    </div>
  );
}
