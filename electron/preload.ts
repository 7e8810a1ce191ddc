// The sandboxed bridge: the page gets one function that sends a method name and its input over the one RPC channel,
// never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { RPC_CHANNEL } from '@shared/transport';

contextBridge.exposeInMainWorld('vetLedger', {
  invoke: (method: string, input: unknown): Promise<unknown> => ipcRenderer.invoke(RPC_CHANNEL, method, input),
});
