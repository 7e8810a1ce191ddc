// fetch trusting only the certificate the host made for the school in a data folder (the network is served over
// HTTPS), as a school computer that installed it does: the load (figures.ts) and the registrar's pinger.
import fs from 'node:fs';
import path from 'node:path';
import { Agent, fetch } from 'undici';

export function schoolFetch(dataDir: string): typeof globalThis.fetch {
  const dispatcher = new Agent({ connect: { ca: fs.readFileSync(path.join(dataDir, 'network', 'school-cert.pem'), 'utf8') } });
  return ((url: string, init?: RequestInit) => fetch(url, { ...(init as object), dispatcher })) as unknown as typeof globalThis.fetch;
}
