// The .xlsx reader of electron/import/xlsx.ts against SheetJS: for files written by SheetJS, ExcelJS and LibreOffice,
// and by hand with what those writers rarely use (inline and rich strings with phonetic runs, escapes, errors,
// formulas with and without a cached value, no <dimension>), the rows, row numbers and merges are the ones a
// SheetJS read gives (the reader before it), and it reads them itself rather than leaving them to SheetJS.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { MAX_ROWS, readWorkbook, zipDirectory, type Cell, type SheetData } from '../../../electron/import/reader';
import { readXlsx } from '../../../electron/import/xlsx';
import { templateWorkbook } from '../../../electron/import/workbooks';
import { adapterOf } from '../../../electron/import/engine';
import { studentRosterFile } from '../../../seeds/studentRosterFile';
import { awardsXlsx, certificatesXlsx, pollutingWorkbook, qualificationsXlsx, rosterWithDualXlsx, staffRosterXlsx } from '../../fixtures/generate';
import { tempDataDir } from '../../helpers/dataDir';

/** What a SheetJS read made of the file: sheet_to_json over each sheet's range, from column A. */
function bySheetJs(bytes: Buffer): SheetData[] {
  const wb = XLSX.read(bytes, { type: 'buffer', sheetRows: MAX_ROWS + 1, cellFormula: false, cellHTML: false, cellStyles: false, bookVBA: false });
  return wb.SheetNames.map((name) => {
    const ws = wb.Sheets[name];
    if (!ws['!ref']) return { name, rows: [], firstRow: 1, merges: [] };
    const range = XLSX.utils.decode_range(ws['!ref']);
    const raw = XLSX.utils.sheet_to_json<Cell[]>(ws, { header: 1, raw: true, defval: null, blankrows: true, range: { s: { r: range.s.r, c: 0 }, e: range.e } });
    const rows = raw.map((r) => Array.from(r, (v) => (v === undefined || v === null || v === '' ? null : typeof v === 'object' ? String(v) : v)));
    const merges = (ws['!merges'] ?? []).map((m) => ({ row: m.s.r - range.s.r, fromColumn: m.s.c, toColumn: m.e.c, toRow: m.e.r - range.s.r }));
    return { name, rows, firstRow: range.s.r + 1, merges };
  });
}

function expectSameAsSheetJs(bytes: Buffer) {
  expect(readXlsx(bytes, zipDirectory(bytes).entries, MAX_ROWS + 1)).not.toBeNull();
  expect(readWorkbook(bytes)).toEqual(bySheetJs(bytes));
}

