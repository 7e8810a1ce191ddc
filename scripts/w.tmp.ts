import fs from 'node:fs'; import os from 'node:os'; import path from 'node:path';
import { openApp } from '../electron/appContext';
import { dispatch } from '@shared/dispatch';
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'w-'));
const app = await openApp({ dataDir: dir });
const call = async (m: string, i: unknown) => { const r = await dispatch(app.handlers, m, i); if (!r.ok) throw new Error(r.error.message); return r.data as any; };
await call('school.setup', { name: '某校', type: '中职', cutoffDate: '2025-08-31' });
const s = await call('staff.create', { staffNo: 'T1', name: '王伟', idCard: '11010519491231002X', joinDate: '2015-09-01', postCategory: '专任教师', teachingCategory: '专业课' });
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64').toString('base64');
const t0 = performance.now(); const times: number[] = []; const etimes: number[] = [];
for (let i = 0; i < 200; i++) {
  const t = performance.now();
  const { record } = await call('practice.create', { staffId: s.id, values: { enterpriseName: `企业${i}`, startDate: '2024-01-01', endDate: '2024-01-05', form: '集中实践' } });
  times.push(performance.now() - t);
  const t2 = performance.now();
  await call('practice.evidence.add', { practiceId: record.id, fileName: 'a.png', base64: png });
  etimes.push(performance.now() - t2);
}
const med = (a: number[]) => a.sort((x, y) => x - y)[a.length >> 1];
console.log('create median', med(times).toFixed(2), 'evidence median', med(etimes).toFixed(2), 'total', (performance.now() - t0).toFixed(0));
app.close();
