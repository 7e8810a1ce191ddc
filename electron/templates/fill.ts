// A bureau's template with our rows in it, edited part by part: only the filled sheet's XML (its rows from the first
// data row down, and the references that rows moved by), the workbook's defined names and calculation flag, and the
// calculation chain (dropped, Excel rebuilds it) change; every other part is written back byte for byte, so styles,
// drawings, validations, the 填报说明 sheet and whatever else the bureau put there stay as they were. Why not a
// workbook library: docs/TEMPLATES.md.
import { DOMParser, XMLSerializer, type Document, type Element } from '@xmldom/xmldom';
import { zipSync } from 'fflate';
import { AppError } from '@shared/errors';
import type { TemplateSource } from '@shared/templates';
import { readZipParts } from '../import/reader';
import { safeText, type CellValue, type ReportColumn } from '../excel/styledWorkbook';
import { shiftFormula, shiftRange } from './references';
import { sourceKey } from './match';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CALC_CHAIN = 'xl/calcChain.xml';

export interface FillRequest {
  template: Buffer;
  sheet: string;
  firstDataRow: number;
  columns: readonly { column: number; source: TemplateSource }[];
  report: { columns: readonly ReportColumn[]; rows: Iterable<readonly CellValue[]> };
}

const refuse = (message: string): never => {
  throw new AppError('VALIDATION', message);
};

const text = (bytes: Buffer) => bytes.toString('utf8');
const declaration = (xml: string) => /^\s*<\?xml[^>]*\?>\s*/.exec(xml)?.[0] ?? '';
const parse = (xml: string) => new DOMParser().parseFromString(xml, 'text/xml') as unknown as Document;
const serialise = (doc: Document, original: string) => declaration(original) + new XMLSerializer().serializeToString(doc as never).replace(/^\s*<\?xml[^>]*\?>\s*/, '');

const elements = (root: Document | Element, name: string): Element[] => Array.from(root.getElementsByTagNameNS(MAIN, name) as unknown as ArrayLike<Element>);
const children = (parent: Element, name: string): Element[] =>
  Array.from(parent.childNodes as unknown as ArrayLike<Element>).filter((n) => n.nodeType === 1 && n.localName === name && n.namespaceURI === MAIN);

