// Crash safety (DESIGN §9): a child process imports staff rosters batch after batch and is killed with SIGKILL at a
// random moment. After each kill the database must open, pass integrity_check, and hold every committed import
// wholly and no partial one.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect } from 'vitest';
import { openApp } from '../../electron/appContext';
import { dispatch } from '@shared/dispatch';

export const BATCH_ROWS = 40;
const CHILD = path.resolve('test/helpers/crashChild.ts');

/** Kills the importing child `iterations` times, checking the database after each kill. */
export async function runCrashLoop(dataDir: string, iterations: number, random: () => number = Math.random): Promise<{ committedBatches: number }> {
  const setup = await openApp({ dataDir });
  await dispatch(setup.handlers, 'school.setup', { name: '断电测试学校', type: '中职', cutoffDate: '2025-08-31' });
  setup.close();

  for (let iteration = 0; iteration < iterations; iteration++) {
    // one process (tsx as a loader, not its CLI, which would run the script in a grandchild the kill misses)
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, dataDir, String(iteration)], { stdio: ['ignore', 'pipe', 'pipe'] });
    // the child says when its imports begin, so the kill lands among them however slow its start-up is
    const importing = new Promise<void>((r) => child.stdout.on('data', () => r()));
    // listened for from the start: a child that fails by itself exits before the kill
    const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    const ended = await Promise.race([
      exited.then(() => true),
      importing.then(() => new Promise<boolean>((r) => setTimeout(() => r(false), random() * 2000))),
    ]);
    expect(ended, `the child stopped by itself before it was killed:\n${stderr}`).toBe(false);
    child.kill('SIGKILL');
    await exited;
    checkDatabase(dataDir);
  }
  return { committedBatches: countBatches(dataDir).filter(([, n]) => n === BATCH_ROWS).length };
}

function countBatches(dataDir: string): [string, number][] {
  const db = new Database(path.join(dataDir, 'vet-ledger.sqlite'), { readonly: true });
  try {
    return db.prepare("select substr(staff_no, 1, instr(staff_no, '-') - 1) as batch, count(*) as n from staff group by batch").raw().all() as [string, number][];
  } finally {
    db.close();
  }
}

function checkDatabase(dataDir: string) {
  const file = path.join(dataDir, 'vet-ledger.sqlite');
  expect(fs.existsSync(file)).toBe(true);
  const db = new Database(file);
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
  } finally {
    db.close();
  }
  // every import is all or nothing
  for (const [batch, n] of countBatches(dataDir)) expect(n, `import ${batch} is partial`).toBe(BATCH_ROWS);
}
