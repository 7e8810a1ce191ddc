// An .xlsx read straight from its XML, for the shape Excel, WPS and LibreOffice write: a workbook of worksheets, a
// shared string table, rows and cells that name their place (<row r="2">, <c r="B2" t="s">). SheetJS reads any
// spreadsheet, but its per-cell cost made reading most of a large import (docs/PERFORMANCE.md); this reads the
// values and nothing else (no styles, formulas or formatted text) in one pass over the bytes. It reads them as
// SheetJS does (the same sheets, range, values and merges; test/unit/import/xlsx.test.ts compares the two), and
// leaves any other shape (a binary .xlsb, prefixed XML elements, cells without a reference, t="d" dates…) to
// SheetJS by answering null.
import zlib from 'node:zlib';
import * as XLSX from '@e965/xlsx';

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  size: number;
  /** where the entry's local header starts */
  offset: number;
}

/** A sheet as parsed: its range, and its values by 0-based row and column (holes where it has none). */
export interface ParsedSheet<T> {
  name: string;
  ref: XLSX.Range | null;
  /** the whole range when rows past the cap were left unread */
  fullRef: XLSX.Range | null;
  merges: XLSX.Range[];
  rows: (T[] | undefined)[];
}

export type XlsxValue = string | number | boolean | null;

/** Thrown when an entry inflates to more than its declared size: a zip bomb, or a damaged file. */
export class ZipSizeMismatch extends Error {}

const td = new TextDecoder('utf-8');

/** One part's bytes, inflated to at most its declared size; null for a shape this reader does not take (encrypted,
 * another method, a local header that is not one). */
export function entryBytes(bytes: Buffer, e: ZipEntry): Buffer | null {
  if (e.offset + 30 > bytes.length || bytes.readUInt32LE(e.offset) !== LOCAL_FILE_HEADER || e.flags & 1) return null;
  const start = e.offset + 30 + bytes.readUInt16LE(e.offset + 26) + bytes.readUInt16LE(e.offset + 28);
  const data = bytes.subarray(start, start + e.compressedSize);
  if (e.method === 0) return data.length === e.size ? data : null;
  if (e.method !== 8) return null;
  try {
    // Never more than it declared (the declared sizes are what the zip-bomb check counted).
    const out = zlib.inflateRawSync(data, { maxOutputLength: Math.max(e.size, 1) });
    if (out.length !== e.size) throw new ZipSizeMismatch();
    return out;
  } catch {
    throw new ZipSizeMismatch();
  }
}

/** name="…" attributes of one start tag (a string of it), names as written (r:id stays r:id). */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1], unescapeXml(m[2] ?? m[3]));
  return out;
}

const ENTITIES: Record<string, string> = { quot: '"', apos: "'", gt: '>', lt: '<', amp: '&' };

