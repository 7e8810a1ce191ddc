// Sorting text in JavaScript as SQLite's ORDER BY does (BINARY, nulls first), for rows read unsorted: JavaScript's
// < compares UTF-16 units, which agrees with SQLite's byte order for every character of the Basic Multilingual Plane,
// all that 工号, 学号, dates and the names of majors and classes are written in.
export const byText = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? -1 : b === null ? 1 : a < b ? -1 : 1);
