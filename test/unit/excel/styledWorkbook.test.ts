import { describe, it, expect, beforeAll } from 'vitest';
import ExcelJS from 'exceljs';
import * as XLSX from '@e965/xlsx';
import { displayWidth, safeText, writeReportWorkbook, type ReportSheet } from '../../../electron/excel/styledWorkbook';

const HOSTILE = ['=HYPERLINK("http://x","y")', '+1', '-2', '@SUM(A1)', '\tx', '\rx', '\nx'];

/** A small table with every column kind, a grouped header, sums, IDs that look like numbers and hostile text. */
function sampleSheet(overrides: Partial<ReportSheet> = {}): ReportSheet {
  return {
    sheetName: '专业统计',
    schoolName: '丽水市职业技术学校',
    title: '专业证书统计表',
    period: { label: '统计截止日期', value: '2025-08-31' },
    columns: [
      { header: '序号', kind: 'integer', width: 6, align: 'center' },
      { header: '专业代码', kind: 'text', width: 10 },
      { header: '专业名称', kind: 'text' },
      { header: '毕业生数', group: '人数', kind: 'integer', sum: true },
      { header: '获证人数', group: '人数', kind: 'integer', sum: true },
      { header: '获取率', kind: 'percent' },
      { header: '经费（万元）', kind: 'decimal', sum: true },
      { header: '统计日期', kind: 'date' },
    ],
    rows: [
      [1, '710201', '计算机应用', 1200, 1150, 1150 / 1200, 0.1, '2025-08-31'],
      [2, '730701', HOSTILE[0], 300, 290, 290 / 300, 0.2, '2025-08-31'],
      [3, 660301, '机电技术应用', 0, 0, Number.NaN, null, null],
      ...HOSTILE.slice(1).map((text, i) => [4 + i, `0${i}`, text, null, null, null, null, null]),
    ],
    ...overrides,
  };
}

async function loadWithExcelJS(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  // ExcelJS's load() wants an ArrayBuffer-like; a Node Buffer is one at runtime.
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  return workbook;
}

