// The records behind a figure. The overview's cards are told how many records are behind each part, not which (a
// city's 100,000 student ids would be 1.5 MB on every opening); the click-through finds them again, for any number
// of ids: a city's 100,000 在籍 students are more than SQLite's limit on bound parameters (32,766).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drillRows } from '../../../db/queries/drill';
import { generateDemoSchool } from '../../../seeds/demo';
import { openTestSchool, type TestSchool } from '../../helpers/school';

let school: TestSchool;
beforeAll(async () => {
  school = await openTestSchool();
  generateDemoSchool(school.app.store.sqlite, { type: '中职', staff: 20, students: 200, asOf: '2025-08-31' });
});
afterAll(() => school.close());

describe('drillRows', () => {
  it('takes more ids than SQLite binds, and lists the records among them by 学号', () => {
    const ids = Array.from({ length: 40_000 }, (_, i) => i + 1);
    const { columns, rows } = drillRows(school.app.store.db, 'students', ids);
    expect(columns[0]).toBe('学号');
    expect(rows).toHaveLength(200);
    expect(rows.map((r) => r[0])).toEqual(rows.map((r) => r[0]).sort());
  });
});

describe('indicators.compute and indicators.drill', () => {
  it('counts the records behind each part without listing them, and the click-through lists as many', async () => {
    const report = await school.ok('indicators.compute', {});
    expect(JSON.stringify(report)).not.toMatch(/Ids/);
    const dual = report.indicators.find((i) => i.id === 'dualTeacherRatio')!;
    expect(dual.drill).toEqual({ entity: 'staff', numeratorRecords: dual.numerator, denominatorRecords: dual.denominator });
    expect(dual.numerator).toBeGreaterThan(0);
    for (const part of ['numerator', 'denominator'] as const)
      expect((await school.ok('indicators.drill', { id: 'dualTeacherRatio', part })).rows).toHaveLength(dual.drill![`${part}Records`]);

    const ratio = report.indicators.find((i) => i.id === 'studentTeacherRatio')!;
    expect(ratio.drill).toEqual({ entity: 'students', numeratorRecords: ratio.numerator, denominatorRecords: 0 });
  });
});
