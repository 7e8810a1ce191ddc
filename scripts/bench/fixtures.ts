// The benchmark's data, generated once per run with seeds/ (deterministic): a student roster file of the scale, a
// data folder ready to import it, and a demo school of the scale; and the browser host bundled as the desktop app is.
// `tsx scripts/bench/fixtures.ts DIR SCALE [--bundle-only]`.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { openApp } from '../../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { common, withFileUrl } from '../build-electron.mjs';
import { generateDemoSchool } from '../../seeds/demo';
import { insertRosterMajorsAndClasses, studentRosterFile } from '../../seeds/studentRosterFile';

export const SCALES = {
  school: { staff: 600, students: 10_000 },
  city: { staff: 10_000, students: 200_000 },
} as const;
export type Scale = keyof typeof SCALES;

export const FIXTURE = {
  rosterFile: 'roster.xlsx',
  rosterRows: 'roster.json',
  /** a school set up with the roster's majors and classes, no students yet */
  rosterReady: 'roster-ready',
  /** a demo school of the scale */
  demo: 'demo',
  /** the scale the data was made for, written last: a folder kept for reuse is reused at its own scale only */
  scale: 'scale.txt',
  /** the browser host compiled as the desktop bundle is, with its job worker beside it; in the project, where it
   * finds node_modules and the built renderer (../dist/renderer) as the desktop bundle does */
  hostBundle: path.resolve(import.meta.dirname, '..', '..', 'dist-bench', 'web.cjs'),
} as const;

const CUTOFF = '2025-08-31';

export async function prepareFixtures(dir: string, scale: Scale): Promise<void> {
  const { staff, students } = SCALES[scale];
  const roster = studentRosterFile({ students });
  fs.writeFileSync(path.join(dir, FIXTURE.rosterFile), roster.bytes);
  fs.writeFileSync(path.join(dir, FIXTURE.rosterRows), JSON.stringify(roster.students));
  const ready = await openApp({ dataDir: path.join(dir, FIXTURE.rosterReady) });
  await dispatch(ready.handlers, 'school.setup', { name: '丽水市瓯江职业技术学校', type: '中职', cutoffDate: CUTOFF });
  insertRosterMajorsAndClasses(ready.store.sqlite, roster);
  ready.close();
  const demo = await openApp({ dataDir: path.join(dir, FIXTURE.demo) });
  generateDemoSchool(demo.store.sqlite, { type: '中职', staff, students, asOf: CUTOFF });
  demo.close();
  fs.writeFileSync(path.join(dir, FIXTURE.scale), scale);
}

async function bundleHost(): Promise<void> {
  const outdir = path.dirname(FIXTURE.hostBundle);
  await Promise.all([
    build({ ...common, ...withFileUrl, entryPoints: ['electron/web.ts'], outfile: path.join(outdir, 'web.cjs') }),
    build({ ...common, ...withFileUrl, entryPoints: ['electron/jobs/workerEntry.ts'], outfile: path.join(outdir, 'jobWorker.cjs') }),
  ]);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  if (process.argv[4] !== '--bundle-only') await prepareFixtures(process.argv[2], process.argv[3] as Scale);
  await bundleHost();
}
