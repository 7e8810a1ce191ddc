// One benchmark figure in this process (`npm run bench` runs each in a fresh process, so its peak RSS is its own):
// a warm-up run, then RUNS measured runs, each from a fresh copy of the fixture; prints {"ms": [...], "firstMs",
// "peakRssMb"} on stdout. argv: <figure> <app|raw> <fixtures folder> <runs>.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import type Database from 'better-sqlite3';
import { openApp, type App } from '../../electron/appContext';
import { openConnection } from '../../db/open';
import { dispatch } from '@shared/dispatch';
import { CSRF_HEADER, TOKEN_HEADER, TOKEN_META } from '@shared/transport';
import type { Result } from '@shared/errors';
import type { InputOf, Method, OutputOf } from '@shared/contract';
import { insertStudent } from '../../db/queries/students';
import { REPORTS, type ReportDefinition } from '../../electron/reports';
import { baselineInsert, rosterStudentRows, type RosterStudent } from '../../seeds/studentRosterFile';
import { FIXTURE } from './fixtures';
import { schoolFetch } from './schoolFetch';
import { POST_CATEGORIES } from '@shared/vocab';
import { idCheckChar } from '@shared/rules/idcard';

const [figure, variant, dir, runsArg] = process.argv.slice(2);
/** What a run opened, closed before its data is removed: a server is waited for, as it may still be writing there. */
const opened: { close(): unknown }[] = [];
const copies: string[] = [];
const fixture = (name: string) => path.join(dir, name);
const STAMP = '2025-09-01 09:00:00';

/** A fresh copy of a prepared data folder, so every run starts from the same state. */
function copyOf(name: string): string {
  const target = fs.mkdtempSync(path.join(dir, `${name}-run-`));
  fs.copyFileSync(path.join(fixture(name), 'vet-ledger.sqlite'), path.join(target, 'vet-ledger.sqlite'));
  copies.push(target);
  return target;
}

async function open(dataDir: string): Promise<App> {
  const app = await openApp({ dataDir });
  opened.push(app);
  return app;
}

/** A bare better-sqlite3 connection with the app's pragmas (DESIGN §6: WAL, synchronous FULL, foreign keys, its
 * page cache), so that the app and its baseline differ only in what the app does with the connection. */
function openRaw(dataDir: string): Database.Database {
  const { sqlite } = openConnection(path.join(dataDir, 'vet-ledger.sqlite'));
  opened.push(sqlite);
  return sqlite;
}

async function call<M extends Method>(app: App, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const r = await dispatch(app.handlers, method, input);
  if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
  return r.data as OutputOf<M>;
}

const roster = (): RosterStudent[] => JSON.parse(fs.readFileSync(fixture(FIXTURE.rosterRows), 'utf8')) as RosterStudent[];

/** Times fn; returns its milliseconds (and anything it reports). */
async function timed(fn: () => unknown): Promise<{ ms: number }> {
  const t = performance.now();
  await fn();
  return { ms: performance.now() - t };
}

