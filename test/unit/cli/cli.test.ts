// The command line: each command's own output only; --json prints one JSON document.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/dataDir';


describe('cli', () => {
  const data = tempDataDir();
  afterAll(() => data.cleanup());

  it('creates a school, fills the demo, lists staff as JSON with masked IDs', async () => {
    const init = await cli('--data', data.dir, 'init', '--name', '温州市示范职业学校', '--type', '中职', '--region', '鹿城区', '--json');
    expect(init.code).toBe(0);
    expect(JSON.parse(init.out)).toMatchObject({ name: '温州市示范职业学校', type: '中职', region: '鹿城区' });

    const demo = await cli('--data', data.dir, 'demo', '--json');
    expect(demo.code).toBe(0);
    const counts = JSON.parse(demo.out);
    expect(counts.staff).toBeGreaterThanOrEqual(100);

    const list = await cli('--data', data.dir, 'staff', 'list', '--json');
    const rows = JSON.parse(list.out) as { idCard: string; staffNo: string }[];
    expect(rows).toHaveLength(counts.staff);
    for (const r of rows) expect(r.idCard).toMatch(/^\d{4}\*{10}\d{3}[\dX]$/);
  });

  it('explains a wrong school type in Chinese and exits non-zero', async () => {
    const other = tempDataDir();
    const r = await cli('--data', other.dir, 'init', '--name', '某校', '--type', '大学');
    other.cleanup();
    expect(r.code).toBe(1);
    // the field is named as the registrar knows it, not by its key
    expect(r.err).toContain('办学类型：请从以下选项中选择：中职、高职、技工院校');
  });

  it('backs up and restores to the same rows', async () => {
    const backup = await cli('--data', data.dir, 'backup', '--json');
    const file = JSON.parse(backup.out).file as string;
    const before = (await cli('--data', data.dir, 'staff', 'list', '--json')).out;
    const restore = await cli('--data', data.dir, 'restore', file, '--json');
    expect(restore.code).toBe(0);
    expect((await cli('--data', data.dir, 'staff', 'list', '--json')).out).toBe(before);
  });

  it('prints the indicators as one JSON document with the contract keys', async () => {
    const r = await cli('--data', data.dir, 'indicators', '--year', '2025', '--preset', 'wenzhou-2023', '--json');
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.out);
    expect(Object.keys(doc)).toEqual(['asOf', 'year', 'preset', 'indicators']);
    expect(doc).toMatchObject({ year: 2025, preset: 'wenzhou-2023' });
    expect(doc.indicators).toHaveLength(16);
    for (const i of doc.indicators) expect(Object.keys(i)).toEqual(['id', 'label', 'numerator', 'denominator', 'value', 'target', 'direction', 'met']);
    expect(doc.indicators.find((i: { id: string }) => i.id === 'dualTeacherRatio')).toMatchObject({ target: 0.9, direction: '>=' });
  });

  it('exports a workbook to the file given', async () => {
    const out = path.join(data.dir, 'roster.xlsx');
    const r = await cli('--data', data.dir, 'export', 'roster', '--out', out, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).file).toBe(out);
    expect(fs.readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const unknown = await cli('--data', data.dir, 'export', 'payroll', '--out', out);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('没有这张报表');
  });

  it('moves every staff field to another school with export staff --full-id --phone and import staff', async () => {
    const out = path.join(data.dir, 'staff.xlsx');
    expect((await cli('--data', data.dir, 'export', 'staff', '--out', out, '--full-id', '--phone', '--json')).code).toBe(0);
    const other = tempDataDir();
    try {
      await cli('--data', other.dir, 'init', '--name', '温州市示范职业学校', '--type', '中职');
      const imported = await cli('--data', other.dir, 'import', 'staff', out, '--mode', 'add', '--json');
      const staffList = async (dir: string) =>
        (JSON.parse((await cli('--data', dir, 'staff', 'list', '--json')).out) as { id: number; updatedAt: string; phone: string | null }[]).map(({ id: _i, updatedAt: _u, ...s }) => s);
      const before = await staffList(data.dir);
      expect(JSON.parse(imported.out)).toMatchObject({ read: before.length, imported: before.length, rejected: [] });
      expect(before.some((s) => s.phone)).toBe(true);
      expect(await staffList(other.dir)).toEqual(before);
    } finally {
      other.cleanup();
    }
  });

  it('prints usage for an unknown command', async () => {
    const r = await cli('--data', data.dir, 'frobnicate');
    expect(r.code).toBe(2);
    expect(r.err).toContain('用法');
  });

  it('through npm, prints nothing but the JSON document', () => {
    const out = execFileSync('npm', ['run', '--silent', 'cli', '--', '--data', data.dir, 'staff', 'list', '--json'], { encoding: 'utf8' });
    expect(Array.isArray(JSON.parse(out))).toBe(true);
  }, 60_000);
});
