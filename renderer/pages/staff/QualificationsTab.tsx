// 资格与认定 on a staff member's page: 双师型认定, 职业资格与技能等级证书, 教师资格证 and 名优称号, each with
// add / edit / delete (deletes ask first).
import { useState, type ReactNode } from 'react';
import { Alert, Button, Card, Descriptions, Drawer, Table, Typography, App as AntApp, type TableProps } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { z } from 'zod';
import type { FieldDescriptor } from '@shared/fields';
import {
  dualTeacherFields, dualTeacherInputSchema, honourFields, honourInputSchema, skillLevelLabel, staffCertificateFields, staffCertificateInputSchema,
} from '@shared/qualifications';
import type { Staff } from '@shared/staff';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';
import { descriptorColumns, useActionsColumn } from '../../components/listTable';

type SubRecordPrefix = 'dualTeacher' | 'staffCertificate' | 'honour';
type SubRecord = { id: number; staffId: number } & Record<string, unknown>;

interface SubRecordSpec {
  prefix: SubRecordPrefix;
  /** the card title, and the noun in messages */
  title: string;
  fields: readonly FieldDescriptor[];
  schema: z.ZodType;
  describe: (row: SubRecord) => string;
  renderers?: Record<string, (value: unknown) => ReactNode>;
}

const SECTIONS: SubRecordSpec[] = [
  { prefix: 'dualTeacher', title: '双师型认定', fields: dualTeacherFields, schema: dualTeacherInputSchema, describe: (r) => `${r.level}（${r.certifiedDate}）` },
  {
    prefix: 'staffCertificate',
    title: '职业资格与技能等级证书',
    fields: staffCertificateFields,
    schema: staffCertificateInputSchema,
    describe: (r) => `${r.name} ${skillLevelLabel(r.level as string | null)}`,
    renderers: { level: (v) => skillLevelLabel(v as string | null) },
  },
  { prefix: 'honour', title: '名优称号', fields: honourFields, schema: honourInputSchema, describe: (r) => `${r.year}年${r.level}${r.name}` },
];

function SubRecordSection({ staff, spec }: { staff: Staff; spec: SubRecordSpec }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  // The three kinds share one shape of method (`${prefix}.list` …); the contract types each, this card all three.
  const call = api.call as (method: string, input: unknown) => Promise<unknown>;
  const list = useLoad(() => call(`${spec.prefix}.list`, { staffId: staff.id }) as Promise<SubRecord[]>, [api, staff.id, spec.prefix]);
  const [editing, setEditing] = useState<SubRecord | 'new' | null>(null);

  const columns: TableProps<SubRecord>['columns'] = [
    ...descriptorColumns<SubRecord>(spec.fields).map((c) => {
      const render = spec.renderers?.[String(c.key)];
      return render ? { ...c, render } : c;
    }),
    useActionsColumn<SubRecord>(setEditing, (r) => ({
      title: `确定删除${spec.title}“${spec.describe(r)}”吗？`,
      content: '删除会记入操作记录。',
      remove: () => call(`${spec.prefix}.delete`, { id: r.id }),
      done: `已删除${spec.title}`,
      after: list.reload,
    })),
  ];

  return (
    <Card
      size="small"
      title={spec.title}
      style={{ marginBottom: 16 }}
      extra={
        <Button size="small" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增{spec.title}
        </Button>
      }
    >
      {list.error && <Alert type="error" showIcon title={list.error} style={{ marginBottom: 8 }} />}
      <Table<SubRecord>
        rowKey="id"
        size="small"
        loading={list.loading}
        columns={columns}
        dataSource={list.data ?? []}
        pagination={false}
        locale={{ emptyText: `没有${spec.title}` }}
      />
      <Drawer open={editing !== null} size={640} destroyOnHidden title={`${editing === 'new' ? '新增' : '编辑'}${spec.title}：${staff.name}`} onClose={() => setEditing(null)}>
        {editing !== null && (
          <RecordForm
            name={spec.prefix}
            fields={spec.fields}
            schema={spec.schema}
            initialValues={editing === 'new' ? {} : editing}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              if (editing === 'new') await call(`${spec.prefix}.create`, { staffId: staff.id, values });
              else await call(`${spec.prefix}.update`, { id: editing.id, values });
              message.success(`已保存${spec.title}`);
              setEditing(null);
              list.reload();
            }}
          />
        )}
      </Drawer>
    </Card>
  );
}

export function QualificationsTab({ staff }: { staff: Staff }) {
  const [dualTeacher, certificates, honours] = SECTIONS;
  return (
    <div>
      <SubRecordSection staff={staff} spec={dualTeacher} />
      <SubRecordSection staff={staff} spec={certificates} />
      <Card size="small" title="教师资格证" style={{ marginBottom: 16 }}>
        <Descriptions column={{ xs: 1, md: 2 }} size="small">
          <Descriptions.Item label="教师资格证种类">{staff.teacherCertType ?? '未填写'}</Descriptions.Item>
          <Descriptions.Item label="教师资格证号">{staff.teacherCertNo ?? '未填写'}</Descriptions.Item>
        </Descriptions>
        <Typography.Text type="secondary">教师资格证登记在教职工信息中，请在“基本信息”中点“编辑”修改。</Typography.Text>
      </Card>
      <SubRecordSection staff={staff} spec={honours} />
    </div>
  );
}
