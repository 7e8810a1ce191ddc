// A cell → the value the record's schema expects, by the field's kind: dates in every spelling registrars use and
// as Excel serials, 是/否/√/✓, numbers typed as text, stray and full-width spaces. Anything not understood is passed
// on as it is, so the schema's own message says what is wrong.
import * as XLSX from '@e965/xlsx';
import { ISO_DATE } from '../../shared/dates';
import type { FieldDescriptor } from '../../shared/fields';
import type { Cell } from './reader';

export type Normalised = { ok: true; value: unknown } | { ok: false; message: string };

export const ID_AS_NUMBER =
  '身份证号是数字格式的单元格：Excel 只保留15位有效数字，后几位已经丢失，无法找回。请在原表中把这一列设为“文本”格式，重新录入或从原始系统重新导出身份证号（或在号码前加英文单引号 \'），再导入。';

const pad = (n: number) => String(n).padStart(2, '0');

/** 2025-03-01, 2025/3/1, 2025.03.01, 20250301, 2025年3月1日 → 2025-03-01; anything else unchanged. */
export function normaliseDateText(raw: string): string {
  if (ISO_DATE.test(raw)) return raw;
  const s = raw.replace(/[\s\u3000]/g, '').replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/) ?? s.match(/^(\d{4})(\d{2})(\d{2})$/);
  return m ? `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}` : raw.trim();
}

/** An Excel date serial (days since 1899-12-30, with Excel's 1900 leap-year quirk) → YYYY-MM-DD. */
export function serialToIso(serial: number): string | null {
  const d = XLSX.SSF.parse_date_code(serial);
  if (!d || d.y < 1900 || d.y > 2200) return null;
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

const YES = new Set(['是', '√', '✓', '✔', '☑', 'Y', 'YES', 'TRUE', '1', '有', '对']);
const NO = new Set(['否', '×', '✗', '✘', 'N', 'NO', 'FALSE', '0', '无', '不是']);

const tidy = (s: string) => s.replace(/\u00a0/g, ' ').trim();
/** What tidy and the full-width trim would change: space at either end, or a no-break space. */
const UNTIDY = /^\s|\s$|\u00a0/;

// The common cell (text already clean, 是/否, a date written 2025-03-01) takes no regular expression: an import of
// 200,000 rows normalises three million cells.
export function normaliseCell(field: FieldDescriptor, cell: Cell): Normalised {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return { ok: true, value: undefined };
  switch (field.kind) {
    case 'idCard':
      if (typeof cell === 'number') return { ok: false, message: ID_AS_NUMBER };
      return { ok: true, value: String(cell) };
    case 'date':
      if (typeof cell === 'number') {
        const iso = serialToIso(cell);
        return iso ? { ok: true, value: iso } : { ok: false, message: `无法识别的日期：${cell}。请写成 2025-03-01 这样的日期` };
      }
      return { ok: true, value: normaliseDateText(String(cell)) };
    case 'boolean': {
      if (typeof cell === 'boolean') return { ok: true, value: cell ? '是' : '否' };
      if (cell === '是' || cell === '否') return { ok: true, value: cell };
      const s = tidy(String(cell)).toUpperCase();
      if (YES.has(s)) return { ok: true, value: '是' };
      if (NO.has(s)) return { ok: true, value: '否' };
      return { ok: false, message: `“${cell}”无法识别，请填“是”或“否”（也可用 √ 表示是，留空表示否）` };
    }
    case 'number':
      return { ok: true, value: typeof cell === 'string' ? tidy(cell).replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : cell };
    case 'enum': {
      const s = String(cell).replace(/[\s\u3000]/g, '');
      // 国家 → 国家级, 省 → 省级: the common short spelling of a level.
      const options = field.options ?? [];
      if (!options.includes(s) && options.includes(`${s}级`)) return { ok: true, value: `${s}级` };
      return { ok: true, value: s };
    }
    default:
      if (typeof cell !== 'string') return { ok: true, value: String(cell) };
      return { ok: true, value: UNTIDY.test(cell) ? tidy(cell).replace(/^\u3000+|\u3000+$/g, '') : cell };
  }
}
