// Cell references moved as Excel moves them when rows are inserted: every reference to a row at or below the
// insertion point moves down, so a range that ends on the template's last data row (SUM(D5:D24)) grows to cover the
// rows inserted above its end. Used on a filled template's formulas, merges, validations and print area.

/** A1 reference parts: column letters and row digits, each optionally absolute. */
const A1 = /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;

/** Moves a row number at or below `at` down by `by`. */
const moved = (row: number, at: number, by: number) => (row >= at ? row + by : row);

/** Shifts the references in a range list ("A5:H24 B30", a mergeCell's ref, a sqref). */
export function shiftRange(ref: string, at: number, by: number): string {
  return ref.replace(A1, (_all, colAbs: string, col: string, rowAbs: string, row: string) => `${colAbs}${col}${rowAbs}${moved(Number(row), at, by)}`);
}

/** Where a reference is preceded by a sheet name ('Sheet 1'!A1, 填报说明!B2): that name, unquoted. */
function sheetBefore(text: string, index: number): string | null {
  if (text[index - 1] !== '!') return null;
  const end = index - 1;
  if (text[end - 1] === "'") {
    let start = end - 2;
    while (start >= 0 && !(text[start] === "'" && text[start - 1] !== "'")) start--;
    return text.slice(start + 1, end - 1).replace(/''/g, "'");
  }
  let start = end;
  while (start > 0 && /[^\s(),;+\-*/&=<>^:!]/.test(text[start - 1])) start--;
  return text.slice(start, end);
}

/**
 * Shifts the references of a formula that point at `sheet` (unqualified ones when the formula lives on it), leaving
 * text in quotes, function names (LOG10) and other sheets' references alone.
 */
export function shiftFormula(formula: string, sheet: string, onSheet: boolean, at: number, by: number): string {
  let out = '';
  let i = 0;
  // the end of a range (数据!D5:D24) belongs to the sheet its start names
  let previousOurs = onSheet;
  while (i < formula.length) {
    if (formula[i] === '"') {
      const close = formula.indexOf('"', i + 1);
      const end = close < 0 ? formula.length : close + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    A1.lastIndex = i;
    const m = A1.exec(formula);
    const quote = formula.indexOf('"', i);
    if (!m || (quote >= 0 && quote < m.index)) {
      const next = quote >= 0 ? quote : formula.length;
      out += formula.slice(i, next);
      i = next;
      continue;
    }
    out += formula.slice(i, m.index);
    const before = formula[m.index - 1];
    // part of a longer name (ABC12 inside MYABC12, a defined name) is no reference
    const inName = before !== undefined && /[A-Za-z0-9_.]/.test(before);
    const target = sheetBefore(formula, m.index);
    const ours = target !== null ? target === sheet : before === ':' ? previousOurs : onSheet;
    previousOurs = ours;
    out += !inName && ours ? shiftRange(m[0], at, by) : m[0];
    i = m.index + m[0].length;
  }
  return out;
}
