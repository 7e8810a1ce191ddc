import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { checkIdCard, idCheckChar, maskIdCard, normalizeIdCard } from '@shared/rules/idcard';

const DIGITS = '0123456789';

/** A valid ID for the given area, birth date (YYYYMMDD) and 3-digit sequence. */
function validId(area: string, birth: string, sequence: string): string {
  const first17 = area + birth + sequence;
  return first17 + idCheckChar(first17);
}

describe('居民身份证号 (GB 11643)', () => {
  it('accepts the standard example 11010519491231002X and derives birth date and sex from it', () => {
    expect(checkIdCard('11010519491231002X')).toEqual({ ok: true, birthDate: '1949-12-31', sex: '女' });
  });

  it('rejects 340524198001010013, whose check digit is wrong', () => {
    const result = checkIdCard('340524198001010013');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('校验位');
  });

  it('reads an odd 17th digit as 男 and an even one as 女', () => {
    expect(checkIdCard(validId('331102', '19850612', '123'))).toMatchObject({ ok: true, sex: '男', birthDate: '1985-06-12' });
    expect(checkIdCard(validId('331102', '19850612', '124'))).toMatchObject({ ok: true, sex: '女' });
  });

  it('accepts a lower-case x and spaces around the number', () => {
    expect(checkIdCard(' 11010519491231002x ').ok).toBe(true);
    expect(normalizeIdCard('1101 0519 4912 3100 2x')).toBe('11010519491231002X');
  });

  it('rejects a wrong length, a letter inside, and an impossible birth date, each with its own message', () => {
    const messages = ['1101051949123100', '1101051949A231002X', validId('110105', '19490231', '002')].map((id) => {
      const result = checkIdCard(id);
      return result.ok ? null : result.message;
    });
    expect(messages[0]).toContain('18位');
    expect(messages[1]).toContain('18位');
    expect(messages[2]).toContain('出生日期');
  });

  it('rejects every one-character change of a valid number', () => {
    const samples = [
      '11010519491231002X',
      validId('331102', '19850612', '123'),
      validId('330302', '20000229', '457'),
      validId('440106', '19991231', '008'),
    ];
    for (const id of samples) {
      expect(checkIdCard(id).ok).toBe(true);
      for (let position = 0; position < 18; position++) {
        const alternatives = position === 17 ? DIGITS + 'X' : DIGITS;
        for (const c of alternatives) {
          if (c === id[position]) continue;
          const changed = id.slice(0, position) + c + id.slice(position + 1);
          expect(checkIdCard(changed).ok, changed).toBe(false);
        }
      }
    }
  });

  it('accepts any number whose check character comes from idCheckChar (generated)', () => {
    const birthDate = fc.date({ min: new Date('1940-01-01'), max: new Date('2015-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(fc.stringMatching(/^[1-6]\d{5}$/), birthDate, fc.stringMatching(/^\d{3}$/), (area, date, sequence) => {
        const birth = date.toISOString().slice(0, 10);
        const result = checkIdCard(validId(area, birth.replaceAll('-', ''), sequence));
        expect(result).toEqual({ ok: true, birthDate: birth, sex: Number(sequence[2]) % 2 === 1 ? '男' : '女' });
      }),
    );
  });
});

describe('maskIdCard', () => {
  it('keeps only the first four and the last four characters', () => {
    expect(maskIdCard('33110219850612123X')).toBe('3311**********123X');
  });

  it('hides the whole birth date', () => {
    expect(maskIdCard('11010519491231002X')).not.toContain('19491231');
  });

  it('gives an empty string for a missing number and stars for a very short one', () => {
    expect(maskIdCard(null)).toBe('');
    expect(maskIdCard(undefined)).toBe('');
    expect(maskIdCard('12345')).toBe('*****');
  });
});
