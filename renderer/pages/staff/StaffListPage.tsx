// 教职工: search, filter, sort and page through the roster; add, edit and delete with confirmation.
import { useEffect, useState } from 'react';
import { App as AntApp, Alert, Button, Input, Space, Table, Typography, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { Link } from 'react-router';
import { staffFields, type Staff, type StaffListQuery } from '../../../shared/staff';
import { POST_CATEGORIES, STAFF_STATUSES, TEACHING_CATEGORIES } from '../../../shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { StaffFormDrawer } from './StaffFormDrawer';
import { EnumFilter } from '../../components/EnumFilter';

type SortKey = NonNullable<StaffListQuery['sortBy']>;
const SORTABLE: readonly string[] = ['staffNo', 'name', 'joinDate', 'birthDate'];

function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setV(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return v;
}

export function StaffListPage() {
  const api = useApi();
  const { message, modal } = AntApp.useApp();
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim(), 250);
  const [filters, setFilters] = useState<Pick<StaffListQuery, 'postCategory' | 'teachingCategory' | 'status'>>({});
  const [sort, setSort] = useState<{ sortBy: SortKey; sortOrder: 'asc' | 'desc' }>({ sortBy: 'staffNo', sortOrder: 'asc' });
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const [editing, setEditing] = useState<Staff | 'new' | null>(null);

  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [search, filters]);

  const list = useLoad(() => api.call('staff.list', { search: search || undefined, ...filters, ...sort, ...paging }), [api, search, filters, sort, paging]);

  const columns: TableProps<Staff>['columns'] = [
      ...staffFields
        .filter((f) => f.inList)
        .map((f) => ({
          key: f.key,
          dataIndex: f.key,
          title: f.label,
          sorter: SORTABLE.includes(f.key),
          render: (v: unknown, row: Staff) =>
            f.key === 'name' ? <Link to={`/staff/${row.id}`}>{String(v)}</Link> : v === null || v === undefined || v === '' ? '—' : String(v),
        })),
      {
        key: 'actions',
        title: '操作',
        fixed: 'right' as const,
        render: (_: unknown, row: Staff) => (
          <Space>
            <Link to={`/staff/${row.id}`}>详情</Link>
            <Button type="link" size="small" onClick={() => setEditing(row)}>
              编辑
            </Button>
            <Button type="link" size="small" danger onClick={() => confirmDelete(row)}>
              删除
            </Button>
          </Space>
        ),
      },
  ];

  function confirmDelete(row: Staff) {
    modal.confirm({
      title: `确定删除 ${row.name}（工号 ${row.staffNo}）吗？`,
      content: '此人的资格认定、企业实践记录和获奖关联将一并删除。删除会记入操作记录，可从删除前的备份中找回。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('staff.delete', { id: row.id });
          message.success(`已删除 ${row.name}`);
          list.reload();
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });
  }

  const onTableChange: TableProps<Staff>['onChange'] = (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (s?.order && SORTABLE.includes(String(s.columnKey))) setSort({ sortBy: s.columnKey as SortKey, sortOrder: s.order === 'descend' ? 'desc' : 'asc' });
    else setSort({ sortBy: 'staffNo', sortOrder: 'asc' });
    setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
  };

  const filterSelect = <K extends keyof typeof filters>(key: K, placeholder: string, options: readonly NonNullable<(typeof filters)[K]>[]) => (
    <EnumFilter placeholder={placeholder} options={options} value={filters[key]} onChange={(v) => setFilters((f) => ({ ...f, [key]: v }))} />
  );

  return (
    <div>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <Input.Search
            allowClear
            aria-label="搜索教职工"
            placeholder="搜索姓名、工号或身份证号"
            style={{ width: 280 }}
            value={searchText}
            onChange={(e) => setSearchText(e.target.value)}
          />
          {filterSelect('postCategory', '岗位类别', POST_CATEGORIES)}
          {filterSelect('teachingCategory', '任教类别', TEACHING_CATEGORIES)}
          {filterSelect('status', '状态', STAFF_STATUSES)}
        </Space>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增教职工
        </Button>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
      <Table<Staff>
        rowKey="id"
        size="middle"
        loading={list.loading}
        columns={columns}
        dataSource={list.data?.rows ?? []}
        onChange={onTableChange}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: search || Object.values(filters).some(Boolean) ? '没有符合条件的教职工' : '还没有教职工，点击“新增教职工”添加' }}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          showTotal: (t) => `共 ${t.toLocaleString('zh-CN')} 人`,
        }}
      />
      <Typography.Text type="secondary">身份证号与电话已隐去中间部分；在编辑页面可以查看完整号码。</Typography.Text>
      <StaffFormDrawer
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          list.reload();
        }}
      />
    </div>
  );
}
