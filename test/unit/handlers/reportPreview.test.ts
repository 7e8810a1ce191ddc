// The report preview reads as the workbook does: it showed years as "2,023" and rates as 0.963.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCell } from '@shared/format';
import { generateDemoSchool } from '../../../seeds/demo';
import { openTestSchool, type TestSchool } from '../../helpers/school';

describe('a preview cell', () => {
  it.each([
    ['percent', 0.963, '96.3%'],
    ['percent', 1, '100.0%'],
    ['integer', 2023, '2023'],
    ['integer', 9999, '9999'],
    ['integer', 12345, '12,345'],
    ['decimal', 1.2345, '1.23'],
    ['text', '330102', '330102'],
    ['percent', '—', '—'],
    ['integer', null, ''],
  ] as const)('of kind %s holding %s reads %s', (kind, value, shown) => {
    expect(formatCell(kind, value)).toBe(shown);
  });
});

describe('the preview of a bureau table', () => {
  let school: TestSchool;
  beforeAll(async () => {
    school = await openTestSchool('2025-08-31');
    generateDemoSchool(school.app.store.sqlite, { type: '中职', seed: 5, staff: 40, students: 400, asOf: '2025-08-31' });
  });
  afterAll(() => school.close());

  it('shows the certificate rate as a percentage, never as a fraction or with a separator in a year', async () => {
    const { sheets } = await school.ok('reports.preview', { id: 'certificates', year: 2025 });
    const [sheet] = sheets;
    const rate = sheet.headers.indexOf('获取率');
    expect(rate).toBeGreaterThanOrEqual(0);
    const rates = sheet.rows.map((r) => r[rate]).filter((v) => v !== '' && v !== '—');
    expect(rates.length).toBeGreaterThan(0);
    for (const v of rates) expect(v).toMatch(/^\d{1,3}\.\d%$/);
    for (const row of sheet.rows) for (const cell of row) expect(cell).not.toMatch(/^20\d,\d{2}/);
  });
});
