import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, data: 42 })), send: vi.fn(), on: vi.fn() },
}));
vi.mock('electron', () => electron);

describe('preload', () => {
  it('exposes only window.vetLedger.invoke, over the one RPC channel', async () => {
    await import('../../../electron/preload');

    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    const [key, api] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(key).toBe('vetLedger');
    expect(Object.keys(api)).toEqual(['invoke']);

    const invoke = api.invoke as (...args: unknown[]) => Promise<unknown>;
    await expect(invoke('staff.list', { page: 1 }, 'extra')).resolves.toEqual({ ok: true, data: 42 });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('vet-ledger:rpc', 'staff.list', { page: 1 });
    expect(electron.ipcRenderer.send).not.toHaveBeenCalled();
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
