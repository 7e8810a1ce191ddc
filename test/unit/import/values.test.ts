// Cell values as registrars type them → what the record schemas take.
import { describe, expect, it } from 'vitest';
import { normaliseCell, normaliseDateText, parsePeriod, serialToIso } from '../../../electron/import/values';
import type { FieldDescriptor } from '@shared/fields';

const field = (kind: FieldDescriptor['kind'], options?: string[]): FieldDescriptor => ({ key: 'x', label: '某项', kind, section: '', options });

describe('import values', () => {
  it('reads every date spelling of DESIGN §10 and Excel serials', () => {
    for (const s of ['2025-03-01', '2025/3/1', '2025.03.01', '20250301', '2025年3月1日', ' 2025 - 3 - 1 ', '２０２５年３月１日']) expect(normaliseDateText(s)).toBe('2025-03-01');
    expect(normaliseDateText('2025年3月')).toBe('2025-03');
    for (const s of ['1985.06', '1985年6月', '1985-6', '198506']) expect(normaliseDateText(s)).toBe('1985-06');
    expect(normaliseDateText('1985.13')).toBe('1985.13');
    expect(serialToIso(45717)).toBe('2025-03-01');
    expect(normaliseCell(field('date'), 45717)).toEqual({ ok: true, value: '2025-03-01' });
  });

  it('reads 是/否/√/✓/blank, and says what it cannot read', () => {
    for (const yes of ['是', '√', '✓', 'Y', true]) expect(normaliseCell(field('boolean'), yes)).toEqual({ ok: true, value: '是' });
    for (const no of ['否', '×', 'N', false]) expect(normaliseCell(field('boolean'), no)).toEqual({ ok: true, value: '否' });
    expect(normaliseCell(field('boolean'), '')).toEqual({ ok: true, value: undefined });
    expect(normaliseCell(field('boolean'), '也许')).toEqual({
      ok: false,
      message: '“也许”无法识别为某项，请填“是”或“否”（也可用 √ 表示是，留空表示否）；也可在“值的对应”中为它选择对应的值',
      unmapped: { value: '也许', options: ['是', '否'], candidates: [] },
    });
    expect(normaliseCell(field('boolean'), '也许', new Map([['也许', '否']]))).toEqual({ ok: true, value: '否' });
    expect(normaliseCell(field('boolean'), '也许', new Map([['也许', null]])).ok).toBe(false);
  });

  it('keeps text whole: numbers as text, full-width padding trimmed; short level names completed', () => {
    expect(normaliseCell(field('text'), 1001)).toEqual({ ok: true, value: '1001' });
    expect(normaliseCell(field('text'), '\u3000王　伟\u3000')).toEqual({ ok: true, value: '王　伟' });
    expect(normaliseCell(field('enum', ['国家级', '省级']), '省')).toEqual({ ok: true, value: '省级' });
    expect(normaliseCell(field('enum', ['专任教师']), '专任 教师')).toEqual({ ok: true, value: '专任教师' });
    expect(normaliseCell(field('idCard'), 331102198503120000).ok).toBe(false);
  });

  it('reads one 起止时间 cell as its two dates, in the spellings registrars use', () => {
    const cases: [string, { start: string; end: string } | null][] = [
      ['2023.07.01-2023.08.31', { start: '2023-07-01', end: '2023-08-31' }],
      ['2023-07-01-2023-08-31', { start: '2023-07-01', end: '2023-08-31' }],
      ['2023年7月1日至2023年8月31日', { start: '2023-07-01', end: '2023-08-31' }],
      ['2023/7/1—2023/8/31', { start: '2023-07-01', end: '2023-08-31' }],
      ['2023.07.01～08.31', { start: '2023-07-01', end: '2023-08-31' }],
      ['2024.02-2024.02', { start: '2024-02-01', end: '2024-02-29' }],
      ['2023年7月至8月', { start: '2023-07-01', end: '2023-08-31' }],
      ['２０２３．０７．０１－２０２３．０７．１０', { start: '2023-07-01', end: '2023-07-10' }],
      ['2023.07.01', null],
      ['暑假', null],
      ['2023.02.30-2023.03.01', null],
    ];
    for (const [cell, dates] of cases) expect([cell, parsePeriod(cell)]).toEqual([cell, dates]);
  });
});
