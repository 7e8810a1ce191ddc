// Spreadsheets built to exhaust the reader (docs/SECURITY.md): every size a zip states is distrusted and a sheet's declared
// range never sizes an allocation. Each file is read in a fresh process, whose peak memory is the measure.
import { execFileSync } from 'node:child_process';
import * as XLSX from '@e965/xlsx';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deflated, deflatedFill, hostileZip, sheetXml, workbookParts, type HostilePart } from '../../fixtures/hostileZip';
import { tempDataDir } from '../../helpers/dataDir';

const GiB = 1024 ** 3;
/** A reader of one small file in a fresh process peaks near 90 MB; a bomb that got through takes gigabytes. */
const PEAK_LIMIT_MB = 300;
const DAMAGED = /文件已损坏/;

const folder = tempDataDir('vet-ledger-hostile-');
afterAll(() => folder.cleanup());

function readInFreshProcess(name: string, bytes: Buffer): { ok: boolean; message?: string; rows?: number[]; columns?: number[]; peakMb: number } {
  const file = path.join(folder.dir, name);
  fs.writeFileSync(file, bytes);
  const out = execFileSync(process.execPath, ['--import', 'tsx', path.resolve('test/helpers/readHostile.ts'), file], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out);
}

const sheetPart = (name: string, data: Buffer, declared: number, local?: number): HostilePart => ({ name, data, centralSize: declared, localSize: local });

describe('zip bombs', () => {
  it('refuses a workbook whose local headers and ZIP64 fields say 1 GiB where the directory says 2 KB, on the SheetJS path', async () => {
    const bomb = await deflatedFill(GiB);
    // a prefixed workbook is a shape the app's own reader leaves to SheetJS, which believes the local header
    const parts = [...workbookParts(true), sheetPart('xl/worksheets/sheet1.xml', bomb, 2048, 0xffffffff + 1)];
    const r = readInFreshProcess('zip64-bomb.xlsx', hostileZip(parts));
    expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(DAMAGED);
  }, 60_000);

  it('refuses many parts that each inflate past what they declare', async () => {
    const bomb = await deflatedFill(256 * 1024 ** 2);
    const parts = [...workbookParts(true, 4), ...[1, 2, 3, 4].map((i) => sheetPart(`xl/worksheets/sheet${i}.xml`, bomb, 4096, 256 * 1024 ** 2))];
    const r = readInFreshProcess('many-parts.xlsx', hostileZip(parts));
    expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
    expect(r.ok).toBe(false);
    expect(r.message).toMatch(DAMAGED);
  }, 60_000);

  it('refuses a plain workbook whose part inflates past its declared size, on the app reader path', async () => {
    const bomb = await deflatedFill(GiB);
    const parts = [...workbookParts(false), sheetPart('xl/worksheets/sheet1.xml', bomb, 2048)];
    const r = readInFreshProcess('lying-size.xlsx', hostileZip(parts));
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(DAMAGED) });
    expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
  }, 60_000);

  it('refuses a directory that defers a size to ZIP64, and one declaring more than a roster ever unpacks to', () => {
    const zip64 = [...workbookParts(false), { ...sheetPart('xl/worksheets/sheet1.xml', deflated(sheetXml('A1', '')), 100), centralZip64: true }];
    expect(readInFreshProcess('zip64-directory.xlsx', hostileZip(zip64))).toMatchObject({ ok: false, message: expect.stringMatching(/解压后超过/) });
    const huge = [...workbookParts(true), sheetPart('xl/worksheets/sheet1.xml', deflated(sheetXml('A1', '')), 200 * 1024 ** 2)];
    expect(readInFreshProcess('declares-200mb.xlsx', hostileZip(huge))).toMatchObject({ ok: false, message: expect.stringMatching(/解压后超过 100 MB/) });
  }, 60_000);

  it('still reads an honest workbook of the shape left to SheetJS, rebuilt from its directory', () => {
    const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>T1</t></is></c><c r="B2" t="inlineStr"><is><t>张三</t></is></c></row>';
    const xml = sheetXml('A1:B2', cells);
    const parts = [...workbookParts(true), sheetPart('xl/worksheets/sheet1.xml', deflated(xml), Buffer.byteLength(xml))];
    expect(readInFreshProcess('honest-prefixed.xlsx', hostileZip(parts))).toMatchObject({ ok: true, rows: [2], columns: [2] });
  }, 60_000);
});

