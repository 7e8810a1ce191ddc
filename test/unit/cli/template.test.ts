// `template add | list | fill` on the command line: a bureau's template saved once and filled each year by name.
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli';
import { tempDataDir } from '../../helpers/dataDir';
import { bureauTemplate } from '../../helpers/bureauTemplates';


describe('cli template', () => {
  const data = tempDataDir();
  afterAll(() => data.cleanup());

  it('adds a template with its matches printed, lists it, and fills it by name', async () => {
    const blank = path.join(data.dir, '县教师信息统计表.xlsx');
    fs.writeFileSync(blank, await bureauTemplate({ blankRows: 3, totalRow: true }));
    expect((await cli('--data', data.dir, 'demo')).code).toBe(0);
    const added = await cli('--data', data.dir, 'template', 'add', blank, '--name', '县教师信息表', '--fill', 'staff');
    expect(added.code).toBe(0);
    expect(added.out.split('\n')).toEqual([
      '已保存模板“县教师信息表”：工作表“教师信息”，表头在第 3 行，从第 4 行起填写教职工信息明细',
      '  A 序号 ← 序号',
      '  B 职工号 ← 工号',
      '  C 教师姓名 ← 姓名',
      '  D 性别 ← 性别',
      '  E 最高学历 ← 最高学历',
      '  F 来校时间 ← 来校日期',
      '  G 企业工作经历（月） ← 企业工作经历（月）',
      '  H 备注（教育局填） ← （留空）',
    ]);
    const list = JSON.parse((await cli('--data', data.dir, 'template', 'list', '--json')).out);
    expect(list).toEqual([expect.objectContaining({ name: '县教师信息表', fill: 'staff', fillTitle: '教职工信息明细', sheet: '教师信息' })]);

    const out = path.join(data.dir, 'filled.xlsx');
    const filled = await cli('--data', data.dir, 'template', 'fill', '县教师信息表', '--out', out, '--json');
    expect(filled.code).toBe(0);
    const staff = JSON.parse((await cli('--data', data.dir, 'staff', 'list', '--json')).out) as { staffNo: string; name: string }[];
    expect(JSON.parse(filled.out)).toEqual({ file: out, rows: staff.length });
    const sheet = XLSX.read(fs.readFileSync(out)).Sheets['教师信息'];
    expect(sheet.A1.v).toBe('某县教育局 职业学校教师信息统计表（2025年）');
    expect([sheet.A4.v, sheet.B4.v, sheet.C4.v]).toEqual([1, staff[0].staffNo, staff[0].name]);
    expect(sheet[`A${4 + staff.length}`].v).toBe('合计');

    const missing = await cli('--data', data.dir, 'template', 'fill', '没有这个', '--out', out);
    expect([missing.code, missing.err]).toEqual([1, '错误：没有名为“没有这个”的报表模板。已有：县教师信息表']);
  });
});
