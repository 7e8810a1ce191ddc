// 设置 › 局域网访问 (DESIGN §12): off by default. Switched on, teachers, leaders and the registrar open the address
// (or scan its QR code) on the school network and sign in with their own accounts; switched off, nothing is served.
import { useState } from 'react';
import { App as AntApp, Alert, Card, InputNumber, Space, Switch, Typography } from 'antd';
import type { NetworkStatus } from '@shared/contract/network';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { errorText } from '../../format';
import { AccountsCard } from './AccountsCard';

/** What a teacher's browser shows the first time, and how to tell the school's certificate from an impostor's. */
function CertificateCard({ certificate, firstUrl }: { certificate: NonNullable<NetworkStatus['certificate']>; firstUrl: string | undefined }) {
  const groups = certificate.fingerprint.split(':');
  return (
    <Card title="学校证书" data-testid="network-certificate">
      <Typography.Paragraph>
        第一次打开地址时，浏览器会提示“您的连接不是私密连接”或“此网站的安全证书有问题”：证书是本程序为学校生成的，不是向证书机构购买的，所以浏览器不认识它。
        请先核对证书指纹：在提示页点“高级”或地址栏左侧的“不安全”，查看证书，其中的 SHA-256 指纹应与下面一致（至少核对开头和结尾各两组），一致再选择“继续前往”。
        不一致时请不要登录，并告诉管理员。
      </Typography.Paragraph>
      <Typography.Paragraph>
        SHA-256 指纹：
        <Typography.Text code copyable={{ text: certificate.fingerprint }} style={{ wordBreak: 'break-all' }} data-testid="certificate-fingerprint">
          {groups.slice(0, 16).join(':')}:
          <br />
          {groups.slice(16).join(':')}
        </Typography.Text>
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        有效期至 {certificate.validTo}。学校的电脑可以安装这份证书后不再提示：
        {firstUrl ? (
          <Typography.Link href={new URL(certificate.path, firstUrl).href} target="_blank">
            下载学校证书
          </Typography.Link>
        ) : (
          '下载学校证书'
        )}
        ，在 Windows 中双击，安装到“受信任的根证书颁发机构”。这台电脑换了 IP 地址时，程序会生成新证书，指纹随之改变。
      </Typography.Paragraph>
    </Card>
  );
}

export function NetworkPage() {
  const api = useApi();
  const { message } = AntApp.useApp();
  const status = useLoad(() => api.call('network.get', {}), [api]);
  const [port, setPort] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const chosenPort = port ?? status.data?.port ?? 8080;

  const set = async (enabled: boolean) => {
    setBusy(true);
    try {
      await api.call('network.set', { enabled, port: chosenPort });
      message.success(enabled ? `已开启局域网访问（端口 ${chosenPort}）` : '已关闭局域网访问');
      status.reload();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(false);
    }
  };

  const s = status.data;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 900 }}>
      {status.error && <Alert type="error" showIcon title={status.error} />}
      <Card title="局域网访问">
        <Typography.Paragraph>
          开启后，校内的电脑和手机可以打开下面的地址，用各自的账号登录：教师登记自己的企业实践，教务审核，校领导查看。账号在下面的“账号”中创建（或在命令行用
          <Typography.Text code>user add</Typography.Text>）。数据仍只保存在这台电脑上。
        </Typography.Paragraph>
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title="以 HTTPS 加密传输，使用本程序为学校生成的证书。请只在学校内网开启，不要经端口映射开放到外网。"
        />
        <Space wrap size="large">
          <span>
            端口 <InputNumber aria-label="端口" min={1024} max={65535} value={chosenPort} disabled={s?.enabled} onChange={(v) => setPort(v)} />
          </span>
          <Switch
            aria-label="局域网访问"
            checked={s?.enabled ?? false}
            loading={busy}
            disabled={!s?.available}
            checkedChildren="已开启"
            unCheckedChildren="已关闭"
            onChange={(on) => void set(on)}
          />
          {s && !s.available && <Typography.Text type="secondary">命令行方式运行时不能开启</Typography.Text>}
        </Space>
      </Card>
      {s?.enabled && (
        <Card title="校内访问地址" data-testid="network-addresses">
          <Space wrap size="large" align="start">
            {s.addresses.map((a) => (
              <Space key={a.url} orientation="vertical" align="center">
                <img alt={`二维码：${a.url}`} width={160} height={160} src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(a.qrSvg)}`} />
                <Typography.Text copyable strong>
                  {a.url}
                </Typography.Text>
              </Space>
            ))}
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
            手机扫码或在浏览器中输入地址；打不开时，请确认手机连的是学校的网络，并在这台电脑的防火墙中允许端口 {s.port}。
          </Typography.Paragraph>
        </Card>
      )}
      {s?.enabled && s.certificate && <CertificateCard certificate={s.certificate} firstUrl={s.addresses[0]?.url} />}
      <AccountsCard />
    </Space>
  );
}
