// The student roster: search, filter, sort and page; add, edit (with the student's certificates) and delete.
import { useEffect, useState } from 'react';
import { App as AntApp, Alert, Button, Drawer, InputNumber, Select, Space, Table, Typography, type TableProps } from 'antd';
import { ListSearch } from '../../components/ListSearch';
import { PlusOutlined } from '@ant-design/icons';
import { studentFields, studentInputSchema, type Major, type SchoolClass, type Student, type StudentListQuery } from '@shared/students';
import { STUDENT_STATUSES } from '@shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useDebounced, useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';
import { descriptorColumns, ROSTER_PAGE_SIZE, rosterColumnWidth, rosterTable, sortPageChange, useActionsColumn, type Sorting } from '../../components/listTable';
import { currentYear, errorText } from '../../format';
import { StudentCertificates } from './StudentCertificates';
import { BatchEntryButton } from '../batch/BatchEntryButton';
import { useColumnChoice } from '../../components/ColumnChooser';
import { FirstSteps } from '../../components/FirstSteps';

type SortKey = NonNullable<StudentListQuery['sortBy']>;
const SORTABLE: readonly string[] = ['studentNo', 'name', 'entryYear', 'expectedGraduationYear'];
type Filters = Pick<StudentListQuery, 'majorId' | 'classId' | 'entryYear' | 'status'>;

export function StudentListTab({ majors, classes }: { majors: Major[]; classes: SchoolClass[] }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  // searched as the registrar types, as on the staff roster
  const [searchText, setSearchText] = useState('');
  const search = useDebounced(searchText.trim());
  const [filters, setFilters] = useState<Filters>({});
  const [sort, setSort] = useState<Sorting<SortKey>>({ sortBy: 'studentNo', sortOrder: 'asc' });
  const [paging, setPaging] = useState({ page: 1, pageSize: ROSTER_PAGE_SIZE });
  useEffect(() => setPaging((p) => ({ ...p, page: 1 })), [search]);
  const [editing, setEditing] = useState<Student | 'new' | null>(null);

  const list = useLoad(() => api.call('students.list', { search: search || undefined, ...filters, ...sort, ...paging }), [api, search, filters, sort, paging]);
  const filter = (f: Filters) => {
    setFilters(f);
    setPaging((p) => ({ ...p, page: 1 }));
  };

  // The form picks 专业 and 班级 by name from the school's own lists.
  const fields = studentFields.map((f) =>
    f.key === 'majorName' ? { ...f, options: majors.map((m) => m.name) } : f.key === 'className' ? { ...f, options: classes.map((c) => c.name) } : f,
  );

  const columns: TableProps<Student>['columns'] = [
    ...descriptorColumns<Student>(studentFields, SORTABLE),
    useActionsColumn<Student>(
      (row) => void openEdit(row.id),
      (row) => ({
        title: `确定删除 ${row.name}（学号 ${row.studentNo}）吗？`,
        content: '此学生的证书和获奖关联将一并删除。删除会记入操作记录，可从删除前的备份中找回。',
        remove: () => api.call('students.delete', { id: row.id }),
        done: `已删除 ${row.name}`,
        after: list.reload,
      }),
    ),
  ];

  // a student is found by class first, then by the cohort (the year of graduation the certificate rate counts)
  const choice = useColumnChoice('students', columns, rosterColumnWidth, ['className', 'expectedGraduationYear', 'majorName', 'status', 'entryYear']);

  async function openEdit(id: number) {
    try {
      setEditing(await api.call('students.get', { id }));
    } catch (e) {
      message.error(errorText(e));
    }
  }

  const onTableChange = sortPageChange<Student, SortKey>(SORTABLE, 'studentNo', setSort, setPaging);

  const filtered = Boolean(search) || Object.values(filters).some((v) => v !== undefined);
  return (
    <div>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <ListSearch label="搜索学生" placeholder="姓名、学号或身份证号（从头输入）" value={searchText} onChange={setSearchText} />
          <Select
            allowClear
            aria-label="按专业筛选"
            placeholder="专业"
            style={{ width: 160 }}
            value={filters.majorId}
            onChange={(majorId) => filter({ ...filters, majorId, classId: undefined })}
            options={majors.map((m) => ({ value: m.id, label: m.name }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            aria-label="按班级筛选"
            placeholder="班级"
            style={{ width: 160 }}
            value={filters.classId}
            onChange={(classId) => filter({ ...filters, classId })}
            options={classes.filter((c) => filters.majorId === undefined || c.majorId === filters.majorId).map((c) => ({ value: c.id, label: c.name }))}
          />
          <InputNumber aria-label="按入学年份筛选" placeholder="入学年份" style={{ width: 120 }} min={2000} max={2100} value={filters.entryYear} onChange={(v) => filter({ ...filters, entryYear: v ?? undefined })} />
          <Select
            allowClear
            aria-label="按学籍状态筛选"
            placeholder="学籍状态"
            style={{ width: 120 }}
            value={filters.status}
            onChange={(status) => filter({ ...filters, status })}
            options={STUDENT_STATUSES.map((s) => ({ value: s, label: s }))}
          />
        </Space>
        <Space>
          {choice.chooser}
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增学生
          </Button>
          <BatchEntryButton kind="students" />
        </Space>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 16 }} />}
      <Table<Student>
        rowKey="id"
        size="middle"
        loading={list.loading}
        {...rosterTable(choice.columns, paging, list.data?.total)}
        dataSource={list.data?.rows ?? []}
        onChange={onTableChange}
        locale={{ emptyText: filtered ? '没有符合条件的学生' : <FirstSteps what="学生" kind="students" onAdd={() => setEditing('new')} before="专业和班级不必先建：导入时表格里写到的专业（按专业目录）和班级会一并新建。" /> }}
      />
      <Typography.Text type="secondary">身份证号已隐去中间部分；在编辑页面可以查看完整号码。</Typography.Text>
      <Drawer open={editing !== null} size={760} destroyOnHidden title={editing === 'new' ? '新增学生' : editing ? `编辑：${editing.name}` : ''} onClose={() => setEditing(null)}>
        {editing !== null && (
          <>
            <RecordForm
              name="student"
              fields={fields}
              schema={studentInputSchema}
              initialValues={
                editing === 'new' ? { status: '在籍', schoolingSystem: '三年制', entryYear: currentYear(), integrated: false, lowIncome: false, destinationLocal: false } : editing
              }
              onCancel={() => setEditing(null)}
              onSubmit={async (values) => {
                const saved = editing === 'new' ? await api.call('students.create', values) : await api.call('students.update', { id: editing.id, values });
                message.success(`已保存 ${saved.name}`);
                setEditing(null);
                list.reload();
              }}
            />
            {editing !== 'new' && <StudentCertificates student={editing} />}
          </>
        )}
      </Drawer>
    </div>
  );
}
