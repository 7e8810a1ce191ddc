import { openE2eSession } from '../test/helpers/e2eSession';
import { dispatch } from '@shared/dispatch';
const s = await openE2eSession({ width: 1366, height: 768 });
const r = await dispatch(s.host.app.handlers, 'demo.generate', { type: '中职' });
if (!r.ok) throw new Error(r.error.message);
const pages = (process.argv[2] ?? 'staff,students,practice').split(',');
for (const p of pages) {
  await s.page.goto(`${s.host.url}#/${p}`);
  await s.page.waitForTimeout(2500);
  await s.page.screenshot({ path: `/tmp/shots/${p.replace(/[/?=]/g, '_')}.png` });
}
await s.close();
