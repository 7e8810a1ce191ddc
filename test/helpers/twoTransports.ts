// Runs one scenario on two fresh data folders, in-process and over the loopback HTTP host, for the contract tests.
import { afterAll, beforeAll } from 'vitest';
import { openApp, type App } from '../../electron/appContext';
import { startWebHost, type WebHost } from '../../electron/web';
import { httpTransport, type Transport } from '../../renderer/api/transport';
import { tempDataDir } from './dataDir';
import { inProcessTransport } from './transports';

/** Timestamps differ between runs; everything else must match. */
export function stable(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'updatedAt' ? '<time>' : v)));
}

/** Registers the hooks; after beforeAll, results() holds [in-process, HTTP] and app() the in-process app. */
export function onBothTransports(scenario: (call: Transport) => Promise<unknown>): { results: () => [unknown, unknown]; app: () => App } {
  const a = tempDataDir();
  const b = tempDataDir();
  let local: App;
  let remote: WebHost;
  let results: [unknown, unknown];
  beforeAll(async () => {
    local = await openApp({ dataDir: a.dir });
    remote = await startWebHost({ dataDir: b.dir });
    results = [stable(await scenario(inProcessTransport(local.handlers))), stable(await scenario(httpTransport(remote.url.replace(/\/$/, ''), remote.token)))];
  });
  afterAll(async () => {
    local?.close();
    await remote?.close();
    a.cleanup();
    b.cleanup();
  });
  return { results: () => results, app: () => local };
}