describe('declared dimensions', () => {
  const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>工号</t></is></c><c r="B1" t="inlineStr"><is><t>姓名</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>T1</t></is></c><c r="B2" t="inlineStr"><is><t>张三</t></is></c></row>';

  it.each([false, true])('reads a 2 KB sheet declaring A1:GR300000 as its two rows and two columns (SheetJS path: %s)', (prefixed) => {
    const xml = sheetXml('A1:GR300000', cells);
    const parts = [...workbookParts(prefixed), sheetPart('xl/worksheets/sheet1.xml', deflated(xml), Buffer.byteLength(xml))];
    const bytes = hostileZip(parts);
    expect(bytes.length).toBeLessThan(4096);
    const r = readInFreshProcess(`dimension-${prefixed}.xlsx`, bytes);
    expect(r).toMatchObject({ ok: true, rows: [2], columns: [2] });
    expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
  }, 60_000);

  it('refuses a sheet whose two cells span 300,000 rows and 66 columns, before the empty cells between are made', () => {
    const far = `${cells}<row r="299999"><c r="BN299999" t="inlineStr"><is><t>x</t></is></c></row>`;
    const xml = sheetXml('A1:GR300000', far);
    const parts = [...workbookParts(false), sheetPart('xl/worksheets/sheet1.xml', deflated(xml), Buffer.byteLength(xml))];
    const r = readInFreshProcess('far-cell.xlsx', hostileZip(parts));
    // 299,999 rows × 66 columns is twenty million cells: refused before they are made
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/超过一次导入的上限/) });
    expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
  }, 60_000);
});

describe('OpenDocument repeats', () => {
  /** An .ods as SheetJS writes one, its sheet's rows replaced by those given. */
  const ods = (rows: string) => {
    const base = XLSX.write({ SheetNames: ['表1'], Sheets: { 表1: XLSX.utils.aoa_to_sheet([['x']]) } }, { type: 'buffer', bookType: 'ods' }) as Buffer;
    const cfb = XLSX.CFB.read(base, { type: 'buffer' });
    const content = cfb.FileIndex.find((f: { name: string }) => f.name === 'content.xml')!;
    content.content = Buffer.from(Buffer.from(content.content as Uint8Array).toString('utf8').replace(/(<table:table [^>]*>)[\s\S]*?(<\/table:table>)/, `$1${rows}$2`));
    return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
  };
  const cell = (text: string, repeat = 1) => `<table:table-cell table:number-columns-repeated="${repeat}" office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;

  it('refuses a 1 KB sheet that repeats a filled row 40,000 times across 150 columns', () => {
    const bytes = ods(`<table:table-row>${cell('工号')}${cell('姓名')}</table:table-row><table:table-row table:number-rows-repeated="40000">${cell('x', 150)}</table:table-row>`);
    expect(bytes.length).toBeLessThan(8192);
    const r = readInFreshProcess('repeats.ods', bytes);
    expect(r.peakMb).toBeLessThan(PEAK_LIMIT_MB);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/超过一次导入的上限/) });
  }, 60_000);

  it('reads a sheet padded the way LibreOffice pads one, with repeated empty rows and cells', () => {
    const empty = '<table:table-cell table:number-columns-repeated="1022"/>';
    const bytes = ods(`<table:table-row>${cell('工号')}${cell('姓名')}${empty}</table:table-row><table:table-row>${cell('T1')}${cell('张三')}${empty}</table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`);
    expect(readInFreshProcess('padded.ods', bytes)).toMatchObject({ ok: true, rows: [2], columns: [2] });
  }, 60_000);
});
