import { idCheckChar } from '@shared/rules/idcard';
import type { StaffInput } from '@shared/staff';

/** A valid 身份证号 for a birth date and sex, with a sequence number to keep them distinct. */
export function makeIdCard(birthDate: string, sex: '男' | '女', seq = 1, area = '331102'): string {
  const seqDigits = String(seq % 50).padStart(2, '0');
  const sexDigit = sex === '男' ? '1' : '2';
  const first17 = area + birthDate.replaceAll('-', '') + seqDigits + sexDigit;
  return first17 + idCheckChar(first17);
}

export function staffInput(overrides: Partial<StaffInput> = {}, seq = 1): StaffInput {
  return {
    staffNo: `T${String(seq).padStart(4, '0')}`,
    name: '王伟',
    idCard: makeIdCard('1985-03-12', '男', seq),
    joinDate: '2012-09-01',
    postCategory: '专任教师',
    teachingCategory: '专业课',
    status: '在职',
    ...overrides,
  };
}
