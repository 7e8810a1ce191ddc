import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkUscc, normalizeUscc, usccCheckChar } from '@shared/rules/uscc';

const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function messageOf(raw: string): string | null {
  const result = checkUscc(raw);
  return result.ok ? null : result.message;
}

describe('统一社会信用代码 (GB 32100)', () => {
  it('accepts 91110000600037341L', () => {
    expect(checkUscc('91110000600037341L')).toEqual({ ok: true });
  });

  it('rejects 91110000600037341M, whose check character is wrong', () => {
    expect(messageOf('91110000600037341M')).toContain('校验位');
  });

  it('says how many characters a code of the wrong length has', () => {
    expect(messageOf('9111000060003734')).toBe('统一社会信用代码应为18位，现在是16位');
  });

  it('names the position of a letter the standard leaves out (I O Z S V)', () => {
    for (const letter of 'IOZSV') {
      const message = messageOf(`91110000${letter}00037341L`);
      expect(message).toContain('第9位');
      expect(message).toContain(letter);
    }
  });

  it('accepts spaces, full-width characters and lower case, as a registrar might paste them', () => {
    expect(normalizeUscc(' 9111 0000 6000 3734 1ｌ　')).toBe('91110000600037341L');
    expect(checkUscc('９１１１００００６０００３７３４１Ｌ').ok).toBe(true);
    expect(checkUscc('91110000600037341l').ok).toBe(true);
  });

  it('rejects every one-character change of a valid code (generated)', () => {
    const first17 = fc.array(fc.constantFrom(...CHARSET), { minLength: 17, maxLength: 17 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(first17, fc.nat(17), fc.constantFrom(...CHARSET), (body, position, c) => {
        const code = body + usccCheckChar(body);
        expect(checkUscc(code).ok).toBe(true);
        fc.pre(code[position] !== c);
        expect(checkUscc(code.slice(0, position) + c + code.slice(position + 1)).ok).toBe(false);
      }),
    );
  });
});
