// What the overview receives for its cards: each figure says how many records are behind its parts, so a card can
// offer the click-through, but not which (a city's 100,000 student ids would be 1.5 MB on every opening); the
// click-through finds the same records again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoSchool } from '../../../seeds/demo';
import { openTestSchool, type TestSchool } from '../../helpers/school';

let school: TestSchool;
beforeAll(async () => {
  school = await openTestSchool();
  generateDemoSchool(school.app.store.sqlite, { type: '中职', staff: 40, students: 400, asOf: '2025-08-31' });
});
afterAll(() => school.close());

describe('indicators.compute', () => {
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
