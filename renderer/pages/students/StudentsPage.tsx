// 学生: the roster, and the majors and classes it is organised in, as three tabs of one area.
import { Tabs } from 'antd';
import { classFields, classInputSchema, majorFields, majorInputSchema, majorLevelOfCode, type Major, type SchoolClass } from '@shared/students';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { currentYear, formatNumber } from '../../format';
import { RecordsTab } from './RecordsTab';
import { StudentListTab } from './StudentListTab';

const countColumn = <R extends { studentCount: number }>(title: string, key: keyof R & string) => ({
  key,
  title,
  dataIndex: key,
  align: 'right' as const,
  render: (v: number) => formatNumber(v),
});

export function StudentsPage() {
  const api = useApi();
  const majors = useLoad(() => api.call('majors.list', {}), [api]);
  const classes = useLoad(() => api.call('classes.list', {}), [api]);
  const reloadAll = () => {
    majors.reload();
    classes.reload();
  };
  const majorNames = (majors.data ?? []).map((m) => m.name);
  return (
    <Tabs
      destroyOnHidden
      onChange={reloadAll}
      items={[
        { key: 'students', label: '学生', children: <StudentListTab majors={majors.data ?? []} classes={classes.data ?? []} /> },
        {
          key: 'majors',
          label: '专业',
          children: (
            <RecordsTab<Major, typeof majorInputSchema>
              noun="专业"
              formName="major"
              fields={majorFields}
              schema={majorInputSchema}
              rows={majors}
              newValues={{ isCore: false }}
              emptyText="还没有专业，点击“新增专业”添加（专业代码见2021年职业教育专业目录）"
              extraColumns={[
                { key: 'level', title: '层次', render: (_: unknown, m: Major) => majorLevelOfCode(m.code) ?? '—' },
                countColumn<Major>('班级数', 'classCount'),
                countColumn<Major>('学生数', 'studentCount'),
              ]}
              save={(values, id) => (id === null ? api.call('majors.create', values) : api.call('majors.update', { id, values }))}
              remove={(m) => api.call('majors.delete', { id: m.id })}
            />
          ),
        },
        {
          key: 'classes',
          label: '班级',
          children: (
            <RecordsTab<SchoolClass, typeof classInputSchema>
              noun="班级"
              formName="class"
              fields={classFields.map((f) => (f.key === 'majorName' ? { ...f, options: majorNames } : f))}
              schema={classInputSchema}
              rows={classes}
              newValues={{ entryYear: currentYear() }}
              emptyText={majorNames.length ? '还没有班级，点击“新增班级”添加' : '请先在“专业”页添加专业，再添加班级'}
              extraColumns={[countColumn<SchoolClass>('学生数', 'studentCount')]}
              save={(values, id) => (id === null ? api.call('classes.create', values) : api.call('classes.update', { id, values }))}
              remove={(c) => api.call('classes.delete', { id: c.id })}
            />
          ),
        },
      ]}
    />
  );
}
