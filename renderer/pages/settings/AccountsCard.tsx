// 账号 on the 局域网访问 page: the accounts people sign in with on the school network, made with a one-time password
// shown once to hand over, reset (which also lifts a lock) and disabled. A 教师 account names the teacher's 工号.
import { useState } from 'react';
import { App as AntApp, Button, Card, Form, Input, Modal, Popconfirm, Select, Space, Table, Tag, Typography } from 'antd';
import { ROLES, type Role } from '@shared/users';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { errorText } from '../../format';

const ROLE_HELP: Record<Role, string> = {
  管理员: '全部功能，账号、备份与恢复',
  教务: '全部记录、导入导出、审核',
  校领导: '查看概览、指标和报表',
  教师: '只登记和查看本人的企业实践',
};

export function AccountsCard() {
  const api = useApi();
  const { message } = AntApp.useApp();
  const users = useLoad(() => api.call('users.list', {}), [api]);
  const [adding, setAdding] = useState(false);
  const [handOver, setHandOver] = useState<{ login: string; password: string } | null>(null);
  const [form] = Form.useForm<{ login: string; name: string; role: Role; staffNo?: string }>();
  const role = Form.useWatch('role', form);

  /** runs an account change; one that made a one-time password shows it to hand over */
  const act = async (run: () => Promise<{ user: { login: string }; password?: string }>, done: string) => {
    try {
      const r = await run();
      if (r.password) setHandOver({ login: r.user.login, password: r.password });
      message.success(done);
      users.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };

  return (
    <Card title="账号" extra={<Button onClick={() => setAdding(true)}>新增账号</Button>}>
      <Table
        rowKey="login"
        size="small"
        pagination={false}
        loading={users.loading}
        dataSource={users.data ?? []}
        locale={{ emptyText: '还没有账号：新增后把一次性密码交给本人' }}
        columns={[
          { title: '登录名', dataIndex: 'login' },
          { title: '姓名', dataIndex: 'name' },
          { title: '角色', dataIndex: 'role' },
          { title: '工号', dataIndex: 'staffNo', render: (v: string | null) => v ?? '—' },
          {
            title: '状态',
            render: (_, u) => (u.disabled ? <Tag>已停用</Tag> : u.lockedUntil && u.lockedUntil > new Date().toISOString() ? <Tag color="red">已锁定</Tag> : <Tag color="green">正常</Tag>),
          },
          {
            title: '操作',
            render: (_, u) => (
              <Space>
                <Button size="small" onClick={() => void act(() => api.call('users.resetPassword', { login: u.login }), `已重置 ${u.login} 的密码`)}>
                  重置密码
                </Button>
                {!u.disabled && (
                  <Popconfirm title={`停用 ${u.name}（${u.login}）的账号？停用后不能再登录，记录保留。`} okText="停用" cancelText="取消" onConfirm={() => void act(async () => ({ user: await api.call('users.disable', { login: u.login }) }), `已停用 ${u.login}`)}>
                    <Button size="small" danger>
                      停用
                    </Button>
                  </Popconfirm>
                )}
              </Space>
            ),
          },
        ]}
      />
      <Modal open={adding} title="新增账号" okText="创建" cancelText="取消" onCancel={() => setAdding(false)} onOk={() => form.submit()} destroyOnHidden>
        <Form
          form={form}
          layout="vertical"
          initialValues={{ role: '教师' }}
          onFinish={(values) =>
            void act(async () => {
              const made = await api.call('users.create', { ...values, staffNo: values.role === '教师' ? values.staffNo : undefined });
              setAdding(false);
              form.resetFields();
              return made;
            }, `已创建账号 ${values.login}`)
          }
        >
          <Form.Item label="登录名" name="login" rules={[{ required: true, message: '请填写登录名' }]} extra="英文字母、数字或 . _ -，如 chenjing">
            <Input autoFocus />
          </Form.Item>
          <Form.Item label="姓名" name="name" rules={[{ required: true, message: '请填写姓名' }]}>
            <Input />
          </Form.Item>
          <Form.Item label="角色" name="role" extra={role ? ROLE_HELP[role] : undefined}>
            <Select options={ROLES.map((r) => ({ value: r, label: r }))} />
          </Form.Item>
          {role === '教师' && (
            <Form.Item label="工号" name="staffNo" rules={[{ required: true, message: '教师账号要关联其工号' }]}>
              <Input />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal open={handOver !== null} title="一次性密码" okText="已记下" cancelButtonProps={{ style: { display: 'none' } }} onOk={() => setHandOver(null)} onCancel={() => setHandOver(null)}>
        <Typography.Paragraph>
          账号 <Typography.Text strong>{handOver?.login}</Typography.Text> 的一次性密码：
        </Typography.Paragraph>
        <Typography.Title level={3} copyable data-testid="one-time-password">
          {handOver?.password}
        </Typography.Title>
        <Typography.Paragraph type="secondary">请交给本人，首次登录后修改。关闭后不会再显示。</Typography.Paragraph>
      </Modal>
    </Card>
  );
}
