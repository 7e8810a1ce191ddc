import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listBackups, rotateBackups } from '../../../db/backup';
import { tempDataDir } from '../../helpers/dataDir';

const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((c) => c()));

function folderWith(names: string[]) {
  const t = tempDataDir();
  cleanups.push(t.cleanup);
  for (const n of names) fs.writeFileSync(path.join(t.dir, n), 'x');
  return t.dir;
}

const name = (day: string, time: string, reason = 'manual') => `vet-ledger-${day}-${time}-${reason}.sqlite`;

describe('backup rotation', () => {
  it('keeps several of today, the newest one of each earlier day, and a fixed total', () => {
    const today = '20251120';
    const files = [
      ...Array.from({ length: 6 }, (_, i) => name(today, `10000${i}000`)),
      name('20251119', '080000000'),
      name('20251119', '180000000', 'daily'),
      name('20251118', '090000000'),
      name('20251101', '090000000'),
    ];
    const dir = folderWith(files);
    const removed = rotateBackups(dir, { keepToday: 4, keepDays: 2, maxTotal: 100 }, today);
    const kept = listBackups(dir).map((b) => b.file);
    expect(kept).toEqual([
      name(today, '100005000'),
      name(today, '100004000'),
      name(today, '100003000'),
      name(today, '100002000'),
      name('20251119', '180000000', 'daily'),
      name('20251118', '090000000'),
    ]);
    expect(removed).toHaveLength(4);
    rotateBackups(dir, { keepToday: 4, keepDays: 2, maxTotal: 3 }, today);
    expect(listBackups(dir)).toHaveLength(3);
  });

  it('ignores files that are not backups, including an unfinished one', () => {
    const dir = folderWith([name('20251120', '100000000'), `${name('20251120', '110000000')}.partial`, 'notes.txt']);
    expect(listBackups(dir).map((b) => b.file)).toEqual([name('20251120', '100000000')]);
    expect(listBackups(dir)[0]).toMatchObject({ createdAt: '2025-11-20 10:00:00', reason: '手动备份' });
  });
});
