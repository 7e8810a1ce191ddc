// The school's personal data is readable by its own user only (docs/SECURITY.md): the data files were created 0644 and the
// folders 0755. Where the OS has modes, every file the app writes into the data folder is 0600 and every folder 0700.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openApp } from '../../../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { TINY_PNG_BASE64 } from '../../helpers/school';
import { staffInput } from '../../helpers/people';

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => fs.rmSync(r, { recursive: true, force: true })));

const mode = (p: string) => fs.statSync(p).mode & 0o777;

describe.skipIf(process.platform === 'win32')('file modes', () => {
  it.each([0o022, 0o000])('makes the data folder and what is in it private to the user under umask %o', async (umask) => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-ledger-modes-'));
    roots.push(root);
    const dataDir = path.join(root, 'data');
    const previous = process.umask(umask);
    try {
      const app = await openApp({ dataDir });
      const ok = async (method: string, input: unknown) => {
        const r = await dispatch(app.handlers, method, input);
        if (!r.ok) throw new Error(r.error.message);
        return r.data as { id: number; record: { id: number }; file: string };
      };
      await ok('school.setup', { name: '测试学校', type: '中职', cutoffDate: '2025-08-31' });
      const teacher = await ok('staff.create', staffInput({}, 1));
      const practice = await ok('practice.create', { staffId: teacher.id, values: { enterpriseName: '某公司', startDate: '2024-03-01', endDate: '2024-03-31', form: '集中实践' } });
      await ok('practice.evidence.add', { practiceId: practice.record.id, fileName: 'a.png', base64: TINY_PNG_BASE64 });
      const backup = await ok('backup.create', {});
      await dispatch({ ...app.handlers, 'school.get': () => Promise.reject(new Error('boom')) } as never, 'school.get', {});

      const files = [
        'vet-ledger.sqlite', 'vet-ledger.sqlite-wal', 'vet-ledger.sqlite-shm', 'vet-ledger.lock',
        `backups/${backup.file}`, `backups/${backup.file}.sha256`, 'logs/errors.log',
        ...fs.readdirSync(path.join(dataDir, 'evidence')).map((n) => `evidence/${n}`),
      ];
      for (const f of files) expect(mode(path.join(dataDir, f)), f).toBe(0o600);
      for (const d of ['', 'backups', 'evidence', 'logs']) expect(mode(path.join(dataDir, d)), d || 'the data folder').toBe(0o700);
      app.close();
    } finally {
      process.umask(previous);
    }
  });
});

describe.skipIf(process.platform === 'win32')('a data folder an older version made', () => {
  it('is made private when opened: folder, backups, evidence', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-ledger-modes-'));
    roots.push(root);
    const dataDir = path.join(root, 'data');
    const app = await openApp({ dataDir });
    const backup = await app.store.backup('manual');
    app.close();
    const backupFile = path.join(dataDir, 'backups', backup.file);
    fs.mkdirSync(path.join(dataDir, 'evidence'));
    fs.writeFileSync(path.join(dataDir, 'evidence', 'a.png'), 'x');
    for (const [p, m] of [[dataDir, 0o755], [path.join(dataDir, 'backups'), 0o755], [backupFile, 0o644], [path.join(dataDir, 'evidence', 'a.png'), 0o644]] as const) fs.chmodSync(p, m);
    const reopened = await openApp({ dataDir });
    reopened.close();
    expect(mode(dataDir)).toBe(0o700);
    expect(mode(path.join(dataDir, 'backups'))).toBe(0o700);
    expect(mode(backupFile)).toBe(0o600);
    expect(mode(path.join(dataDir, 'evidence', 'a.png'))).toBe(0o600);
  });
});
