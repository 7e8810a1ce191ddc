// The statistics year of a cut-off (the school year 9月1日–8月31日 it falls in, by the year it ends in) and the cut-off
// a new school starts with (the end of the last school year that has ended).
import { describe, expect, it } from 'vitest';
import { lastSchoolYearEnd, schoolYearLabel, statisticsYearOf } from '@shared/dates';

describe('the statistics year', () => {
  it.each([
    ['2025-08-31', 2025],
    ['2025-09-01', 2026],
    ['2024-09-01', 2025],
    ['2025-01-01', 2025],
    ['2025-12-31', 2026],
  ])('of a cut-off on %s is %i', (date, year) => {
    expect(statisticsYearOf(date)).toBe(year);
  });

  it('reads as the school year it ends', () => {
    expect(schoolYearLabel(statisticsYearOf('2025-08-31'))).toBe('2024—2025学年');
  });

  it.each([
    ['2026-12-04', '2026-08-31'],
    ['2026-08-31', '2026-08-31'],
    ['2026-08-30', '2025-08-31'],
    ['2026-01-15', '2025-08-31'],
  ])('a school set up on %s starts with the cut-off %s', (today, cutoff) => {
    expect(lastSchoolYearEnd(today)).toBe(cutoff);
  });
});