/** A SheetJS-written workbook whose first sheet (and shared strings) are replaced by the XML given. */
function handWritten(sheetXml: string, sharedStringsXml: string): Buffer {
  const base = XLSX.write(
    { SheetNames: ['手写'], Sheets: { 手写: XLSX.utils.aoa_to_sheet([['x']]) } },
    { type: 'buffer', bookType: 'xlsx', bookSST: true },
  ) as Buffer;
  const cfb = XLSX.CFB.read(base, { type: 'buffer' });
  const put = (name: string, xml: string) => (cfb.FileIndex.find((f: { name: string }) => f.name === name)!.content = Buffer.from(xml));
  put('sheet1.xml', sheetXml);
  put('sharedStrings.xml', sharedStringsXml);
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip' }) as Uint8Array);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('the .xlsx reader', () => {
  it('reads the import fixtures (SheetJS-written) as SheetJS does', () => {
    for (const bytes of [staffRosterXlsx(), rosterWithDualXlsx(), certificatesXlsx(), qualificationsXlsx(), awardsXlsx(), pollutingWorkbook()])
      expectSameAsSheetJs(bytes);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a generated roster with shared strings, numbers, 是/否 and blanks', () => {
    expectSameAsSheetJs(studentRosterFile({ students: 300 }).bytes);
  });

  it('reads what ExcelJS writes: a template with drop-downs, rich text, formulas, booleans, errors, dates and merges', async () => {
    expectSameAsSheetJs(await templateWorkbook(adapterOf('staff')));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名册');
    ws.mergeCells('A1:D1');
    ws.getCell('A1').value = '丽水市某职业学校 2025 年花名册';
    ws.addRow(['工号', '姓名', '来校日期', '在编', '合计']);
    ws.addRow(['T001', { richText: [{ text: '王' }, { text: '伟', font: { bold: true } }] }, new Date(Date.UTC(2012, 8, 1)), true, { formula: '1+1', result: 2 }]);
    ws.addRow(['T002', 'A&B <李> "娜"', 44440, false, { error: '#N/A' }]);
    ws.addRow(['T003', '  前后空格  ', null, null, { formula: 'SUM(E2:E3)' }]);
    ws.getCell('B6').value = '隔一行';
    expectSameAsSheetJs(Buffer.from(await wb.xlsx.writeBuffer()));
  });

  it('reads what LibreOffice writes', () => {
    let soffice = true;
    try {
      execFileSync('which', ['soffice'], { stdio: 'ignore' });
    } catch {
      soffice = false;
    }
    if (!soffice) return;
    const data = tempDataDir();
    try {
      const source = path.join(data.dir, 'roster.xls');
      fs.writeFileSync(source, XLSX.write(XLSX.read(staffRosterXlsx(), { type: 'buffer' }), { type: 'buffer', bookType: 'xls' }) as Buffer);
      execFileSync('soffice', ['--headless', '--convert-to', 'xlsx', '--outdir', data.dir, source], { stdio: 'ignore', timeout: 60_000 });
      expectSameAsSheetJs(fs.readFileSync(path.join(data.dir, 'roster.xlsx')));
    } finally {
      data.cleanup();
    }
  }, 90_000);

  it('reads inline and rich strings, phonetic runs, escapes, errors and cached formula values from hand-written XML', () => {
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst ${NS} count="4" uniqueCount="4">
<si><t>工号</t></si>
<si><r><rPr><b/></rPr><t>王</t></r><r><t xml:space="preserve">伟 </t></r><rPh sb="0" eb="1"><t>ワン</t></rPh></si>
<si><t>A&amp;B_x000D_
C&#36750;&#x4E00;</t></si>
<si><t/></si></sst>`;
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet ${NS}><sheetData>
<row r="2" spans="2:6"><c r="B2" t="s"><v>0</v></c><c r="C2" t="s"><v>1</v></c><c r="D2" t="s"><v>2</v></c><c r="E2" t="s"><v>3</v></c></row>
<row r="3"><c r="B3" t="inlineStr"><is><t>内联 &lt;文本&gt;</t></is></c><c r="C3" t="str"><f>A1&amp;"x"</f><v>公式结果</v></c><c r="D3" t="e"><v>#DIV/0!</v></c><c r="F3" t="b"><v>1</v></c></row>
<row r="4" ht="20" customHeight="1"/>
<row r="5"><c r="B5" s="3"/><c r="C5"><f>SUM(A1:A2)</f></c><c r="D5"><v>1.5E3</v></c><c r="E5" t="n"><v></v></c><c r="G5"><v>-0.25</v></c></row>
<row r="6"><c r='B6' t='s'><v>2</v></c><c r="C6" t="str"><v>007</v></c><c r="D6"><v>0042</v></c><c r="E6" t="n"><v>3311021985123</v></c><c r="F6" t="b"><v>0</v></c><c r="G6" t="s"><v> 0</v></c></row>
</sheetData><mergeCells count="1"><mergeCell ref="B2:C2"/></mergeCells></worksheet>`;
    const bytes = handWritten(sheet, sst);
    expectSameAsSheetJs(bytes);
    const [read] = readWorkbook(bytes);
    expect(read.firstRow).toBe(2);
    expect(read.rows[0].slice(1, 5)).toEqual(['工号', '王伟 ', 'A&B\nC辎一', null]);
    expect(read.rows[1].slice(1, 6)).toEqual(['内联 <文本>', '公式结果', null, null, true]);
    expect(read.rows[3].slice(1, 7)).toEqual([null, null, 1500, null, null, -0.25]);
    // digits read from the bytes: a number and a string's index; text and booleans that look like numbers stay theirs
    expect(read.rows[4].slice(1, 7)).toEqual(['A&B\nC辎一', '007', 42, 3311021985123, false, '工号']);
  });

  it('leaves to SheetJS what it does not read itself: cells without a reference, prefixed XML, t="d" dates', () => {
    const sst = `<sst ${NS}><si><t>a</t></si></sst>`;
    const sheets = [
      `<worksheet ${NS}><sheetData><row r="1"><c t="s"><v>0</v></c></row></sheetData></worksheet>`,
      `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>`,
      `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="d"><v>2025-03-01T00:00:00Z</v></c></row></sheetData></worksheet>`,
    ];
    for (const xml of sheets) {
      const bytes = handWritten(xml, sst);
      expect(readXlsx(bytes, zipDirectory(bytes).entries, MAX_ROWS + 1)).toBeNull();
      expect(readWorkbook(bytes)).toEqual(bySheetJs(bytes));
    }
  });

  it('refuses an entry that inflates to more than it declared, as a damaged file', () => {
    const bytes = Buffer.from(studentRosterFile({ students: 50 }).bytes);
    const sheet = zipDirectory(bytes).entries.find((e) => e.name === 'xl/worksheets/sheet1.xml')!;
    // the central directory's uncompressed size of the sheet, made smaller than what it inflates to
    let at = bytes.length - 22;
    while (bytes.readUInt32LE(at) !== 0x06054b50) at--;
    for (let offset = bytes.readUInt32LE(at + 16); ; ) {
      const nameLength = bytes.readUInt16LE(offset + 28);
      if (bytes.toString('utf8', offset + 46, offset + 46 + nameLength) === sheet.name) {
        bytes.writeUInt32LE(100, offset + 24);
        break;
      }
      offset += 46 + nameLength + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
    expect(() => readWorkbook(bytes)).toThrow(/^这个文件已损坏/);
  });
});
