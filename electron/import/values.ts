// A cell → the value the record's schema expects, by the field's kind: dates in every spelling registrars use and
// as Excel serials (a month alone where that is all the column holds), 是/否/√/✓, a coded value in any spelling its
// vocabulary's table knows (or the registrar mapped in the value-mapping step), numbers typed as text, stray and
// full-width spaces. Anything else is passed on as it is, so the schema's own message says what is wrong; a coded
// value no table knows is said as unmapped, for the value-mapping step to list.
import * as XLSX from '@e965/xlsx';
import { ISO_DATE, isIsoDate } from '@shared/dates';
import type { FieldDescriptor } from '@shared/fields';
import { REJECT_ROW } from '@shared/import';
import { resolveSpelling, spellingKey } from '@shared/spellings';
import { toHalfWidth } from '@shared/text';
import { YES_NO_SPELLINGS } from '@shared/vocabSpellings';
import { YES_NO } from '@shared/vocab';
import type { Cell } from './reader';

/** A coded value no table knows: listed once in the value-mapping step, with the values it may stand for. */
export interface Unmapped {
  value: string;
  options: readonly string[];
  /** the values an ambiguous spelling fits; empty when it fits none */
  candidates: string[];
}

export type Normalised = { ok: true; value: unknown } | { ok: false; message: string; unmapped?: Unmapped };

/** What the registrar chose for a value, keyed by spellingKey of the value as written: a vocabulary value, or null
 * for 拒绝该行. */
export type ValueChoices = ReadonlyMap<string, string | null>;



export const ID_AS_NUMBER =
  '身份证号是数字格式的单元格：Excel 只保留15位有效数字，后几位已经丢失，无法找回。请在原表中把这一列设为“文本”格式，重新录入或从原始系统重新导出身份证号（或在号码前加英文单引号 \'），再导入。';

const pad = (n: number) => String(n).padStart(2, '0');

const toHalfWidthDigits = (s: string) => s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

/** 2025-03-01, 2025/3/1, 2025.03.01, 20250301, 2025年3月1日 → 2025-03-01; a month alone (1985.06, 1985年6月, 198506)
 * → 1985-06; anything else unchanged. */
