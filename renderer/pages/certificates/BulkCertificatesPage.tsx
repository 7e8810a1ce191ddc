// 按班级录入证书: pick a class, tick the students who passed, enter the certificate once. All are saved, or none.
import { useState } from 'react';
import { App as AntApp, Alert, Card, Col, Row, Select, Space, Table, Typography } from 'antd';
import { certificateFields, certificateInputSchema } from '@shared/certificates';
import type { Student } from '@shared/students';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';
import { BatchEntryButton } from '../batch/BatchEntryButton';

export function BulkCertificatesPage() {
  const api = useApi();
  const { message } = AntApp.useApp();
  const classes = useLoad(() => api.call('classes.list', {}), [api]);
  const [classId, setClassId] = useState<number>();
  const [selected, setSelected] = useState<number[]>([]);
  const students = useLoad(
    async () => (classId === undefined ? [] : (await api.call('students.list', { classId, pageSize: 500 })).rows),
    [api, classId],
  );
  // A new form after each save, so that the next certificate starts blank.
  const [formKey, setFormKey] = useState(0);

  return (
    <Row gutter={24}>
      <Col xs={24} lg={12}>
        <Card title="1. 选择班级并勾选学生" extra={<BatchEntryButton kind="certificates" />}>
          <Space orientation="vertical" style={{ width: '100%' }}>
            <Select
              aria-label="选择班级"
              placeholder="选择班级"
              showSearch={{ optionFilterProp: 'label' }}
              style={{ width: 280 }}
              value={classId}
              onChange={(id) => {
                setClassId(id);
                setSelected([]);
              }}
              options={(classes.data ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.majorName}，${c.studentCount}人）` }))}
              notFoundContent="还没有班级，请先在“学生 › 班级”中添加"
            />
            {students.error && <Alert type="error" showIcon title={students.error} />}
            <Table<Student>
              rowKey="id"
              size="small"
              pagination={false}
              loading={students.loading}
              dataSource={students.data ?? []}
              rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as number[]) }}
              locale={{ emptyText: classId === undefined ? '请先选择班级' : '这个班级还没有学生' }}
              columns={[
                { key: 'studentNo', dataIndex: 'studentNo', title: '学号' },
                { key: 'name', dataIndex: 'name', title: '姓名' },
                { key: 'sex', dataIndex: 'sex', title: '性别' },
                { key: 'status', dataIndex: 'status', title: '学籍状态' },
              ]}
            />
            <Typography.Text type="secondary">已勾选 {selected.length} 名学生</Typography.Text>
          </Space>
        </Card>
      </Col>
      <Col xs={24} lg={12}>
        <Card title="2. 填写证书（只填一次）">
          <RecordForm
            key={formKey}
            name="bulkCertificate"
            fields={certificateFields}
            schema={certificateInputSchema}
            initialValues={{ kind: '职业技能等级证书' }}
            submitText={`为所选 ${selected.length} 名学生保存`}
            onSubmit={async (values) => {
              if (classId === undefined || selected.length === 0) throw new Error('请先在左侧选择班级并勾选学生');
              const { created } = await api.call('certificates.bulkCreate', { classId, studentIds: selected, values });
              message.success(`已为 ${created} 名学生录入证书“${values.name}”`);
              setSelected([]);
              setFormKey((k) => k + 1);
            }}
          />
        </Card>
      </Col>
    </Row>
  );
}
