// Signing in on the school network: login name and password, the answer in plain words (a wrong password, a lock).
import { useState } from 'react';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { CenteredCard } from './CenteredCard';
import type { User } from '@shared/users';
import { signIn } from '../../api/lanSession';
import { errorText } from '../../format';

export function SignInPage({ onSignedIn }: { onSignedIn: (user: User) => void }) {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <CenteredCard title="登录职教台账" width={360}>
        <Form
          layout="vertical"
          onFinish={async ({ login, password }: { login: string; password: string }) => {
            setBusy(true);
            setError(null);
            try {
              onSignedIn(await signIn(login, password));
            } catch (e) {
              setError(errorText(e));
            } finally {
              setBusy(false);
            }
          }}
        >
          <Form.Item label="登录名" name="login" rules={[{ required: true, message: '请填写登录名' }]}>
            <Input autoFocus autoComplete="username" />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请填写密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            登录
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ marginTop: 16, marginBottom: 0 }}>
          账号由学校的管理员创建；忘记密码请联系管理员重置。
        </Typography.Paragraph>
    </CenteredCard>
  );
}
