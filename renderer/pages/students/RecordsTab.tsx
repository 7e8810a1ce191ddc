// A small roster (专业, 班级): a table with its descriptor columns, a drawer form to add or edit, delete with confirm.
import { useState } from 'react';
import { App as AntApp, Alert, Button, Drawer, Space, Table, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import type { FieldDescriptor } from '@shared/fields';
import { RecordForm } from '../../components/RecordForm';
import { descriptorColumns, useActionsColumn } from '../../components/listTable';

export interface RecordsTabProps<R extends { id: number; name: string }, S extends z.ZodType> {
  /** 专业, 班级 */
  noun: string;
  formName: string;
  fields: readonly FieldDescriptor[];
  schema: S;
  rows: { data: R[] | undefined; loading: boolean; error: string | null; reload: () => void };
  extraColumns: NonNullable<TableProps<R>['columns']>;
  newValues: Record<string, unknown>;
  emptyText: string;
  save: (values: z.output<S>, id: number | null) => Promise<unknown>;
  remove: (row: R) => Promise<unknown>;
}

export function RecordsTab<R extends { id: number; name: string }, S extends z.ZodType>(props: RecordsTabProps<R, S>) {
  const { message } = AntApp.useApp();
  const [editing, setEditing] = useState<R | 'new' | null>(null);
  const { noun, rows } = props;

  const columns: TableProps<R>['columns'] = [
    ...descriptorColumns<R>(props.fields),
    ...props.extraColumns,
    useActionsColumn<R>(setEditing, (row) => ({
      title: `确定删除${noun}“${row.name}”吗？`,
      content: `只有没有学生的${noun}才能删除。删除会记入操作记录。`,
      remove: () => props.remove(row),
      done: `已删除${noun}“${row.name}”`,
      after: rows.reload,
    })),
  ];

  return (
    <div>
      <Space style={{ marginBottom: 16 }}>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增{noun}
        </Button>
      </Space>
      {rows.error && <Alert type="error" showIcon title={rows.error} style={{ marginBottom: 16 }} />}
      <Table<R> rowKey="id" size="middle" loading={rows.loading} columns={columns} dataSource={rows.data ?? []} pagination={false} locale={{ emptyText: props.emptyText }} />
      <Drawer open={editing !== null} size={560} destroyOnHidden title={editing === 'new' ? `新增${noun}` : editing ? `编辑${noun}：${editing.name}` : ''} onClose={() => setEditing(null)}>
        {editing !== null && (
          <RecordForm
            name={props.formName}
            fields={props.fields}
            schema={props.schema}
            initialValues={editing === 'new' ? props.newValues : editing}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              await props.save(values, editing === 'new' ? null : editing.id);
              message.success(`已保存${noun}`);
              setEditing(null);
              rows.reload();
            }}
          />
        )}
      </Drawer>
    </div>
  );
}
