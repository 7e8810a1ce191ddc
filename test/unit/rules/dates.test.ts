// The date checks every imported row goes through, done by arithmetic: the calendar's days, and today by the clock.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { isIsoDate, todayIso } from '@shared/dates';

describe('dates', () => {
  afterEach(() => vi.useRealTimers());

  it('accepts the days that exist and no others', () => {
    for (const d of ['2024-02-29', '2000-02-29', '2025-01-31', '2025-04-30', '2025-12-31', '1900-01-01']) expect(isIsoDate(d), d).toBe(true);
    for (const d of ['2023-02-29', '1900-02-29', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00', '0099-01-01', '2025-1-01', '20250101'])
      expect(isIsoDate(d), d).toBe(false);
  });

  it('gives today in the local calendar, and the next day once the clock has passed midnight, either way', () => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(2025, 2, 1, 23, 59, 59));
    expect(todayIso()).toBe('2025-03-01');
    vi.setSystemTime(new Date(2025, 2, 2, 0, 0, 1));
    expect(todayIso()).toBe('2025-03-02');
    vi.setSystemTime(new Date(2024, 11, 31, 12));
    expect(todayIso()).toBe('2024-12-31');
  });
});
