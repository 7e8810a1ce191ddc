// 教职工: search, filter, sort and page through the roster; add, edit and delete with confirmation.
import { useEffect, useState } from 'react';
import { Alert, Button, Space, Table, Typography, type TableProps } from 'antd';
import { ListSearch } from '../../components/ListSearch';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { staffFields, type Staff, type StaffListQuery } from '@shared/staff';
import { POST_CATEGORIES, STAFF_STATUSES, TEACHING_CATEGORIES } from '@shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useDebounced, useLoad, useEditing } from '../../hooks';
import { descriptorColumns, ROSTER_PAGE_SIZE, rosterColumnWidth, rosterTable, sortPageChange, useActionsColumn, type Sorting } from '../../components/listTable';
import { EnumFilter } from '../../components/EnumFilter';
import { StaffFormDrawer } from './StaffFormDrawer';
import { BatchEntryButton } from '../batch/BatchEntryButton';
import { FirstSteps } from '../../components/FirstSteps';
import { useColumnChoice } from '../../components/ColumnChooser';

type SortKey = NonNullable<StaffListQuery['sortBy']>;
const SORTABLE: readonly string[] = ['staffNo', 'name', 'joinDate', 'birthDate'];

export function StaffListPage() {
  const api = useApi();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim());
  const [filters, setFilters] = useState<Pick<StaffListQuery, 'postCategory' | 'teachingCategory' | 'status'>>({});
  const [sort, setSort] = useState<Sorting<SortKey>>({ sortBy: 'staffNo', sortOrder: 'asc' });
  const [paging, setPaging] = useState({ page: 1, pageSize: ROSTER_PAGE_SIZE });

  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [search, filters]);

  const list = useLoad(() => api.call('staff.list', { search: search || undefined, ...filters, ...sort, ...paging }), [api, search, filters, sort, paging]);
  const { setEditing, drawer } = useEditing<Staff | 'new'>(list.reload);

  const columns: TableProps<Staff>['columns'] = [
    // the name opens the staff member's own page (qualifications, enterprise practice)
    ...descriptorColumns<Staff>(staffFields, SORTABLE).map((c) =>
      c.key === 'name' ? { ...c, render: (v: unknown, row: Staff) => <Link to={`/staff/${row.id}`}>{String(v)}</Link> } : c,
    ),
    useActionsColumn<Staff>(
      setEditing,
      (row) => ({
        title: `确定删除 ${row.name}（工号 ${row.staffNo}）吗？`,
        content: '此人的资格认定、企业实践记录和获奖关联将一并删除。删除会记入操作记录，可从删除前的备份中找回。',
        remove: () => api.call('staff.delete', { id: row.id }),
        done: `已删除 ${row.name}`,
        after: list.reload,
      }),
      (row) => <Link to={`/staff/${row.id}`}>详情</Link>,
    ),
  ];

  // what a registrar checks first: who it is, then the post and teaching category, 职称 and 学历 (the 双师型 and
  // 专任教师 figures)
  const choice = useColumnChoice('staff', columns, rosterColumnWidth, ['idCard', 'postCategory', 'teachingCategory', 'title', 'highestEducation', 'status']);

  const filterSelect = <K extends keyof typeof filters>(key: K, placeholder: string, options: readonly NonNullable<(typeof filters)[K]>[]) => (
    <EnumFilter placeholder={placeholder} options={options} value={filters[key]} onChange={(v) => setFilters((f) => ({ ...f, [key]: v }))} />
  );

  return (
    <div>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <ListSearch label="搜索教职工" placeholder="姓名、工号或身份证号（从头输入）" value={searchText} onChange={setSearchText} />
          {filterSelect('postCategory', '岗位类别', POST_CATEGORIES)}
          {filterSelect('teachingCategory', '任教类别', TEACHING_CATEGORIES)}
          {filterSelect('status', '状态', STAFF_STATUSES)}
        </Space>
        <Space>
          {choice.chooser}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增教职工
          </Button>
          <BatchEntryButton kind="staff" />
        </Space>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
      <Table<Staff>
        rowKey="id"
        size="middle"
        loading={list.loading}
        {...rosterTable(choice.columns, paging, list.data?.total)}
        dataSource={list.data?.rows ?? []}
        onChange={sortPageChange<Staff, SortKey>(SORTABLE, 'staffNo', setSort, setPaging)}
        locale={{ emptyText: search || Object.values(filters).some(Boolean) ? '没有符合条件的教职工' : <FirstSteps what="教职工" kind="staff" onAdd={() => setEditing('new')} /> }}
      />
      <Typography.Text type="secondary">身份证号与电话已隐去中间部分；点击姓名进入个人页面，可查看完整号码（会记入操作记录）。</Typography.Text>
      <StaffFormDrawer
        {...drawer}
      />
    </div>
  );
}