/** Each figure's app run and, but for the overview and the ping (judged by an absolute bound), its raw baseline. */
const FIGURES: Record<string, { app: () => Promise<{ ms: number }>; raw?: () => Promise<{ ms: number }> }> = {
  insert: {
    // The app's own student insert (the prepared query every form and import uses), in one transaction. Both sides
    // are given the same rows, made the same way before the clock starts: the baseline's INSERT, looping over rows
    // made just before instead of rows made earlier, took a fifth longer (school scale, one process).
    app: async () => {
      const app = await open(copyOf(FIXTURE.rosterReady));
      const rows = rosterStudentRows(app.store.sqlite, roster());
      return timed(() => app.store.sqlite.transaction(() => rows.forEach((r) => insertStudent(app.store.db, r)))());
    },
    raw: async () => {
      const sqlite = openRaw(copyOf(FIXTURE.rosterReady));
      const rows = rosterStudentRows(sqlite, roster());
      return timed(() => baselineInsert(sqlite, rows, STAMP));
    },
  },
  import: {
    // File bytes → rows in the database: the commit reads, checks and writes (the column mapping is the one the
    // inspection suggests, found before the clock starts).
    app: async () => {
      const app = await open(copyOf(FIXTURE.rosterReady));
      const source = { kind: 'students' as const, fileName: 'roster.xlsx', base64: fs.readFileSync(fixture(FIXTURE.rosterFile)).toString('base64') };
      const inspection = await call(app, 'import.inspect', source);
      const input = { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'add' as const };
      let imported = 0;
      const t = await timed(async () => void ({ imported } = await call(app, 'import.commit', input)));
      return { ...t, rows: imported };
    },
    raw: async () => {
      const sqlite = openRaw(copyOf(FIXTURE.rosterReady));
      const bytes = fs.readFileSync(fixture(FIXTURE.rosterFile));
      // The file's rows with their majors and classes found before the clock starts: the baseline does no checking.
      const rows = rosterStudentRows(sqlite, roster());
      return timed(() => {
        XLSX.read(bytes, { type: 'buffer', dense: true });
        baselineInsert(sqlite, rows, STAMP);
      });
    },
  },
  export: {
    app: async () => {
      const app = await open(copyOf(FIXTURE.demo));
      return timed(() => call(app, 'reports.export', { id: 'students' }));
    },
    // The same cells, unstyled, through ExcelJS's bare streaming writer.
    raw: async () => {
      const app = await open(copyOf(FIXTURE.demo));
      const [sheet] = await (REPORTS.students as ReportDefinition).build({ db: app.store.db, indicators: () => Promise.reject(new Error('unused')) });
      // Made before the clock starts: the sheet reads its rows from the database as they are iterated.
      const rows = [...sheet.rows];
      return timed(async () => {
        const chunks: Buffer[] = [];
        const sink = new Writable({ write: (c: Buffer, _e, done) => void (chunks.push(c), done()) });
        const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: sink, useStyles: false, useSharedStrings: false });
        const ws = wb.addWorksheet(sheet.sheetName);
        for (const row of rows) ws.addRow(row as ExcelJS.CellValue[]).commit();
        ws.commit();
        await wb.commit();
        return Buffer.concat(chunks);
      });
    },
  },
  indicators: {
    app: async () => {
      const app = await open(copyOf(FIXTURE.demo));
      return timed(() => call(app, 'indicators.compute', {}));
    },
    // Reading every row the indicators draw on, with one prepared SELECT per table.
    raw: async () => {
      const sqlite = openRaw(copyOf(FIXTURE.demo));
      const tables = ['staff', 'practice_records', 'dual_teacher_certifications', 'students', 'student_certificates', 'awards', 'award_people', 'annual_data'];
      const statements = tables.map((t) => sqlite.prepare(`select * from ${t}`).raw());
      return timed(() => statements.forEach((s) => s.all()));
    },
  },
  overview: {
    // Everything the 概览 asks for when it opens, on a fresh connection (nothing remembered yet), each answer
    // serialised as the transport sends it: the school, the staff counts, the indicator cards, the charts, the
    // practice alerts and the data-quality panel. No raw counterpart: the target is absolute.
    app: async () => {
      const app = await open(copyOf(FIXTURE.demo));
      const send = async <M extends Method>(method: M, input: InputOf<M>) => JSON.stringify(await call(app, method, input)).length;
      return timed(async () => {
        const { cutoffDate } = (await call(app, 'school.get', {}))!;
        const year = Number(cutoffDate.slice(0, 4));
        for (const postCategory of POST_CATEGORIES) await send('staff.list', { postCategory, status: '在职', pageSize: 1 });
        await send('indicators.compute', { asOf: cutoffDate, year });
        await send('practice.statusBoard', { asOf: cutoffDate, limit: 0 });
        await send('practice.statusBoard', { status: '有风险', limit: 10 });
        await send('practice.statusBoard', { asOf: cutoffDate, status: '未达标', limit: 10 });
        await send('certificates.rate', { year, listLacking: false });
        await send('awards.summary', { year });
        await send('awards.summary', {});
        await send('quality.check', {});
      });
    },
  },
  search: {
    // The first page of students whose 姓名 starts with the commonest surname, as the roster asks for it.
    app: async () => {
      const app = await open(copyOf(FIXTURE.demo));
      const surname = (app.store.sqlite.prepare('select substr(name, 1, 1) s from students group by s order by count(*) desc limit 1').pluck().get() as string) ?? '王';
      return timed(() => call(app, 'students.list', { search: surname, page: 1, pageSize: 20 }));
    },
    raw: async () => {
      const sqlite = openRaw(copyOf(FIXTURE.demo));
      const first = sqlite.prepare('select * from students order by student_no limit 20');
      return timed(() => first.all());
    },
  },
};

/** Spawns a server process that prints its address; resolves when that address has answered, with the time from
 * the spawn and the page it answered. */