describe('writeReportWorkbook', () => {
  let buffer: Buffer;
  let book: XLSX.WorkBook;
  let sheet: XLSX.WorkSheet;
  let styled: ExcelJS.Worksheet;
  // Rows: 1 title, 2 period line, 3–4 header, 5–13 data, 14 合计, 15 footer.
  const TOTAL_ROW = 14;

  beforeAll(async () => {
    buffer = await writeReportWorkbook([sampleSheet()]);
    book = XLSX.read(buffer, { cellNF: true });
    sheet = book.Sheets['专业统计'];
    styled = (await loadWithExcelJS(buffer)).getWorksheet('专业统计')!;
  });

  it('writes the title (学校名称 + 表名) merged across every column, in 黑体 16 bold', () => {
    expect(sheet.A1.v).toBe('丽水市职业技术学校专业证书统计表');
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toContain('A1:H1');
    expect(styled.getCell('A1').font).toMatchObject({ name: '黑体', size: 16, bold: true });
    expect(styled.getCell('A1').alignment).toMatchObject({ horizontal: 'center' });
  });

  it('writes 统计截止日期 on the left and 填报单位（盖章） on the right of the second line', () => {
    expect(sheet.A2.v).toBe('统计截止日期：2025-08-31');
    expect(sheet.E2.v).toBe('填报单位（盖章）：丽水市职业技术学校');
    expect(styled.getCell('E2').alignment).toMatchObject({ horizontal: 'right' });
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toEqual(expect.arrayContaining(['A2:D2', 'E2:H2']));
  });

  it('writes two header rows: the group merged over its columns, ungrouped headers merged down both rows', () => {
    const merges = sheet['!merges']!.map((m) => XLSX.utils.encode_range(m));
    expect(sheet.D3.v).toBe('人数');
    expect(merges).toContain('D3:E3');
    expect([sheet.D4.v, sheet.E4.v]).toEqual(['毕业生数', '获证人数']);
    for (const col of ['A', 'B', 'C', 'F', 'G', 'H']) expect(merges).toContain(`${col}3:${col}4`);
    expect(['A3', 'B3', 'C3', 'F3', 'G3', 'H3'].map((a) => sheet[a].v)).toEqual(['序号', '专业代码', '专业名称', '获取率', '经费（万元）', '统计日期']);
  });

  it('styles headers bold, bordered and grey, and the body in 宋体 11 with thin borders', () => {
    for (const address of ['A3', 'D3', 'D4', 'E4', 'H4', 'A4']) {
      const cell = styled.getCell(address);
      expect(cell.font).toMatchObject({ name: '宋体', bold: true });
      expect(cell.border).toMatchObject({ top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } });
      expect(cell.fill).toMatchObject({ type: 'pattern', fgColor: { argb: 'FFD9D9D9' } });
    }
    for (let r = 5; r <= TOTAL_ROW; r++)
      for (let c = 1; c <= 8; c++) {
        const cell = styled.getCell(r, c);
        expect(cell.font).toMatchObject({ name: '宋体', size: 11 });
        expect(cell.border?.bottom?.style).toBe('thin');
      }
  });

  it('freezes the panes below the header rows and repeats them on every printed page', async () => {
    expect(styled.views[0]).toMatchObject({ state: 'frozen', ySplit: 4, topLeftCell: 'A5' });
    expect(styled.pageSetup.printTitlesRow).toBe('3:4');
  });

  it('prints on A4 one page wide, portrait while the table fits across, with page numbers in the footer', async () => {
    expect(styled.pageSetup).toMatchObject({ paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
    expect(styled.pageSetup.margins).toMatchObject({ left: 0.4, right: 0.4 });
    expect(styled.headerFooter.oddFooter).toContain('&P');
    // 10 columns of 12 print 9.3 inches wide: more than a portrait page takes at 85% (8.8), so landscape; 9 print 8.3
    const wide = await writeReportWorkbook([sampleSheet({ columns: Array.from({ length: 10 }, (_, i) => ({ header: `列${i}`, kind: 'text' as const, width: 12 })), rows: [] })]);
    expect((await loadWithExcelJS(wide)).getWorksheet('专业统计')!.pageSetup.orientation).toBe('landscape');
    const fits = await writeReportWorkbook([sampleSheet({ columns: Array.from({ length: 9 }, (_, i) => ({ header: `列${i}`, kind: 'text' as const, width: 12 })), rows: [] })]);
    expect((await loadWithExcelJS(fits)).getWorksheet('专业统计')!.pageSetup.orientation).toBe('portrait');
  });

  it('sets every column width: the given one, else wide enough for the header', () => {
    const widths = styled.columns.map((c) => c.width);
    expect(widths[0]).toBe(6);
    expect(widths[1]).toBe(10);
    expect(widths[6]).toBe(displayWidth('经费（万元）') + 2);
    expect(widths.every((w) => typeof w === 'number' && w >= 6)).toBe(true);
  });

  it('widens a text column to its values, and makes a row tall enough for text past the widest a column grows', async () => {
    // 专业名称 is given 10 and grows to the 12 of 机电技术应用 and more; one line each, with a little air
    expect(styled.getColumn(3).width).toBeGreaterThan(10);
    expect(styled.getRow(7).height).toBe(20);
    // 40 characters (80 units) in most rows of a column that stops at 30: three lines of 15 points
    const long = await writeReportWorkbook([
      sampleSheet({ columns: [{ header: '备注', kind: 'text' }, { header: '工号', kind: 'text', code: true, width: 6 }], rows: [['企'.repeat(40), 'T0000000001'], ['短', 'T1'], ['企'.repeat(40), 'T2']] }),
    ]);
    const sheetOf = (await loadWithExcelJS(long)).getWorksheet('专业统计')!;
    expect(sheetOf.getColumn(1).width).toBe(30);
    // one header row: the body starts on row 4
    expect(sheetOf.getRow(4).height).toBe(45);
    expect(sheetOf.getRow(5).height).toBe(20);
    // a code widens to its value and never wraps: it shrinks to fit past the widest a code column grows
    expect(sheetOf.getColumn(2).width).toBe(13);
    expect(sheetOf.getCell('B4').alignment).toMatchObject({ shrinkToFit: true });
    expect(sheetOf.getCell('B4').alignment.wrapText).toBeFalsy();
  });

  it('formats integers, decimals and percentages, and writes dates as YYYY-MM-DD text', () => {
    expect(sheet.D5).toMatchObject({ t: 'n', v: 1200, z: '#,##0' });
    expect(sheet.F5).toMatchObject({ t: 'n', z: '0.0%' });
    expect(sheet.F5.v).toBeCloseTo(0.9583, 4);
    expect(sheet.G5).toMatchObject({ t: 'n', v: 0.1, z: '#,##0.00' });
    expect(sheet.H5).toMatchObject({ t: 's', v: '2025-08-31' });
  });

  it('shows a figure without a value (NaN) as —, never as NaN', () => {
    expect(sheet.F7).toMatchObject({ t: 's', v: '—' });
  });

  it('writes codes given as numbers as text, so 专业代码 keeps its digits', () => {
    expect(sheet.B7).toMatchObject({ t: 's', v: '660301' });
    expect(sheet.B8).toMatchObject({ t: 's', v: '00' });
  });

  it('adds a 合计 row that sums only the columns marked for it', () => {
    const row = TOTAL_ROW;
    expect(sheet[`A${row}`].v).toBe('合计');
    expect(sheet['!merges']!.map((m) => XLSX.utils.encode_range(m))).toContain(`A${row}:C${row}`);
    expect(sheet[`D${row}`]).toMatchObject({ t: 'n', v: 1500, z: '#,##0' });
    expect(sheet[`E${row}`]).toMatchObject({ t: 'n', v: 1440 });
    expect(sheet[`F${row}`]).toBeUndefined();
    // 0.1 + 0.2 would be 0.30000000000000004 unrounded.
    expect(sheet[`G${row}`]).toMatchObject({ t: 'n', v: 0.3 });
    expect(sheet[`H${row}`]).toBeUndefined();
  });

  it('ends with the 填表人 / 审核人 / 填报日期 line', () => {
    const row = TOTAL_ROW + 1;
    const texts = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'].map((c) => sheet[`${c}${row}`]?.v).filter(Boolean);
    expect(texts).toEqual(['填表人：', '审核人：', '填报日期：']);
    expect(sheet['!ref']).toBe(`A1:H${row}`);
  });

  it('writes hostile text as inert text that does not start with = + - @ tab CR or LF', () => {
    // HOSTILE[0] is on the second data row, the others from the fourth on.
    const names = HOSTILE.map((_, i) => sheet[`C${i === 0 ? 6 : 7 + i}`]);
    for (const [i, cell] of names.entries()) {
      expect(cell.t).toBe('s');
      expect(cell.f).toBeUndefined();
      expect(cell.v).toBe(`'${HOSTILE[i]}`);
    }
  });

  it('writes no formula anywhere, and no text cell that could become one', () => {
    for (const [address, cell] of Object.entries(sheet)) {
      if (address.startsWith('!')) continue;
      expect(cell.f, address).toBeUndefined();
      if (cell.t === 's') expect(cell.v, address).not.toMatch(/^[=+\-@\t\r\n]/);
    }
  });
});

describe('displayWidth', () => {
  it('counts Chinese and full-width characters as two units, others as one', () => {
    expect(displayWidth('计算机A1')).toBe(8);
    expect(displayWidth('经费（万元）')).toBe(12);
    expect(displayWidth('买买提·艾力')).toBe(11);
  });
});

describe('safeText', () => {
  it('prefixes an apostrophe only where a spreadsheet could see a formula', () => {
    expect(HOSTILE.map(safeText).every((s) => s.startsWith("'"))).toBe(true);
    expect(safeText('王伟')).toBe('王伟');
    expect(safeText('a=b')).toBe('a=b');
    expect(safeText('—')).toBe('—');
  });
});

describe('writeReportWorkbook body text', () => {
  it('keeps & < > and quotes, and drops the control characters XML cannot hold (tab, CR and LF stay)', async () => {
    const text = `a & b < c > d "e" 'f'\x01\x1F\x7Fg\th`;
    const buffer = await writeReportWorkbook([sampleSheet({ columns: [{ header: '名称', kind: 'text' }], rows: [[text]] })]);
    expect(XLSX.read(buffer).Sheets['专业统计'].A4).toMatchObject({ t: 's', v: `a & b < c > d "e" 'f'g\th` });
  });
});

describe('writeReportWorkbook with several sheets', () => {
  it('writes one sheet per report in order, each with its own layout', async () => {
    const single = sampleSheet({
      sheetName: '汇总',
      columns: [{ header: '项目', kind: 'text' }, { header: '数量', kind: 'integer' }],
      rows: [['学生', 10]],
    });
    const buffer = await writeReportWorkbook([sampleSheet(), single]);
    const book = XLSX.read(buffer);
    expect(book.SheetNames).toEqual(['专业统计', '汇总']);
    const summary = book.Sheets['汇总'];
    // One header row, no 合计 (nothing summed), footer on one line when there are too few columns to spread it.
    expect(summary.A3.v).toBe('项目');
    expect(summary.A4.v).toBe('学生');
    expect(summary.A5.v).toBe('填表人：　　　　审核人：　　　　填报日期：');
    const styled = (await loadWithExcelJS(buffer)).getWorksheet('汇总')!;
    expect(styled.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(styled.pageSetup.printTitlesRow).toBe('3:3');
  });

  it('refuses sheet names Excel would reject, and duplicates', async () => {
    await expect(writeReportWorkbook([sampleSheet({ sheetName: '统计/汇总' })])).rejects.toThrow(/sheet name/);
    await expect(writeReportWorkbook([sampleSheet({ sheetName: 'x'.repeat(32) })])).rejects.toThrow(/sheet name/);
    await expect(writeReportWorkbook([sampleSheet(), sampleSheet()])).rejects.toThrow(/Duplicate/);
  });

  it('refuses to sum a column that is not a plain number', async () => {
    const sheet = sampleSheet({ columns: [{ header: '获取率', kind: 'percent', sum: true }], rows: [[0.5]] });
    await expect(writeReportWorkbook([sheet])).rejects.toThrow(/cannot be summed/);
  });
});

describe.runIf(process.env.BIG)('writeReportWorkbook at city scale', () => {
  it('writes 200,000 rows × 12 columns and reports time and peak memory', async () => {
    const ROWS = 200_000;
    const columns: ReportSheet['columns'] = [
      { header: '序号', kind: 'integer' },
      { header: '学号', kind: 'text', width: 14 },
      { header: '姓名', kind: 'text' },
      { header: '身份证号', kind: 'text', width: 20 },
      { header: '性别', kind: 'text' },
      { header: '专业', kind: 'text', width: 14 },
      { header: '班级', kind: 'text', width: 12 },
      { header: '入学年份', kind: 'integer' },
      { header: '学制', group: '学籍', kind: 'text' },
      { header: '状态', group: '学籍', kind: 'text' },
      { header: '证书数', kind: 'integer', sum: true },
      { header: '毕业日期', kind: 'date' },
    ];
    function* rows() {
      for (let i = 0; i < ROWS; i++)
        yield [i + 1, `2023${String(i).padStart(6, '0')}`, `学生${i}`, `3311021985031${String(i % 10000).padStart(4, '0')}X`, i % 2 ? '男' : '女', '计算机应用', `23计算机${i % 40}班`, 2023, '三年制', '在籍', i % 3, '2026-06-30'];
    }
    const rssBefore = process.memoryUsage().rss;
    let peak = rssBefore;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const started = performance.now();
    const buffer = await writeReportWorkbook([{ sheetName: '学生名册', schoolName: '丽水市职业技术学校', title: '学生名册', period: { label: '统计截止日期', value: '2025-08-31' }, columns, rows: rows() }]);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const deltaMb = (peak - rssBefore) / 2 ** 20;
    console.log(`200,000 × 12 styled rows: ${seconds.toFixed(1)} s, ${(buffer.length / 2 ** 20).toFixed(1)} MB file, peak RSS +${deltaMb.toFixed(0)} MB (process max ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB)`);
    expect(deltaMb).toBeLessThan(500);
  }, 600_000);
});
