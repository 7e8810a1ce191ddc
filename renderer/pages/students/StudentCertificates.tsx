// One student's certificates, on the student's drawer: list, add, edit, delete.
import { useState } from 'react';
import { App as AntApp, Alert, Button, Modal, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { certificateFields, certificateInputSchema, levelLabel, type Certificate } from '@shared/certificates';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';
import { useActionsColumn } from '../../components/listTable';

export function StudentCertificates({ student }: { student: { id: number; name: string } }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const list = useLoad(() => api.call('certificates.list', { studentId: student.id }), [api, student.id]);
  const [editing, setEditing] = useState<Certificate | 'new' | null>(null);
  const actions = useActionsColumn<Certificate>(setEditing, (c) => ({
    title: `确定删除证书“${c.name}”吗？`,
    content: '删除会记入操作记录。',
    remove: () => api.call('certificates.delete', { id: c.id }),
    done: '已删除证书',
    after: list.reload,
  }));

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between', margin: '24px 0 8px' }}>
        <Typography.Title level={5} style={{ margin: 0 }}>
          {student.name}的证书
        </Typography.Title>
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          新增证书
        </Button>
      </Space>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      <Table<Certificate>
        rowKey="id"
        size="small"
        pagination={false}
        loading={list.loading}
        dataSource={list.data ?? []}
        locale={{ emptyText: '还没有证书' }}
        columns={[
          { key: 'kind', dataIndex: 'kind', title: '类别' },
          { key: 'name', dataIndex: 'name', title: '证书名称' },
          { key: 'level', dataIndex: 'level', title: '等级', render: levelLabel },
          { key: 'obtainedDate', dataIndex: 'obtainedDate', title: '取得日期' },
          { key: 'issuer', dataIndex: 'issuer', title: '发证机构', render: (v: string | null) => v ?? '—' },
          actions,
        ]}
      />
      <Modal open={editing !== null} title={editing === 'new' ? `为${student.name}新增证书` : '编辑证书'} footer={null} destroyOnHidden width={640} onCancel={() => setEditing(null)}>
        {editing !== null && (
          <RecordForm
            name="certificate"
            fields={certificateFields}
            schema={certificateInputSchema}
            initialValues={editing === 'new' ? { kind: '职业技能等级证书' } : editing}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              if (editing === 'new') await api.call('certificates.create', { studentId: student.id, values });
              else await api.call('certificates.update', { id: editing.id, values });
              message.success('已保存证书');
              setEditing(null);
              list.reload();
            }}
          />
        )}
      </Modal>
    </div>
  );
}