/** The host in a process of its own, timed until its first page is answered; `lanData`: it serves the network from
 * that data folder, over HTTPS. */
function startServer(args: string[], lanData?: string): Promise<{ ms: number; url: string; page: string; fetch: typeof fetch }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    opened.push({ close: () => (child.kill(), exited) });
    let out = '';
    const onData = async (chunk: Buffer) => {
      out += chunk.toString();
      const url = /https?:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (!url) return;
      child.stdout!.off('data', onData);
      try {
        const fetcher = lanData ? schoolFetch(lanData) : fetch;
        const page = await (await fetcher(url)).text();
        resolve({ ms: performance.now() - t, url, page, fetch: fetcher });
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    };
    child.stdout!.on('data', onData);
    child.on('error', reject);
  });
}

FIGURES.host = {
  // The bundled browser host (as packaged: compiled, not through tsx) from its spawn to the first answered request,
  // on a copy of the demo school: the database checked and opened, the handlers made, the port bound.
  app: () => startServer([FIXTURE.hostBundle, '--data', copyOf(FIXTURE.demo)]),
  raw: () => startServer(['-e', "const s = require('node:http').createServer((q, r) => r.end('ok')).listen(0, '127.0.0.1', () => console.log('http://127.0.0.1:' + s.address().port + '/'));"]),
};

/** While the roster is imported as a job through the bundled browser host, its serving thread answers a ping
 * (app.info) every 20 ms; the figure is the slowest answer. There is no raw counterpart: the target is absolute. */
