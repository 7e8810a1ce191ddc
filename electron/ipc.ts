// The one IPC entry (DESIGN §6): a call from any page but ours is refused before it reaches a handler.
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Handlers } from '@shared/contract';
import { dispatch } from '@shared/dispatch';
import type { Result } from '@shared/errors';
import { RPC_CHANNEL } from '@shared/transport';
import { isAppUrl } from './shellPolicy';

const FOREIGN_SENDER: Result<never> = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };

function senderUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? '';
  } catch {
    return ''; // the frame was disposed (navigated away or closed) while the call was in flight
  }
}

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  ipcMain.handle(RPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, input: unknown): Promise<Result<unknown>> => {
    if (!isAppUrl(senderUrl(event))) return FOREIGN_SENDER;
    // A non-string method is no contract key: dispatch answers UNKNOWN_METHOD.
    return dispatch(handlers, typeof method === 'string' ? method : '', input);
  });
}
