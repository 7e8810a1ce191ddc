// A backup killed mid-copy (docs/SECURITY.md): the test before this one threw an error inside the copy, which a backup
// writing in place would pass too. Here the process is SIGKILLed between two steps of the copy.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/appContext';
import { backupDigestMatches, listBackups } from '../../../db/backup';
import { generateDemoSchool } from '../../../seeds/demo';
import { tempDataDir } from '../../helpers/dataDir';

describe('a backup killed mid-copy', () => {
  it('leaves the previous good backup listed and whole, and no stray file once the folder is opened again', async () => {
    const data = tempDataDir();
    try {
      const app = await openApp({ dataDir: data.dir });
      generateDemoSchool(app.store.sqlite, { type: '中职', seed: 3, staff: 300, students: 4000, asOf: '2025-10-31' });
      const good = await app.store.backup('manual');
      const pages = app.store.sqlite.pragma('page_count', { simple: true }) as number;
      expect(pages, 'enough pages for several steps of the copy').toBeGreaterThan(300);
      app.close();

      const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('test/helpers/backupChild.ts'), data.dir], { stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (c) => {
          out += c;
          if (out.includes('copying')) resolve();
        });
        child.once('exit', () => reject(new Error(`the child ended before the kill: ${out}`)));
      });
      child.kill('SIGKILL');
      await once(child, 'exit');
      expect(out).not.toContain('finished');

      const backups = path.join(data.dir, 'backups');
      // the kill left the copy half made, with SQLite's journal of it: never listed as a backup
      expect(fs.readdirSync(backups).filter((n) => n.endsWith('.partial'))).toHaveLength(1);
      expect(fs.readdirSync(backups).filter((n) => n.endsWith('.partial-journal'))).toHaveLength(1);
      expect(listBackups(backups).map((b) => b.file)).toEqual([good.file]);
      const reopened = await openApp({ dataDir: data.dir });
      reopened.close();
      expect(fs.readdirSync(backups).sort()).toEqual([good.file, `${good.file}.sha256`]);
      expect(backupDigestMatches(path.join(backups, good.file))).toBe(true);
      const db = new Database(path.join(backups, good.file), { readonly: true });
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.close();
    } finally {
      data.cleanup();
    }
  }, 60_000);
});
