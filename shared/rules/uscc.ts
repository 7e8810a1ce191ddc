// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character set (digits and capital letters without
// I O Z S V, which are too easily misread), the last one a check character computed MOD 31 over the first 17.
// The 9-character 组织机构代码 inside (positions 9–17) is not checked on its own: codes of 个体工商户 do not
// always follow GB 11714, and a wrong character anywhere is caught by the check character already.
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type UsccCheck = { ok: true } | { ok: false; message: string };

/** The check character for the first 17 characters (which must all be in the charset). */
export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]) * WEIGHTS[i];
  return CHARSET[(31 - (sum % 31)) % 31];
}

/** Removes spaces (full-width too), turns full-width letters and digits into ASCII, and upper-cases. */
export function normalizeUscc(raw: string): string {
  return raw
    .replace(/[\s\u3000]/g, '')
    .replace(/[０-９Ａ-Ｚａ-ｚ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase();
}

export function checkUscc(raw: string): UsccCheck {
  const code = normalizeUscc(raw);
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码应为18位，现在是${code.length}位` };
  for (let i = 0; i < 18; i++) {
    if (!CHARSET.includes(code[i]))
      return {
        ok: false,
        message: `统一社会信用代码第${i + 1}位“${code[i]}”不允许：只能是数字或大写字母，且不含 I、O、Z、S、V`,
      };
  }
  if (usccCheckChar(code.slice(0, 17)) !== code[17])
    return { ok: false, message: '统一社会信用代码校验位（第18位）不正确，请核对每一位' };
  return { ok: true };
}
