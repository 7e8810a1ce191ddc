// Cell values as registrars type them → what the record schemas take.
import { describe, expect, it } from 'vitest';
import { normaliseCell, normaliseDateText, serialToIso } from '../../../electron/import/values';
import type { FieldDescriptor } from '../../../shared/fields';

const field = (kind: FieldDescriptor['kind'], options?: string[]): FieldDescriptor => ({ key: 'x', label: '某项', kind, section: '', options });

describe('import values', () => {
  it('reads every date spelling of DESIGN §10 and Excel serials', () => {
    for (const s of ['2025-03-01', '2025/3/1', '2025.03.01', '20250301', '2025年3月1日', ' 2025 - 3 - 1 ', '２０２５年３月１日']) expect(normaliseDateText(s)).toBe('2025-03-01');
    expect(normaliseDateText('2025年3月')).toBe('2025年3月');
    expect(serialToIso(45717)).toBe('2025-03-01');
    expect(normaliseCell(field('date'), 45717)).toEqual({ ok: true, value: '2025-03-01' });
  });

  it('reads 是/否/√/✓/blank, and says what it cannot read', () => {
    for (const yes of ['是', '√', '✓', 'Y', true]) expect(normaliseCell(field('boolean'), yes)).toEqual({ ok: true, value: '是' });
    for (const no of ['否', '×', 'N', false]) expect(normaliseCell(field('boolean'), no)).toEqual({ ok: true, value: '否' });
    expect(normaliseCell(field('boolean'), '')).toEqual({ ok: true, value: undefined });
    expect(normaliseCell(field('boolean'), '也许')).toEqual({ ok: false, message: '“也许”无法识别，请填“是”或“否”（也可用 √ 表示是，留空表示否）' });
  });

  it('keeps text whole: numbers as text, full-width padding trimmed; short level names completed', () => {
    expect(normaliseCell(field('text'), 1001)).toEqual({ ok: true, value: '1001' });
    expect(normaliseCell(field('text'), '\u3000王　伟\u3000')).toEqual({ ok: true, value: '王　伟' });
    expect(normaliseCell(field('enum', ['国家级', '省级']), '省')).toEqual({ ok: true, value: '省级' });
    expect(normaliseCell(field('enum', ['专任教师']), '专任 教师')).toEqual({ ok: true, value: '专任教师' });
    expect(normaliseCell(field('idCard'), 331102198503120000).ok).toBe(false);
  });
});
