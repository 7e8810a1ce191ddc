import type { IpcMainInvokeEvent } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Handlers } from '@shared/contract';
import { registerIpc } from '../../../electron/ipc';

const dispatch = vi.hoisted(() => vi.fn(async () => ({ ok: true, data: 'dispatched' })));
vi.mock('@shared/dispatch', () => ({ dispatch }));

type RpcListener = (event: IpcMainInvokeEvent, method: unknown, input: unknown) => Promise<unknown>;

const handlers = {} as Handlers;

function register(): RpcListener {
  const handle = vi.fn();
  registerIpc({ handle }, handlers);
  expect(handle).toHaveBeenCalledTimes(1);
  expect(handle.mock.calls[0][0]).toBe('vet-ledger:rpc');
  return handle.mock.calls[0][1] as RpcListener;
}

const from = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;
const forbidden = { ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求' } };

describe('registerIpc', () => {
  beforeEach(() => dispatch.mockClear());

  it('dispatches a call from our app:// page', async () => {
    const listener = register();
    const result = await listener(from('app://renderer/index.html#/teachers'), 'staff.list', { page: 1 });
    expect(result).toEqual({ ok: true, data: 'dispatched' });
    expect(dispatch).toHaveBeenCalledWith(handlers, 'staff.list', { page: 1 });
  });

  it.each(['https://evil.example/', 'file:///home/u/evil.html', 'http://127.0.0.1:3000/', 'app://evil/index.html', 'about:blank', ''])(
    'refuses a call from %s without reaching a handler',
    async (url) => {
      const listener = register();
      expect(await listener(from(url), 'staff.list', {})).toEqual(forbidden);
      expect(dispatch).not.toHaveBeenCalled();
    },
  );

  it('refuses a call whose frame is gone', async () => {
    const listener = register();
    const disposed = {
      get senderFrame(): never {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
    } as unknown as IpcMainInvokeEvent;
    expect(await listener({ senderFrame: null } as unknown as IpcMainInvokeEvent, 'staff.list', {})).toEqual(forbidden);
    expect(await listener(disposed, 'staff.list', {})).toEqual(forbidden);
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('passes a non-string method on as no method at all', async () => {
    const listener = register();
    await listener(from('app://renderer/index.html'), { toString: () => 'staff.list' }, {});
    expect(dispatch).toHaveBeenCalledWith(handlers, '', {});
  });
});
