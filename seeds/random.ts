// Seeded pseudo-random numbers for the demo school: the same seed always gives the same school, so a screenshot,
// a test or a bug report made with demo data can be reproduced exactly. Never Math.random here.

/** A weighted choice prepared once (cumulative weights), so picking from it in a loop of 200,000 stays cheap. */
export interface WeightedTable<T> {
  readonly items: readonly T[];
  readonly cumulative: readonly number[];
}

export function weightedTable<T>(entries: readonly (readonly [T, number])[]): WeightedTable<T> {
  const items: T[] = [];
  const cumulative: number[] = [];
  let total = 0;
  for (const [item, weight] of entries) {
    if (weight <= 0) continue;
    total += weight;
    items.push(item);
    cumulative.push(total);
  }
  if (items.length === 0) throw new Error('weightedTable: no positive weight');
  return { items, cumulative };
}

export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(table: WeightedTable<T>): T;
  /** Shuffles in place (Fisher–Yates) and returns the same array. */
  shuffle<T>(items: T[]): T[];
  /** A string of n decimal digits. */
  digits(n: number): string;
  /** A day number in [from, to], both included (see toDay). */
  day(from: number, to: number): number;
}

/** mulberry32: tiny, fast and good enough for test data; 32-bit state. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number): number => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[Math.floor(next() * items.length)],
    weighted: (table) => {
      const cumulative = table.cumulative;
      const target = next() * cumulative[cumulative.length - 1];
      let lo = 0;
      let hi = cumulative.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] > target) hi = mid;
        else lo = mid + 1;
      }
      return table.items[lo];
    },
    shuffle: (items) => {
      for (let i = items.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [items[i], items[j]] = [items[j], items[i]];
      }
      return items;
    },
    digits: (n) => {
      let s = '';
      for (let i = 0; i < n; i++) s += Math.floor(next() * 10);
      return s;
    },
    day: (from, to) => (to <= from ? from : int(from, to)),
  };
}

/**
 * k items drawn without replacement, each with a chance proportional to its weight (Efraimidis–Spirakis); items of
 * weight 0 are never drawn. Exact counts, so that a small demo school shows the intended shares too.
 */
export function weightedSample<T>(rng: Random, items: readonly T[], k: number, weightOf: (item: T) => number): Set<T> {
  const keyed = items
    .map((item) => ({ item, weight: weightOf(item), draw: 1 - rng.next() }))
    .filter((x) => x.weight > 0)
    .map((x) => ({ item: x.item, key: -Math.log(x.draw) / x.weight }));
  keyed.sort((a, b) => a.key - b.key);
  return new Set(keyed.slice(0, k).map((x) => x.item));
}

// Dates as day numbers (days since 1970-01-01), so that adding days and comparing never meets a time zone. The
// conversions are pure arithmetic (H. Hinnant's civil-date algorithms): a city-sized run converts millions of dates.

export function toDay(iso: string): number {
  return dayOf(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** The day number of year-month-day (month 1–12). */
export function dayOf(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** [year, month 1–12, day] of a day number. */
export function civil(day: number): [number, number, number] {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - Math.floor((153 * mp + 2) / 5) + 1];
}

export function fromDay(day: number): string {
  const [y, m, d] = civil(day);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function yearOfDay(day: number): number {
  return civil(day)[0];
}

/** Approximate years as days, for ages and tenures where a day either way does not matter. */
export const DAYS_PER_YEAR = 365.25;
