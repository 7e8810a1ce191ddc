// The page on the school network (DESIGN §12): sign in first, and choose one's own password in place of the one-time
// one; then a 教师 gets their own page, every other role the app with the areas its role may use (the server
// refuses, in plain words, whatever a role may not do), with who is signed in and 退出 at the top.
import { Alert, Button, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { currentAccount, signOut } from '../../api/lanSession';
import { SignedInRole } from '../../api/signedInRole';
import { useLoad } from '../../hooks';
import { SignInPage } from './SignInPage';
import { TeacherHome } from './TeacherHome';
import { ChangePasswordPage } from './ChangePasswordPage';

export function LanGate({ children }: { children: ReactNode }) {
  const account = useLoad(() => currentAccount(), []);
  const leave = async () => {
    await signOut();
    account.reload();
  };
  if (account.loading && account.data === undefined) return <Spin fullscreen tip="正在连接…" />;
  if (!account.data) return <SignInPage onSignedIn={() => account.reload()} />;
  const user = account.data;
  if (user.mustChangePassword) return <ChangePasswordPage user={user} onChanged={() => account.reload()} />;
  if (user.role === '教师') {
    if (user.staffId === null) return <Alert type="error" showIcon style={{ margin: 24 }} title="这个教师账号还没有关联教职工，请管理员在账号中填写工号" />;
    return <TeacherHome user={user} onSignOut={() => void leave()} />;
  }
  return (
    <>
      <Space style={{ position: 'fixed', top: 8, right: 16, zIndex: 1000 }} data-testid="signed-in">
        <Typography.Text type="secondary">
          {user.name}（{user.role}）
        </Typography.Text>
        <Button size="small" onClick={() => void leave()}>
          退出
        </Button>
      </Space>
      <SignedInRole.Provider value={user.role}>{children}</SignedInRole.Provider>
    </>
  );
}
