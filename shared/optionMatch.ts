// What a typed fragment picks out of a drop-down's options, for every picker of the app (enum fields, people, majors):
// the option's own text (bk is not needed to find 本科 by 本), its pinyin initials or full pinyin (bk → 本科,
// zyk → 专业课, xzry or hzry → 行政人员: every reading of a many-reading character), or a spelling of the
// vocabulary that stands for exactly that option (讲师 → 中级, 大学本科 → 本科). The pinyin comes from pinyin-pro.
import { match } from 'pinyin-pro';
import { resolveSpelling, spellingKey } from './spellings';
import type { Spellings } from './vocabSpellings';

const LATIN = /^[a-z]+$/i;

/** A filter over one drop-down's options: (typed, option) → whether the option matches. */
export function optionFilter(options: readonly string[], spellings?: Spellings): (typed: string, option: string) => boolean {
  let lastTyped: string | null = null;
  let resolved: string | null = null;
  return (typed, option) => {
    const t = typed.trim();
    if (t === '') return true;
    if (t !== lastTyped) {
      lastTyped = t;
      const r = spellings ? resolveSpelling(options, spellings, t) : { unknown: true };
      resolved = 'value' in r ? r.value : null;
    }
    if (option === resolved) return true;
    if (spellingKey(option).includes(spellingKey(t))) return true;
    return LATIN.test(t) && match(option, t.toLowerCase(), { continuous: true }) !== null;
  };
}

/** Whether a name is found by what was typed in pinyin from its start: its initials (cj → 陈静) or its syllables
 * (chenj, chenjing); any reading of a many-reading character counts. */
export function nameMatchesPinyin(name: string, typed: string): boolean {
  if (!LATIN.test(typed)) return false;
  return match(name, typed.toLowerCase(), { continuous: true })?.[0] === 0;
}
