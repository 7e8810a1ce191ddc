// How a value written by a registrar is understood as one of a vocabulary's values: the value itself, a spelling of
// the vocabulary's table (shared/vocabSpellings.ts), or a short or decorated form of exactly one value (集中 → 集中实践,
// 校内专任教师 → 专任教师, 中级（四级）). One resolver for the import, the paste grid and the form; a spelling that
// fits two values is never guessed: its candidates are named instead.
import type { Spellings } from './vocabSpellings';
import { toHalfWidth } from './text';

export type Resolution = { value: string } | { ambiguous: string[] } | { unknown: true };

/** The comparable form of a spelling: no whitespace, half-width ASCII, upper-case Latin letters, one kind of bracket. */
export function spellingKey(raw: string): string {
  return toHalfWidth(raw.replace(/[\s\u3000]/g, ''))
    .replace(/[【〔［]/g, '(')
    .replace(/[】〕］]/g, ')')
    .toUpperCase();
}

/** What is left of a spelling around a value may qualify it away from that value (本科以下 is not 本科). */
const QUALIFYING = /以下|以上|及|非|不|未|无|或|除|前|后|外/;

interface Compiled {
  byKey: Map<string, string>;
  table: Map<string, string | readonly string[]>;
  options: readonly string[];
  /** each key resolved once: a file that writes 集中 in every row asks the tables once */
  answers: Map<string, Resolution>;
}

const MAX_REMEMBERED = 5000;

const compiled = new WeakMap<readonly string[], WeakMap<object, Compiled>>();
const NO_TABLE = {};

function compile(options: readonly string[], spellings: Spellings | undefined): Compiled {
  let perTable = compiled.get(options);
  if (!perTable) compiled.set(options, (perTable = new WeakMap()));
  const tableKey = spellings ?? NO_TABLE;
  let c = perTable.get(tableKey);
  if (!c) {
    c = {
      byKey: new Map(options.map((o) => [spellingKey(o), o])),
      table: new Map(Object.entries(spellings ?? {}).map(([k, v]) => [spellingKey(k), v])),
      options,
      answers: new Map(),
    };
    perTable.set(tableKey, c);
  }
  return c;
}

function lookup(c: Compiled, key: string): Resolution | null {
  const exact = c.byKey.get(key);
  if (exact) return { value: exact };
  const spelt = c.table.get(key);
  if (typeof spelt === 'string') return { value: spelt };
  if (spelt) return { ambiguous: [...spelt] };
  return null;
}

/** The values a short or decorated spelling stands for: 集中 begins 集中实践 (省 → 省级 too), 校内专任教师 holds 专任教师. */
function near(c: Compiled, key: string): string[] {
  const found = new Set<string>();
  for (const [optionKey, option] of c.byKey) {
    if (optionKey.startsWith(key) && (key.length >= 2 || optionKey === `${key}级`)) found.add(option);
    else if (key.includes(optionKey) && !QUALIFYING.test(key.replace(optionKey, ''))) found.add(option);
  }
  for (const [spelling, value] of c.table)
    if (typeof value === 'string' && spelling.length >= 2 && key.includes(spelling) && !QUALIFYING.test(key.replace(spelling, ''))) found.add(value);
  return [...found];
}

const answer = (values: readonly string[]): Resolution | null =>
  values.length === 1 ? { value: values[0] } : values.length > 1 ? { ambiguous: [...values] } : null;

const keysOf = new WeakMap<Spellings, Set<string>>();
/** Whether the text is one of the table's own spellings (高级讲师 among the titles' names), compared as the resolver
 * compares. */
export function isSpellingOf(spellings: Spellings, raw: string): boolean {
  let keys = keysOf.get(spellings);
  if (!keys) keysOf.set(spellings, (keys = new Set(Object.keys(spellings).map(spellingKey))));
  return keys.has(spellingKey(raw));
}

/** The vocabulary value a written spelling means; see the file comment. */
export function resolveSpelling(options: readonly string[], spellings: Spellings | undefined, raw: string): Resolution {
  if (options.includes(raw)) return { value: raw };
  const key = spellingKey(raw);
  if (!key) return { unknown: true };
  const c = compile(options, spellings);
  const known = c.answers.get(key);
  if (known) return known;
  const resolved = resolveKey(c, key);
  // kept for the spellings a file repeats, not for every stray text a city's files hold
  if (c.answers.size < MAX_REMEMBERED) c.answers.set(key, resolved);
  return resolved;
}

function resolveKey(c: Compiled, key: string): Resolution {
  const direct = lookup(c, key);
  if (direct) return direct;
  // 中级（四级）, 四级(中级工): each part read on its own; they must agree.
  const bracket = key.match(/^([^()]*)\(([^()]+)\)([^()]*)$/);
  if (bracket) {
    const parts = [bracket[1] + bracket[3], bracket[2]].filter(Boolean).map((p) => lookup(c, p) ?? answer(near(c, p)));
    const values = new Set(parts.flatMap((p) => (p && 'value' in p ? [p.value] : [])));
    if (values.size === 1) return { value: [...values][0] };
    if (values.size > 1) return { ambiguous: [...values] };
  }
  return answer(near(c, key)) ?? { unknown: true };
}
