// What Excel, WPS and LibreOffice put on the clipboard, read back into the cells that were copied.
import { describe, expect, it } from 'vitest';
import { parseClipboardTable } from '@shared/clipboard';

describe('a block of cells from the clipboard', () => {
  it('reads tabs and CRLF, without an empty row for the trailing line break', () => {
    expect(parseClipboardTable('工号\t姓名\r\nT001\t陈静\r\n')).toEqual([
      ['工号', '姓名'],
      ['T001', '陈静'],
    ]);
  });

  it('keeps blank cells, a row of a selection ending in blanks made as wide as the others', () => {
    expect(parseClipboardTable('a\t\tc\n\tb\n')).toEqual([
      ['a', '', 'c'],
      ['', 'b', ''],
    ]);
  });

  it('reads a quoted cell with a line break, a tab and doubled quotes as one cell', () => {
    expect(parseClipboardTable('备注\t姓名\r\n"第一行\n第二行\t缩进 ""引号"""\t李娜\r\n')).toEqual([
      ['备注', '姓名'],
      ['第一行\n第二行\t缩进 "引号"', '李娜'],
    ]);
  });

  it('leaves a quote inside text alone when it does not close a quoted cell', () => {
    expect(parseClipboardTable('"优秀"教师\t2\n')).toEqual([['"优秀"教师', '2']]);
  });

  it('reads a single cell and LF or CR line ends alike; nothing from empty text', () => {
    expect(parseClipboardTable('本科')).toEqual([['本科']]);
    expect(parseClipboardTable('a\rb\nc')).toEqual([['a'], ['b'], ['c']]);
    expect(parseClipboardTable('')).toEqual([]);
  });
});