const columnLetters = (index: number) => {
  let s = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const columnIndex = (ref: string) => [...(/^\$?([A-Z]+)/.exec(ref)?.[1] ?? 'A')].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const hasValue = (cell: Element) => ['v', 'is', 'f'].some((n) => children(cell, n).length > 0);
const isBlankRow = (row: Element) => children(row, 'c').every((c) => !hasValue(c));
const FOOTER = /^(合计|总计|小计|共计|填表人|制表人|审核人|填报日期|单位负责人)/;

/** The part path of a sheet by its name, through the workbook's relationships. */
function sheetPart(parts: Map<string, Buffer>, workbook: Document, name: string): string {
  const sheet = elements(workbook, 'sheet').find((s) => s.getAttribute('name') === name) ?? refuse(`模板中没有名为“${name}”的工作表。`);
  const id = sheet.getAttributeNS(REL, 'id') ?? sheet.getAttribute('r:id');
  const rels = parse(text(parts.get('xl/_rels/workbook.xml.rels') ?? refuse('模板文件不完整（缺少工作簿关系），请在 Excel 中另存后再试。')));
  const target = Array.from(rels.getElementsByTagName('Relationship') as unknown as ArrayLike<Element>).find((r) => r.getAttribute('Id') === id)?.getAttribute('Target');
  if (!target) refuse(`模板的工作表“${name}”找不到内容，请在 Excel 中另存后再试。`);
  return target!.startsWith('/') ? target!.slice(1) : `xl/${target}`;
}

/** A value as the cell holds it: text as an inline string (the shared strings stay the template's), numbers as
 * numbers, a formula trigger neutralised as in every export (DESIGN §9). */
function setValue(doc: Document, cell: Element, value: CellValue, kind: ReportColumn['kind'] | 'text') {
  if (value === null || value === undefined || value === '') return;
  if (typeof value === 'number' && kind !== 'text' && kind !== 'date' && Number.isFinite(value)) {
    const v = doc.createElementNS(MAIN, 'v');
    v.appendChild(doc.createTextNode(String(value)));
    cell.appendChild(v);
    return;
  }
  cell.setAttribute('t', 'inlineStr');
  const is = doc.createElementNS(MAIN, 'is');
  const t = doc.createElementNS(MAIN, 't');
  const s = safeText(typeof value === 'number' && !Number.isFinite(value) ? '—' : String(value));
  if (s !== s.trim()) t.setAttributeNS('http://www.w3.org/XML/1998/namespace', 'xml:space', 'preserve');
  t.appendChild(doc.createTextNode(s));
  is.appendChild(t);
  cell.appendChild(is);
}

/** Moves rows at or below `at` down by `by`, with every reference on the sheet that points at them. */
function shiftSheet(doc: Document, sheetName: string, at: number, by: number) {
  for (const row of elements(doc, 'row')) {
    const r = Number(row.getAttribute('r'));
    if (r >= at) row.setAttribute('r', String(r + by));
    for (const c of children(row, 'c')) {
      const ref = c.getAttribute('r');
      if (ref) c.setAttribute('r', shiftRange(ref, at, by));
    }
  }
  shiftFormulas(doc, sheetName, true, at, by);
  const attrs: [string, string][] = [
    ['mergeCell', 'ref'], ['dimension', 'ref'], ['dataValidation', 'sqref'], ['conditionalFormatting', 'sqref'], ['hyperlink', 'ref'],
    ['autoFilter', 'ref'], ['selection', 'sqref'], ['selection', 'activeCell'], ['pane', 'topLeftCell'],
  ];
  for (const [name, attr] of attrs) for (const e of elements(doc, name)) if (e.getAttribute(attr)) e.setAttribute(attr, shiftRange(e.getAttribute(attr)!, at, by));
  // the x14 extension's validations and formats name their ranges in <xm:sqref>
  for (const e of Array.from(doc.getElementsByTagName('xm:sqref') as unknown as ArrayLike<Element>)) e.textContent = shiftRange(e.textContent ?? '', at, by);
  for (const brk of elements(doc, 'brk')) {
    const parent = brk.parentNode as Element | null;
    if (parent?.localName === 'rowBreaks' && Number(brk.getAttribute('id')) >= at) brk.setAttribute('id', String(Number(brk.getAttribute('id')) + by));
  }
}

/** The formulas of a sheet shifted where they point at the filled sheet; their cached values dropped (recalculated
 * on opening). */
function shiftFormulas(doc: Document, sheetName: string, onSheet: boolean, at: number, by: number) {
  for (const f of elements(doc, 'f')) {
    if (f.textContent) f.textContent = shiftFormula(f.textContent, sheetName, onSheet, at, by);
    if (onSheet && f.getAttribute('ref')) f.setAttribute('ref', shiftRange(f.getAttribute('ref')!, at, by));
    const cell = f.parentNode as Element;
    for (const v of children(cell, 'v')) cell.removeChild(v);
  }
}

/** The template's workbook, its chosen sheet filled with the report's rows from firstDataRow down. */
export function fillTemplate(req: FillRequest): Buffer {
  const parts = readZipParts(req.template);
  const changed = new Map<string, string>();
  const workbookXml = text(parts.get('xl/workbook.xml') ?? refuse('这个文件不是 .xlsx 工作簿，请在 Excel 或 WPS 中另存为 .xlsx 后再上传。'));
  const workbook = parse(workbookXml);
  const path = sheetPart(parts, workbook, req.sheet);
  const sheetXml = text(parts.get(path) ?? refuse(`模板的工作表“${req.sheet}”找不到内容，请在 Excel 中另存后再试。`));
  const doc = parse(sheetXml);
  const sheetData = elements(doc, 'sheetData')[0] ?? refuse(`模板的工作表“${req.sheet}”是空的。`);
  const rows = () => children(sheetData, 'row');
  const rowAt = (r: number) => rows().find((row) => Number(row.getAttribute('r')) === r);

  const F = req.firstDataRow;
  const data = [...req.report.rows];
  const styleRow = rowAt(F);
  // the template's blank data rows (or its one example row) are filled first; rows past them are inserted above the
  // last one, so that a 合计 formula's range and a validation's grow to cover every row
  let blank = 0;
  while (rowAt(F + blank) && isBlankRow(rowAt(F + blank)!)) blank++;
  const firstText = styleRow ? children(styleRow, 'c').map((c) => c.textContent ?? '').find((t) => t.trim()) : undefined;
  if (blank === 0 && styleRow && firstText !== undefined && !FOOTER.test(firstText.replace(/\s/g, ''))) blank = 1;
  const extra = Math.max(0, data.length - blank);
  const at = blank > 0 ? F + blank - 1 : F;
  if (extra > 0) {
    shiftSheet(doc, req.sheet, at, extra);
    // another sheet's formulas that point at the filled one (填报说明's 共 N 人) follow its rows
    for (const otherPath of otherSheets(parts, workbook, path)) {
      const otherXml = text(parts.get(otherPath)!);
      if (!otherXml.includes(req.sheet)) continue;
      const otherDoc = parse(otherXml);
      shiftFormulas(otherDoc, req.sheet, false, at, extra);
      changed.set(otherPath, serialise(otherDoc, otherXml));
    }
    for (const name of elements(workbook, 'definedName')) if (name.textContent) name.textContent = shiftFormula(name.textContent, req.sheet, false, at, extra);
  }

  // the style of each column's cell in the first data row (or, with none, the header's last row)
  const styleOf = new Map<number, string>();
  for (const c of styleRow ? children(styleRow, 'c') : []) if (c.getAttribute('s')) styleOf.set(columnIndex(c.getAttribute('r') ?? ''), c.getAttribute('s')!);
  const rowAttributes = styleRow ? Array.from(styleRow.attributes as unknown as ArrayLike<{ name: string; value: string }>).filter((a) => a.name !== 'r') : [];
  const byKey = new Map(req.report.columns.map((c, i) => [sourceKey(c), i]));
  const filled = new Map(req.columns.map((c) => [c.column, c.source]));
  const columnsOut = [...new Set([...styleOf.keys(), ...filled.keys()])].sort((a, b) => a - b);

  data.forEach((values, i) => {
    const r = F + i;
    let row = rowAt(r);
    if (!row) {
      row = doc.createElementNS(MAIN, sheetData.prefix ? `${sheetData.prefix}:row` : 'row');
      for (const a of rowAttributes) row.setAttribute(a.name, a.value);
      row.setAttribute('r', String(r));
      const after = rows().find((x) => Number(x.getAttribute('r')) > r) ?? null;
      sheetData.insertBefore(row, after);
    }
    for (const c of children(row, 'c')) row.removeChild(c);
    for (const column of columnsOut) {
      const cell = doc.createElementNS(MAIN, sheetData.prefix ? `${sheetData.prefix}:c` : 'c');
      cell.setAttribute('r', `${columnLetters(column)}${r}`);
      const style = styleOf.get(column);
      if (style) cell.setAttribute('s', style);
      const source = filled.get(column);
      if (source?.kind === 'serial') setValue(doc, cell, i + 1, 'integer');
      else if (source?.kind === 'fixed') setValue(doc, cell, source.text, 'text');
      else if (source?.kind === 'column') {
        const index = byKey.get(source.column);
        if (index !== undefined) setValue(doc, cell, values[index], req.report.columns[index].kind);
      }
      row.appendChild(cell);
    }
  });
  copyRowMerges(doc, F, data.length);

  // formulas recalculated when the file is opened; the chain of the old cells goes
  calculateOnLoad(workbook);
  changed.set('xl/workbook.xml', serialise(workbook, workbookXml));
  changed.set(path, serialise(doc, sheetXml));
  return rezip(parts, changed);
}

/** Formulas are recalculated when the file opens (their cached values were dropped): calcPr says so, made where
 * the schema puts it (after the defined names, or the sheets) when the template has none. */
function calculateOnLoad(workbook: Document) {
  let calcPr = elements(workbook, 'calcPr')[0];
  if (!calcPr) {
    const root = workbook.documentElement as unknown as Element;
    const after = elements(workbook, 'definedNames')[0] ?? elements(workbook, 'sheets')[0];
    calcPr = workbook.createElementNS(MAIN, root.prefix ? `${root.prefix}:calcPr` : 'calcPr');
    root.insertBefore(calcPr, after?.nextSibling ?? null);
  }
  calcPr.setAttribute('fullCalcOnLoad', '1');
}

/** The other sheets' part paths. */
function otherSheets(parts: Map<string, Buffer>, workbook: Document, except: string): string[] {
  return elements(workbook, 'sheet')
    .map((s) => sheetPart(parts, workbook, s.getAttribute('name') ?? ''))
    .filter((p) => p !== except && parts.has(p));
}

/** Cells merged across one data row (a wide 备注 over two columns) are merged the same way in every filled row. */
function copyRowMerges(doc: Document, firstRow: number, count: number) {
  const list = elements(doc, 'mergeCells')[0];
  if (!list) return;
  const refs = new Set(children(list, 'mergeCell').map((m) => m.getAttribute('ref') ?? ''));
  const inRow = [...refs].map((ref) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref)).filter((m) => m && Number(m[2]) === firstRow && Number(m[4]) === firstRow) as RegExpExecArray[];
  for (const m of inRow)
    for (let r = firstRow + 1; r < firstRow + count; r++) {
      const ref = `${m[1]}${r}:${m[3]}${r}`;
      if (refs.has(ref)) continue;
      const merge = doc.createElementNS(MAIN, list.prefix ? `${list.prefix}:mergeCell` : 'mergeCell');
      merge.setAttribute('ref', ref);
      list.appendChild(merge);
      refs.add(ref);
    }
  list.setAttribute('count', String(refs.size));
}

/** The parts zipped again in their order, the changed ones replaced and the calculation chain left out. */
function rezip(parts: Map<string, Buffer>, changed: Map<string, string>): Buffer {
  const out: Record<string, Uint8Array> = {};
  for (const [name, bytes] of parts) {
    if (name === CALC_CHAIN) continue;
    let content: Uint8Array = bytes;
    if (changed.has(name)) content = Buffer.from(changed.get(name)!, 'utf8');
    else if (parts.has(CALC_CHAIN) && name === '[Content_Types].xml') content = Buffer.from(text(bytes).replace(/<Override[^>]*PartName="\/xl\/calcChain\.xml"[^>]*\/>/, ''), 'utf8');
    else if (parts.has(CALC_CHAIN) && name === 'xl/_rels/workbook.xml.rels') content = Buffer.from(text(bytes).replace(/<Relationship[^>]*Target="[^"]*calcChain\.xml"[^>]*\/>/, ''), 'utf8');
    out[name] = content;
  }
  return Buffer.from(zipSync(out, { level: 6 }));
}
