// The registrar's computer during the `lan` load (figures.ts): a process of its own, as it is a machine of its own,
// calling app.info every 20 ms over the network until its stdin closes, then printing the slowest answer in ms.
// Measured from the load's own process, the ping would mostly time that process's 50 other clients.
import { performance } from 'node:perf_hooks';
import { CSRF_HEADER } from '@shared/transport';
import { schoolFetch } from './schoolFetch';

const [url, dataDir, cookie, csrf] = process.argv.slice(2);
const fetch = schoolFetch(dataDir);
let running = true;
process.stdin.on('end', () => (running = false)).resume();
let worst = 0;
while (running) {
  const t = performance.now();
  const res = await fetch(`${url}rpc/app.info`, { method: 'POST', headers: { 'content-type': 'application/json', cookie, [CSRF_HEADER]: csrf }, body: '{"input":{}}' });
  if (!((await res.json()) as { ok: boolean }).ok) throw new Error('app.info was refused');
  worst = Math.max(worst, performance.now() - t);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
console.log(worst);