export function normaliseDateText(raw: string): string {
  if (ISO_DATE.test(raw)) return raw;
  const s = toHalfWidthDigits(raw.replace(/[\s\u3000]/g, ''));
  const m = s.match(/^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/) ?? s.match(/^(\d{4})(\d{2})(\d{2})$/);
  if (m) return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  const month = s.match(/^(\d{4})[-/.年](\d{1,2})月?$/) ?? s.match(/^(\d{4})(\d{2})$/);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${pad(Number(month[2]))}`;
  return raw.trim();
}

export const MONTH_ONLY = /^\d{4}-\d{2}$/;

const lastDayOf = (month: string) => {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};

/** The two dates of one 起止时间 cell: 2023.07.01-2023.08.31, 2023年7月1日至2023年8月31日, 2023/7/1—2023/8/31,
 * 2023.07.01-08.31 (the year said once), 2023.07-2023.08 (whole months); null when it is not two dates. */
export function parsePeriod(raw: string): { start: string; end: string } | null {
  const s = toHalfWidth(raw.replace(/[\s\u3000]/g, ''));
  const date = String.raw`(\d{4})[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?|月)?`;
  const tail = String.raw`(?:(\d{4})[-/.年])?(\d{1,2})(?:[-/.月](\d{1,2})日?|月)?`;
  const m = s.match(new RegExp(`^${date}(?:-|－|—|–|~|～|至|到|—+)${tail}$`));
  if (!m) return null;
  const [, y1, m1, d1, y2, m2, d2] = m;
  // 2023.07.01-08.31 reads its end as month and day; 2023.07-2023.08 and 2023.07-08 as whole months
  const wholeMonths = d1 === undefined;
  if (!wholeMonths && d2 === undefined && y2 !== undefined) return null;
  const start = `${y1}-${pad(Number(m1))}-${pad(Number(d1 ?? 1))}`;
  const endYear = y2 ?? y1;
  const end = wholeMonths ? (d2 === undefined ? lastDayOf(`${endYear}-${pad(Number(m2))}`) : null) : `${endYear}-${pad(Number(m2))}-${pad(Number(d2))}`;
  // dates out of order are the schema's to say (结束日期不能早于开始日期)
  if (!end || !isIsoDate(start) || !isIsoDate(end)) return null;
  return { start, end };
}

/** A month-only date for its field: the first of the month, the last for the end of a period. */
export const monthToDate = (month: string, endOfPeriod: boolean | undefined) => (endOfPeriod ? lastDayOf(month) : `${month}-01`);

/** An Excel date serial (days since 1899-12-30, with Excel's 1900 leap-year quirk) → YYYY-MM-DD. */
export function serialToIso(serial: number): string | null {
  const d = XLSX.SSF.parse_date_code(serial);
  if (!d || d.y < 1900 || d.y > 2200) return null;
  return `${d.y}-${pad(d.m)}-${pad(d.d)}`;
}

const tidy = (s: string) => s.replace(/\u00a0/g, ' ').trim();
/** What tidy and the full-width trim would change: space at either end, or a no-break space. */
const UNTIDY = /^\s|\s$|\u00a0/;

/** A coded cell (enum with options, or 是/否): its vocabulary value, the registrar's choice, or unmapped. */
function codedValue(field: FieldDescriptor, options: readonly string[], raw: string, choices: ValueChoices | undefined): Normalised {
  const chosen = choices?.get(spellingKey(raw));
  if (chosen === null) return { ok: false, message: `“${raw}”在“值的对应”中选择了${REJECT_ROW}` };
  if (chosen !== undefined && options.includes(chosen)) return { ok: true, value: chosen };
  const r = resolveSpelling(options, field.kind === 'boolean' ? YES_NO_SPELLINGS : field.spellings, raw);
  if ('value' in r) return { ok: true, value: r.value };
  const value = raw.trim();
  if ('ambiguous' in r)
    return { ok: false, message: `“${value}”可能是${r.ambiguous.map((c) => `“${c}”`).join('或')}，无法确定是哪一个：请在“值的对应”中选择`, unmapped: { value, options, candidates: r.ambiguous } };
  const allowed = field.kind === 'boolean' ? '请填“是”或“否”（也可用 √ 表示是，留空表示否）' : `可选：${options.join('、')}`;
  return { ok: false, message: `“${value}”无法识别为${field.label}，${allowed}；也可在“值的对应”中为它选择对应的值`, unmapped: { value, options, candidates: [] } };
}

// The common cell (text already clean, 是/否, a value of the vocabulary, a date written 2025-03-01) takes no regular
// expression: an import of 200,000 rows normalises three million cells.
export function normaliseCell(field: FieldDescriptor, cell: Cell, choices?: ValueChoices): Normalised {
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
    case 'boolean':
      if (typeof cell === 'boolean') return { ok: true, value: cell ? '是' : '否' };
      if (cell === '是' || cell === '否') return { ok: true, value: cell };
      return codedValue(field, YES_NO, String(cell), choices);
    case 'number':
      // 2022级, 2022年 in a year column
      return { ok: true, value: typeof cell === 'string' ? toHalfWidthDigits(tidy(cell)).replace(/^(\d{4})[级年]$/, '$1') : cell };
    case 'enum': {
      const options = field.options;
      const s = typeof cell === 'string' ? cell : String(cell);
      if (!options?.length) {
        // a free-text reference (a major's name): the registrar's choice stands for it as written
        const chosen = choices?.get(spellingKey(s));
        if (chosen === null) return { ok: false, message: `“${s.trim()}”在“值的对应”中选择了${REJECT_ROW}` };
        return { ok: true, value: chosen ?? s.replace(/[\s\u3000]/g, '') };
      }
      if (options.includes(s)) return { ok: true, value: s };
      return codedValue(field, options, s, choices);
    }
    default:
      if (typeof cell !== 'string') return { ok: true, value: String(cell) };
      return { ok: true, value: UNTIDY.test(cell) ? tidy(cell).replace(/^\u3000+|\u3000+$/g, '') : cell };
  }
}
