// How the page reaches the handlers, picked at boot: the Electron preload bridge, else the browser host over HTTP.
import type { Result } from '@shared/errors';
import { TOKEN_HEADER, TOKEN_META } from '@shared/transport';
import { isLanPage, lanTransport } from './lanSession';

export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

interface PreloadBridge {
  invoke(method: string, input: unknown): Promise<Result<unknown>>;
}

declare global {
  interface Window {
    vetLedger?: PreloadBridge;
  }
}

export function httpTransport(baseUrl: string, token: string, fetchImpl: typeof fetch = fetch): Transport {
  return async (method, input) => {
    const res = await fetchImpl(`${baseUrl}/rpc/${encodeURIComponent(method)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify({ input }),
    });
    return (await res.json()) as Result<unknown>;
  };
}

export function pickTransport(): Transport {
  const bridge = window.vetLedger;
  if (bridge) return (method, input) => bridge.invoke(method, input);
  if (isLanPage()) return lanTransport();
  const token = document.querySelector<HTMLMetaElement>(`meta[name="${TOKEN_META}"]`)?.content ?? '';
  return httpTransport(window.location.origin, token);
}