const PING_EVERY_MS = 20;
const pingLag = async () => {
  const host = await startServer([FIXTURE.hostBundle, '--data', copyOf(FIXTURE.rosterReady)]);
  const token = new RegExp(`name="${TOKEN_META}" content="([0-9a-f]+)"`).exec(host.page)?.[1];
  if (!token) throw new Error('the host served no page with its token: build the renderer first (npm run build:renderer)');
  const rpc = async <M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const res = await fetch(`${host.url}rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token }, body: JSON.stringify({ input }) });
    const r = (await res.json()) as Result<OutputOf<M>>;
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data;
  };
  const source = { kind: 'students' as const, fileName: 'roster.xlsx', base64: fs.readFileSync(fixture(FIXTURE.rosterFile)).toString('base64') };
  const inspection = await rpc('import.inspect', source);
  const input = { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'add' as const };
  const { jobId } = await rpc('jobs.start', { method: 'import.commit', input });
  let worst = 0;
  for (;;) {
    const t = performance.now();
    await rpc('app.info', {});
    worst = Math.max(worst, performance.now() - t);
    const job = await rpc('jobs.status', { jobId });
    if (job.state === 'failed') throw new Error(job.error?.message);
    if (job.state !== 'running') return { ms: worst };
    await new Promise((r) => setTimeout(r, PING_EVERY_MS));
  }
};
FIGURES.ping = { app: pingLag };

/** The school network under load (DESIGN §12): 50 teachers signed in at once, each logging records with a small
 * evidence file, while the registrar, signed in too, imports the roster as a job. The figure is the 99th percentile
 * of the teachers' answers (lan) or the registrar's worst ping meanwhile (lan-ping, from a process of its own:
 * pinger.ts); every write must be there exactly once, else the run fails. */
const LAN_TEACHERS = 50;
const LAN_RECORDS_EACH = 3;
const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const lanLoad = async () => {
  const data = copyOf(FIXTURE.rosterReady);
  const app = await open(data);
  const passwords: string[] = [];
  for (let i = 1; i <= LAN_TEACHERS; i++) {
    const staffNo = `L${String(i).padStart(4, '0')}`;
    await call(app, 'staff.create', { staffNo, name: `教师${i}`, idCard: ((body) => body + idCheckChar(body))(`33110219850312${String(i).padStart(3, '0')}`), joinDate: '2015-09-01', postCategory: '专任教师', teachingCategory: '专业课' });
    passwords.push((await call(app, 'users.create', { login: `t${i}`, name: `教师${i}`, role: '教师', staffNo })).password);
  }
  const registrarPassword = (await call(app, 'users.create', { login: 'registrar', name: '教务', role: '教务' })).password;
  app.close();

  const host = await startServer([FIXTURE.hostBundle, '--data', data, '--lan', '--bind', '127.0.0.1'], data);
  const fetch = host.fetch;
  const signIn = async (login: string, password: string) => {
    const res = await fetch(`${host.url}auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ login, password }) });
    const r = (await res.json()) as Result<{ csrf: string; user: { staffId: number } }>;
    if (!r.ok) throw new Error(`sign-in ${login}: ${r.error.message}`);
    return { cookie: res.headers.get('set-cookie')!.split(';')[0], csrf: r.data.csrf, staffId: r.data.user.staffId };
  };
  type Signed = Awaited<ReturnType<typeof signIn>>;
  const rpc = async <M extends Method>(who: Signed, method: M, input: InputOf<M>): Promise<OutputOf<M>> => {
    const res = await fetch(`${host.url}rpc/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: who.cookie, [CSRF_HEADER]: who.csrf }, body: JSON.stringify({ input }) });
    const r = (await res.json()) as Result<OutputOf<M>>;
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data;
  };
  const registrar = await signIn('registrar', registrarPassword);
  const teachers = await Promise.all(passwords.map((p, i) => signIn(`t${i + 1}`, p)));

  const pinger = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'pinger.ts'), host.url, data, registrar.cookie, registrar.csrf], { stdio: ['pipe', 'pipe', 'inherit'] });
  let pingOut = '';
  pinger.stdout.on('data', (c: Buffer) => (pingOut += c.toString()));
  const pinged = new Promise<number>((resolve, reject) => pinger.once('exit', (code) => (code === 0 ? resolve(Number(pingOut.trim())) : reject(new Error(`the pinger failed (${code})`)))));
  // its first answers are its own start-up (tsx, TLS): the load starts once it has been answered a few times
  await new Promise((r) => setTimeout(r, 1500));
  const source = { kind: 'students' as const, fileName: 'roster.xlsx', base64: fs.readFileSync(fixture(FIXTURE.rosterFile)).toString('base64') };
  const inspection = await rpc(registrar, 'import.inspect', source);
  const { jobId } = await rpc(registrar, 'jobs.start', { method: 'import.commit', input: { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'add' } });
  const answers: number[] = [];
  const timedCall = async <T>(call: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const out = await call();
    answers.push(performance.now() - t);
    return out;
  };
  try {
    await Promise.all(
    teachers.map(async (who, i) => {
      for (let k = 0; k < LAN_RECORDS_EACH; k++) {
        const day = `2025-0${3 + k}-${String(1 + (i % 20)).padStart(2, '0')}`;
        const { record } = await timedCall(() => rpc(who, 'practice.create', { staffId: who.staffId, values: { enterpriseName: `企业${i}`, startDate: day, endDate: day, form: '集中实践' } }));
        await timedCall(() => rpc(who, 'practice.evidence.add', { practiceId: record.id, fileName: 'p.png', base64: TINY_PNG }));
      }
    }),
    );
    for (;;) {
      const job = await rpc(registrar, 'jobs.status', { jobId });
      if (job.state === 'failed') throw new Error(job.error?.message);
      if (job.state !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
  } finally {
    // the pings stop before the server does, whatever went wrong
    pinger.stdin.end();
  }
  const worstPing = await pinged;
  const { rows, total } = await rpc(registrar, 'practice.list', { pageSize: 1000 });
  const expected = LAN_TEACHERS * LAN_RECORDS_EACH;
  if (total !== expected || rows.some((r) => r.evidenceCount !== 1)) throw new Error(`lost or duplicated writes: ${total} records of ${expected}`);
  const sorted = answers.sort((a, b) => a - b);
  return { p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)], worstPing };
};
FIGURES.lan = { app: async () => ({ ms: (await lanLoad()).p99 }) };
FIGURES['lan-ping'] = { app: async () => ({ ms: (await lanLoad()).worstPing }) };

const run = FIGURES[figure]?.[variant as 'app' | 'raw'];
if (!run) throw new Error(`unknown figure ${figure} ${variant}`);
const times: number[] = [];
const cleanUp = async () => {
  for (const o of opened.splice(0)) await o.close();
  for (const c of copies.splice(0)) fs.rmSync(c, { recursive: true, force: true, maxRetries: 5 });
};
try {
  for (let i = 0; i <= Number(runsArg); i++) {
    times.push((await run()).ms);
    await cleanUp();
  }
} catch (e) {
  // a server left running would hold the output the bench waits on
  await cleanUp();
  throw e;
}
// maxRSS is in kilobytes: this process's peak, setup included.
process.stdout.write(`\n${JSON.stringify({ firstMs: times[0], ms: times.slice(1), peakRssMb: process.resourceUsage().maxRSS / 1024 })}\n`);
process.exit(0);
