import fs from 'node:fs';
import { openApp } from '../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { tempDataDir } from '../test/helpers/dataDir';
const data = tempDataDir();
const app = await openApp({ dataDir: data.dir });
const call = async (m: string, i: unknown) => { const r = await dispatch(app.handlers, m, i); if (!r.ok) throw new Error(m + r.error.message); return r.data as any; };
await call('school.setup', { name: '丽水市瓯江职业技术学校', type: '中职', cutoffDate: '2026-08-31' });
await call('demo.generate', { type: '中职' });
for (const id of (process.argv[2] ?? 'practice-status,staff').split(',')) {
  const r = await call('reports.export', { id, asOf: '2026-08-31', year: 2026, includeFullIdCard: true });
  fs.writeFileSync(`/tmp/shots/${id}.xlsx`, Buffer.from(r.base64, 'base64'));
}
app.close(); data.cleanup();
