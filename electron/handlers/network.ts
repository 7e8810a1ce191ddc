// 设置 › 局域网访问 (DESIGN §12): whether the program serves the school network, on which port, at which addresses
// (with a QR code each for a phone to scan). The choice is kept, so the program serves again at its next start.
import QRCode from 'qrcode';
import type { Handlers } from '@shared/contract';
import type { NetworkStatus } from '@shared/contract/network';
import { AppError } from '@shared/errors';
import { putSetting } from '../../db/queries/school';
import { auditEvent } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';
import { NETWORK_SETTING_KEY, savedNetworkSetting } from '../records/settings';

type NetworkHandlers = Pick<Handlers, 'network.get' | 'network.set'>;

export function networkHandlers(ctx: HandlerContext): NetworkHandlers {
  const db = () => ctx.store.db;
  const status = async (): Promise<NetworkStatus> => {
    const control = ctx.network?.control;
    const now = control?.status() ?? { enabled: false, port: null, urls: [], certificate: null };
    return {
      enabled: now.enabled,
      port: now.port ?? savedNetworkSetting(db()).port,
      addresses: await Promise.all(now.urls.map(async (url) => ({ url, qrSvg: await QRCode.toString(url, { type: 'svg', margin: 1 }) }))),
      certificate: now.certificate,
      available: Boolean(control),
    };
  };
  return {
    'network.get': status,
    'network.set': async ({ enabled, port }) => {
      const control = ctx.network?.control;
      if (!control) throw new AppError('VALIDATION', '这里不能开启局域网访问：请在桌面程序或浏览器版的“设置 › 局域网访问”中开启');
      if (enabled) await control.start(port);
      else await control.stop();
      inTransaction(ctx, () => {
        putSetting(db(), NETWORK_SETTING_KEY, { enabled, port });
        auditEvent(db(), ctx, '修改', 'setting', enabled ? `局域网访问：开启（端口 ${port}）` : '局域网访问：关闭');
      });
      return status();
    },
  };
}
