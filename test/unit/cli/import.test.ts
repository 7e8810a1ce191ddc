// `import` on the command line: the JSON document scripts rely on, with the spreadsheet's own row numbers.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/dataDir';
import { staffRosterXlsx } from '../../fixtures/generate';
import { rosterElsewhereXlsx } from '../../fixtures/registrars';


describe('cli import', () => {
  const data = tempDataDir();
  const file = path.join(data.dir, '花名册.xlsx');
  afterAll(() => data.cleanup());

  it('dry-runs, then imports a roster, printing read / imported / updated / rejected / warnings', async () => {
    fs.writeFileSync(file, staffRosterXlsx());
    expect((await cli('--data', data.dir, 'init', '--name', '丽水市示范职业技术学校', '--type', '中职')).code).toBe(0);

    const dry = await cli('--data', data.dir, 'import', 'staff', file, '--map', '技术职称=专业技术职称', '--dry-run', '--json');
    expect(dry.code).toBe(0);
    const planned = JSON.parse(dry.out);
    expect(Object.keys(planned)).toEqual(['read', 'imported', 'updated', 'rejected', 'unmapped', 'created', 'warnings']);
    expect(planned).toMatchObject({ read: 8, imported: 6, updated: 0 });
    expect(planned.rejected.map((r: { sheet: string; row: number; column: string }) => [r.sheet, r.row, r.column])).toEqual([
      ['花名册', 11, '身份证号码'],
      ['花名册', 12, '工号'],
    ]);
    expect(Object.keys(planned.rejected[0])).toEqual(['sheet', 'row', 'column', 'value', 'message', 'label']);
    expect(JSON.parse((await cli('--data', data.dir, 'staff', 'list', '--json')).out)).toEqual([]);

    const done = JSON.parse((await cli('--data', data.dir, 'import', 'staff', file, '--map', '技术职称=title', '--mode', 'add', '--json')).out);
    expect(done).toMatchObject({ read: 8, imported: 6, updated: 0 });
    const staff = JSON.parse((await cli('--data', data.dir, 'staff', 'list', '--json')).out) as { staffNo: string; title: string }[];
    expect(staff.map((s) => [s.staffNo, s.title])).toEqual([['T001', '中级'], ['T002', '副高级'], ['T003', '初级'], ['T004', '未评'], ['T005', '中级'], ['T006', '初级']]);
  });

  it('names the headers when --map points at one the file does not have', async () => {
    const r = await cli('--data', data.dir, 'import', 'staff', file, '--map', '职称等级=title');
    expect(r.code).toBe(1);
    expect(r.err).toContain('--map 职称等级=title：文件中没有表头“职称等级”。表头有：序号、工号、姓名');
  });

  it('lists the values no table knows, takes --value "列名:原值=规范值", and remembers it', async () => {
    const other = tempDataDir();
    const roster = path.join(other.dir, '教职工基本情况表.xlsx');
    fs.writeFileSync(roster, rosterElsewhereXlsx());
    try {
      expect((await cli('--data', other.dir, 'init', '--name', '某县职业技术学校', '--type', '中职')).code).toBe(0);
      const asked = JSON.parse((await cli('--data', other.dir, 'import', 'staff', roster, '--dry-run', '--json')).out);
      expect(asked.unmapped).toEqual([{ field: 'title', column: '专业技术职务', value: '高级', rows: 1, options: ['正高级', '副高级', '中级', '初级', '未评'], candidates: ['正高级', '副高级'] }]);
      const text = (await cli('--data', other.dir, 'import', 'staff', roster, '--dry-run')).out;
      expect(text).toContain('未能识别的值：专业技术职务“高级”（1 行）；可用 --value "专业技术职务:高级=正高级" 指定');
      const wrong = await cli('--data', other.dir, 'import', 'staff', roster, '--value', '专业技术职务:高级=特级', '--json');
      expect(wrong.code).not.toBe(0);
      expect(JSON.parse(wrong.out).error.message).toContain('不能对应为“特级”');
      const done = JSON.parse((await cli('--data', other.dir, 'import', 'staff', roster, '--value', '专业技术职务:高级=副高级', '--json')).out);
      expect([done.imported, done.unmapped, done.rejected.map((r: { row: number }) => r.row)]).toEqual([7, [], [10]]);
      const again = JSON.parse((await cli('--data', other.dir, 'import', 'staff', roster, '--dry-run', '--json')).out);
      expect([again.updated, again.unmapped]).toEqual([7, []]);
      const refused = JSON.parse((await cli('--data', other.dir, 'import', 'staff', roster, '--value', '专业技术职务:高级=拒绝该行', '--dry-run', '--json')).out);
      expect(refused.rejected.map((r: { row: number }) => r.row)).toEqual([9, 10]);
    } finally {
      other.cleanup();
    }
  });
});

