// Text as typed or pasted from elsewhere carries characters that show nothing but make two values differ: zero-width
// spaces and joiners, bidi controls (a U+202E makes H0027 look like itself and be another 工号), a BOM, soft hyphens,
// variation selectors, stray control codes. Every text a record stores is cleaned of them, on every path in.

/** Invisible and reordering characters, and the control codes other than tab and line breaks: listed one by one, so
 * the lint rules against control and combining characters in a class are what this class is for. */
const INVISIBLE =
  // eslint-disable-next-line no-control-regex, no-misleading-character-class
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\uFFF9-\uFFFB\u{E0000}-\u{E007F}\u{E0100}-\u{E01EF}]/gu;

/** search, unlike test, ignores a global expression's lastIndex. */
export const hasInvisible = (s: string): boolean => s.search(INVISIBLE) >= 0;

export const stripInvisible = (s: string): string => (hasInvisible(s) ? s.replace(INVISIBLE, '') : s);

const FULL_WIDTH_ASCII = /[\uff01-\uff5e]/g;

/** Full-width letters, digits and punctuation (２０２３．０７, Ｈ００２７) as their ASCII twins. */
export const toHalfWidth = (s: string): string => s.replace(FULL_WIDTH_ASCII, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

/** A number or code someone will search for (工号, 学号, 证书编号): no invisible characters, no spaces, full-width
 * forms folded, so that what looks the same is the same. */
export const normalizeIdentifier = (s: string): string => toHalfWidth(stripInvisible(s)).replace(/[\s\u3000]/g, '');
