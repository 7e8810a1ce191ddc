// The first sign-in with a one-time password: the person chooses their own before going on (or any time later).
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { CenteredCard } from './CenteredCard';
import type { User } from '@shared/users';
import { changePassword } from '../../api/lanSession';
import { errorText } from '../../format';

export function ChangePasswordPage({ user, onChanged }: { user: User; onChanged: (user: User) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <CenteredCard title="设置自己的密码" width={380}>
        <Typography.Paragraph>
          {user.name}，你用的是管理员给的一次性密码。请设置自己的密码（至少 8 位，不要全是数字），以后用它登录。
        </Typography.Paragraph>
        <Form
          layout="vertical"
          onFinish={async ({ current, next, again }: { current: string; next: string; again: string }) => {
            if (next !== again) return setError('两次输入的新密码不一致');
            setBusy(true);
            setError(null);
            try {
              onChanged(await changePassword(current, next));
            } catch (e) {
              setError(errorText(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item label="当前密码（一次性密码）" name="current" rules={[{ required: true, message: '请填写当前密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          <Form.Item label="新密码" name="next" rules={[{ required: true, message: '请填写新密码' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item label="再输一次新密码" name="again" rules={[{ required: true, message: '请再输一次新密码' }]}>
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            保存新密码
          </Button>
        </Form>
    </CenteredCard>
  );
}