/** XML entities, Excel's _xHHHH_ escapes, and CR LF as LF, as SheetJS reads them. */
export function unescapeXml(s: string): string {
  if (s.indexOf('&') < 0 && s.indexOf('_x') < 0 && s.indexOf('\r') < 0) return s;
  return s
    .replace(/&(?:(quot|apos|gt|lt|amp)|#(x?)([\da-fA-F]+));/gi, (all, name: string | undefined, hex: string, code: string) =>
      name ? ENTITIES[name.toLowerCase()] : String.fromCharCode(parseInt(code, hex ? 16 : 10)) || all,
    )
    .replace(/_x([\da-fA-F]{4})_/gi, (_all, code: string) => String.fromCharCode(parseInt(code, 16)))
    .replace(/\r\n/g, '\n');
}

/** The text of a shared or inline string: the first <t>, or every run's <t> without the phonetic ones (<rPh>). */
function stringItem(xml: string): string {
  const s = xml.trim();
  if (/^<t[\s>/]/.test(s)) {
    if (s.startsWith('<t/>')) return '';
    const from = s.indexOf('>') + 1;
    const to = s.indexOf('</t>', from);
    return unescapeXml(s.slice(from, to < 0 ? s.length : to));
  }
  if (!/<r[\s>]/.test(s)) return '';
  const text = [...s.replace(/<rPh[\s>][\s\S]*?<\/rPh>/g, '').matchAll(/<t(?:\s[^<>]*)?>([^<]*)<\/t>/g)].map((m) => m[1]).join('');
  return unescapeXml(text);
}

function sharedStrings(xml: string): string[] | null {
  if (/<\w+:si[\s>]/.test(xml)) return null;
  const out: string[] = [];
  for (let i = xml.indexOf('<si>'); i >= 0; i = xml.indexOf('<si>', i)) {
    const end = xml.indexOf('</si>', i);
    if (end < 0) return null;
    out.push(stringItem(xml.slice(i + 4, end)));
    i = end + 5;
  }
  return out;
}

/** The bytes the worksheet scanner looks at, by name: the XML is read as bytes, never decoded whole. */
const byte = (ch: string) => ch.charCodeAt(0);
const LT = byte('<');
const GT = byte('>');
const SLASH = byte('/');
const EQ = byte('=');
const QUOTE = byte('"');
const APOSTROPHE = byte("'");
const ZERO = byte('0');
/** attribute names: r (a row's number, a cell's reference) and t (a cell's type) */
const R = byte('r');
const T = byte('t');
/** element names after '<': c (a cell), v (its value) */
const C = byte('c');
const V = byte('v');
const ROW = Buffer.from('row');
const LOCAL_FILE_HEADER = 0x04034b50;

const [SPACE, TAB, LF, CR] = [' ', '\t', '\n', '\r'].map(byte);

const isSpace = (b: number) => b === SPACE || b === TAB || b === LF || b === CR;
/** The byte after a tag's name: it ends there (a space, '>' or '/'). */
const endsName = (b: number) => isSpace(b) || b === GT || b === SLASH;

/** The values of the r and t attributes of the tag tagAttributes last read, as byte ranges [r, rEnd) and [t, tEnd)
 * (-1 when the tag has none): one object per sheet, refilled for every tag, as a city's roster has three million
 * cells. */
interface TagAttributes {
  r: number;
  rEnd: number;
  t: number;
  tEnd: number;
}

/** Finds the r and t attributes of the start tag xml[from, to) in one pass, byte by byte (a cell has two or three);
 * false when the tag is not well formed. */
function tagAttributes(xml: Buffer, from: number, to: number, found: TagAttributes): boolean {
  found.r = found.t = -1;
  let i = from;
  while (i < to) {
    while (i < to && isSpace(xml[i])) i++;
    if (i >= to) return true;
    const nameStart = i;
    while (i < to && xml[i] !== EQ && !isSpace(xml[i]) && xml[i] !== GT && xml[i] !== SLASH) i++;
    const nameEnd = i;
    while (i < to && isSpace(xml[i])) i++;
    if (i >= to || xml[i] !== EQ) return false;
    i++;
    while (i < to && isSpace(xml[i])) i++;
    const quote = xml[i];
    if (quote !== QUOTE && quote !== APOSTROPHE) return false;
    const end = xml.indexOf(quote, i + 1);
    if (end < 0 || end >= to) return false;
    if (nameEnd - nameStart === 1 && xml[nameStart] === R) {
      found.r = i + 1;
      found.rEnd = end;
    } else if (nameEnd - nameStart === 1 && xml[nameStart] === T) {
      found.t = i + 1;
      found.tEnd = end;
    }
    i = end + 1;
  }
  return true;
}

/** One worksheet's XML (bytes) → its range, values and merges; null for anything this reader leaves to SheetJS. */
function worksheet(name: string, xml: Buffer, strings: string[] | null, sheetRows: number): ParsedSheet<XlsxValue> | null {
  const dataAt = xml.indexOf('<sheetData');
  if (dataAt < 0) return xml.indexOf(':sheetData') >= 0 ? null : { name, ref: null, fullRef: null, merges: [], rows: [] };
  const head = xml.toString('latin1', 0, dataAt);
  let ref: XLSX.Range | null = null;
  const dimAt = head.search(/<dimension[\s>/]/);
  const dim = dimAt >= 0 ? head.slice(dimAt, dimAt + 50).match(/"(\w*:\w*)"/) : null;
  if (dim) {
    const d = XLSX.utils.decode_range(dim[1]);
    if (d.s.r <= d.e.r && d.s.c <= d.e.c && d.s.r >= 0 && d.s.c >= 0) ref = d;
  }
  const closed = xml[xml.indexOf(GT, dataAt) - 1] === SLASH;
  const dataEnd = closed ? dataAt : xml.indexOf('</sheetData>', dataAt);
  if (dataEnd < 0) return null;
  // The range the cells span, for a sheet without a <dimension>, as SheetJS guesses it.
  const guess = { s: { r: 2_000_000, c: 2_000_000 }, e: { r: 0, c: 0 } };
  const rows: (XlsxValue[] | undefined)[] = [];
  const found: TagAttributes = { r: -1, rEnd: -1, t: -1, tEnd: -1 };
  let row: XlsxValue[] | null = null;
  let i = closed ? dataEnd : xml.indexOf(GT, dataAt) + 1;
  while (i < dataEnd) {
    const lt = xml.indexOf(LT, i);
    if (lt < 0 || lt >= dataEnd) break;
    const gt = xml.indexOf(GT, lt);
    if (gt < 0 || gt > dataEnd) return null;
    const selfClosing = xml[gt - 1] === SLASH;
    i = gt + 1;
    if (xml[lt + 1] === SLASH) continue;
    if (startsWith(xml, lt + 1, ROW) && endsName(xml[lt + 4])) {
      // <row r="…">; an empty <row …/> is skipped, as SheetJS skips it
      if (selfClosing) continue;
      if (!tagAttributes(xml, lt + 4, gt, found) || found.r < 0) return null;
      const number = digits(xml, found.r, found.rEnd);
      if (number < 1) return null;
      if (number > sheetRows) {
        row = null;
        const next = xml.indexOf('</row>', i);
        i = next < 0 ? dataEnd : next + 6;
        continue;
      }
      guess.s.r = Math.min(guess.s.r, number - 1);
      guess.e.r = Math.max(guess.e.r, number - 1);
      row = rows[number - 1] ??= [];
      continue;
    }
    if (xml[lt + 1] !== C || !endsName(xml[lt + 2]) || row === null) return null;
    // <c r="B2" t="s"><v>3</v></c>
    if (!tagAttributes(xml, lt + 2, gt - (selfClosing ? 1 : 0), found)) return null;
    const column = found.r >= 0 ? columnOf(xml, found.r, found.rEnd) : -1;
    if (column < 0) return null;
    // one letter, the common case, without making a string of it
    const type = found.t < 0 ? undefined : found.tEnd - found.t === 1 ? String.fromCharCode(xml[found.t]) : xml.toString('latin1', found.t, found.tEnd);
    let content = '';
    let v: string | undefined;
    // a lone <v>'s bytes, decoded only when they are not a plain number
    let vFrom = -1;
    let vTo = -1;
    if (!selfClosing) {
      // Mostly a lone <v>…</v>: its text is read without searching the rest of the cell.
      const valueEnd = xml[i] === LT && xml[i + 1] === V && xml[i + 2] === GT ? xml.indexOf(LT, i + 3) : -1;
      if (valueEnd >= 0 && startsWith(xml, valueEnd, VALUE_CELL_END)) {
        if (valueEnd > i + 3) {
          vFrom = i + 3;
          vTo = valueEnd;
        }
        i = valueEnd + 8;
      } else {
        const end = xml.indexOf('</c>', i);
        if (end < 0 || end > dataEnd) return null;
        content = xml.toString('utf8', i, end);
        v = elementText(content, 'v');
        i = end + 4;
      }
    }
    if (type === undefined && v === undefined && vFrom < 0) continue;
    guess.s.c = Math.min(guess.s.c, column);
    guess.e.c = Math.max(guess.e.c, column);
    // a number or shared string's index of up to nine digits is read from the bytes; anything else is decoded
    const numeric = type === undefined || type === 'n' || type === 's';
    const whole = numeric && vFrom >= 0 ? digits(xml, vFrom, vTo) : -1;
    if (whole < 0 && vFrom >= 0) v = xml.toString('utf8', vFrom, vTo);
    let value: XlsxValue;
    switch (type ?? 'n') {
      case 'n':
        if (whole >= 0) value = whole;
        else if (v === undefined) continue;
        else value = parseFloat(v.indexOf('&') < 0 ? v : unescapeXml(v));
        break;
      case 's': {
        const index = whole >= 0 ? whole : v === undefined ? null : parseInt(v, 10);
        if (index === null) continue;
        const text = strings?.[index];
        if (text === undefined) return null;
        value = text;
        break;
      }
      case 'str':
        value = v === undefined ? '' : unescapeXml(v);
        break;
      case 'inlineStr': {
        const is = elementText(content, 'is');
        value = is === undefined ? '' : stringItem(is);
        break;
      }
      case 'b':
        value = v === '1' || v === 'true';
        break;
      case 'e':
        value = null;
        break;
      default:
        return null;
    }
    row[column] = value;
  }
  if (!ref && guess.e.c >= guess.s.c && guess.e.r >= guess.s.r) ref = guess;
  let fullRef: XLSX.Range | null = null;
  if (ref && sheetRows <= ref.e.r) {
    fullRef = ref;
    const cut = { s: { ...ref.s }, e: { ...ref.e } };
    cut.e.r = Math.min(sheetRows - 1, guess.e.r);
    if (cut.e.r < cut.s.r) cut.s.r = cut.e.r;
    if (cut.e.c > guess.e.c) cut.e.c = guess.e.c;
    if (cut.e.c < cut.s.c) cut.s.c = cut.e.c;
    ref = cut;
  }
  const tail = xml.toString('latin1', dataEnd);
  const merges = [...tail.matchAll(/<mergeCell ref=["']([A-Z0-9:]+)['"]\s*\/?>/g)].map((m) => XLSX.utils.decode_range(m[1]));
  return { name, ref, fullRef, merges, rows };
}

const VALUE_CELL_END = Buffer.from('</v></c>');

function startsWith(xml: Buffer, at: number, bytes: Buffer): boolean {
  for (let k = 0; k < bytes.length; k++) if (xml[at + k] !== bytes[k]) return false;
  return true;
}

/** B2 → 1: the column of the cell reference xml[from, to) (-1 when it has none). */
function columnOf(xml: Buffer, from: number, to: number): number {
  let column = 0;
  let i = from;
  for (; i < to; i++) {
    const c = xml[i] - 64;
    if (c < 1 || c > 26) break;
    column = 26 * column + c;
  }
  return i === from ? -1 : column - 1;
}

/** The decimal number xml[from, to) (-1 when it is not one). */
function digits(xml: Buffer, from: number, to: number): number {
  if (from >= to || to - from > 9) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = xml[i] - ZERO;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The text inside the first <name>…</name> of a cell's content; undefined when it has none or an empty one. */
function elementText(content: string, name: 'v' | 'is'): string | undefined {
  const open = content.search(name === 'v' ? /<v[\s>]/ : /<is[\s>]/);
  if (open < 0) return undefined;
  const from = content.indexOf('>', open) + 1;
  if (content[from - 2] === '/') return undefined;
  const to = content.indexOf(`</${name}>`, from);
  const text = content.slice(from, to < 0 ? content.length : to);
  return text === '' ? undefined : text;
}

/** The worksheets of a workbook in its order, with the parts they live in. */
function worksheetParts(workbook: string, rels: string): { name: string; part: string }[] | null {
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\s[^>]*>/g)) {
    const a = attributes(m[0]);
    const id = a.get('Id');
    const target = a.get('Target');
    if (!id || !target || !a.get('Type')?.endsWith('/worksheet')) continue;
    if (target.includes('..')) return null;
    targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const sheets: { name: string; part: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\s[^>]*>/g)) {
    const a = attributes(m[0]);
    const part = targets.get(a.get('r:id') ?? '');
    const name = a.get('name');
    if (!part || name === undefined) return null;
    sheets.push({ name, part });
  }
  return sheets;
}

/** Every sheet of the workbook, or null when the file has a shape this reader leaves to SheetJS. */
export function readXlsx(bytes: Buffer, entries: readonly ZipEntry[], sheetRows: number): ParsedSheet<XlsxValue>[] | null {
  const byName = new Map(entries.map((e) => [e.name, e]));
  const part = (name: string) => {
    const e = byName.get(name);
    return e ? entryBytes(bytes, e) : null;
  };
  const workbook = part('xl/workbook.xml');
  const rels = part('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return null;
  const workbookXml = td.decode(workbook);
  if (/<\w+:sheets?[\s>]/.test(workbookXml)) return null;
  const sheets = worksheetParts(workbookXml, td.decode(rels));
  if (!sheets) return null;
  const sst = byName.has('xl/sharedStrings.xml') ? part('xl/sharedStrings.xml') : undefined;
  if (sst === null) return null;
  const strings = sst ? sharedStrings(td.decode(sst)) : null;
  if (sst && !strings) return null;
  const out: ParsedSheet<XlsxValue>[] = [];
  for (const s of sheets) {
    const xml = part(s.part);
    const sheet = xml && worksheet(s.name, xml, strings, sheetRows);
    if (!sheet) return null;
    out.push(sheet);
  }
  return out;
}
