// The school's annual data: saved per year, checked part ≤ whole, derived figures null (never NaN) when there is
// nothing to divide by, and destination figures taken from student records once graduates have them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client';
import type { App } from '../../../electron/appContext';
import { derivedFigures, type DerivedFigure } from '@shared/annualData';
import { openSchool, rejection, studentInput } from '../../helpers/students';

let app: App;
let api: ApiClient;
let close: () => void;
beforeEach(async () => ({ app, api, close } = await openSchool()));
afterEach(() => close());

const byId = (figures: DerivedFigure[]) => Object.fromEntries(figures.map((f) => [f.id, { n: f.numerator, d: f.denominator, v: f.value }]));

describe('annual data', () => {
  it('gives null, never NaN, for every figure of an empty year', async () => {
    const r = await api.call('annualData.get', { schoolYear: 2025 });
    expect(r).toMatchObject({ schoolYear: 2025, values: null, destinationSource: '年度数据', recordedDestinations: null });
    expect(r.figures.map((f) => f.value)).toEqual([null, null, null, null, null, null]);
    const zeros = derivedFigures({
      publicFundingPerStudent: 0, enrolmentTotal: 0, integratedEnrolment: 0, graduatesTotal: 0, employed: 0, furtherStudy: 0,
      localEmployed: 0, lowIncomeGraduates: 0, lowIncomeEmployed: 0,
    });
    expect(zeros.filter((f) => f.unit === '%').map((f) => [f.numerator, f.denominator, f.value])).toEqual(Array(5).fill([0, 0, null]));
  });

  it('saves the form, derives the figures and audits the change', async () => {
    const values = {
      publicFundingPerStudent: 2600, enrolmentTotal: 800, integratedEnrolment: 340, industryColleges: 2, orderClasses: 5,
      trainingBases: 12, socialTrainingCount: 3200, researchIncome: 150000, professionalSpiritHours: 18,
      graduatesTotal: 600, employed: 300, furtherStudy: 270, localEmployed: 240, lowIncomeGraduates: 50, lowIncomeEmployed: 49,
    };
    const saved = await api.call('annualData.save', { schoolYear: 2025, values });
    expect(saved.values).toMatchObject(values);
    expect(saved.values?.equipmentValue).toBeNull();
    expect(byId(saved.figures)).toEqual({
      integratedEnrolmentRatio: { n: 340, d: 800, v: 0.425 },
      employmentRate: { n: 300, d: 600, v: 0.5 },
      furtherStudyRate: { n: 270, d: 600, v: 0.45 },
      localEmploymentRate: { n: 240, d: 300, v: 0.8 },
      lowIncomeEmploymentRate: { n: 49, d: 50, v: 0.98 },
      perStudentFunding: { n: 2600, d: null, v: 2600 },
    });
    await api.call('annualData.save', { schoolYear: 2025, values: { ...values, employed: 310 } });
    expect((await api.call('annualData.get', { schoolYear: 2025 })).values?.employed).toBe(310);
    const audit = app.store.sqlite.prepare("select action, field, old_value as old, new_value as new from audit_log where entity = 'annualData' order by id").all();
    expect(audit).toEqual([{ action: '新增', field: null, old: null, new: null }, { action: '修改', field: 'employed', old: '300', new: '310' }]);
  });

  it('refuses a part larger than its whole, and a missing count is null', async () => {
    const err = await rejection(api.call('annualData.save', { schoolYear: 2025, values: { enrolmentTotal: 100, integratedEnrolment: 120, graduatesTotal: 10, employed: 6, furtherStudy: 5 } }));
    expect(err.fieldErrors).toEqual([
      { field: 'integratedEnrolment', message: '中高职一体化招生数不能大于招生总数' },
      { field: 'furtherStudy', message: '就业人数与升学人数之和不能大于毕业生总数' },
    ]);
    const partial = await api.call('annualData.save', { schoolYear: 2025, values: { enrolmentTotal: 100, integratedEnrolment: '' } });
    expect(byId(partial.figures).integratedEnrolmentRatio).toEqual({ n: null, d: 100, v: null });
    expect((await rejection(api.call('annualData.save', { schoolYear: 2025, values: { enrolmentTotal: -1 } }))).fieldErrors).toEqual([
      { field: 'enrolmentTotal', message: '不能为负数' },
    ]);
  });

  it('keeps 万元 to two decimals and surveyed shares as percentages, and checks the 质量年报 parts against their wholes', async () => {
    const saved = await api.call('annualData.save', { schoolYear: 2025, values: { equipmentValue: '1234.56', majorRelevance: 68.5, employed: 30, relevantEmployed: 24 } });
    expect(saved.values).toMatchObject({ equipmentValue: 1234.56, majorRelevance: 68.5, relevantEmployed: 24 });
    const err = await rejection(api.call('annualData.save', { schoolYear: 2025, values: { equipmentValue: 1.234, majorRelevance: 101, alumniSatisfaction: 92.25, employed: 30, relevantEmployed: 31, authorisedPosts: 100, establishedStaff: 120 } }));
    expect(err.fieldErrors).toEqual([
      { field: 'majorRelevance', message: '百分比不能超过100' },
      { field: 'alumniSatisfaction', message: '最多一位小数' },
      { field: 'equipmentValue', message: '最多两位小数' },
      { field: 'relevantEmployed', message: '对口就业人数不能大于就业人数' },
      { field: 'establishedStaff', message: '在编教职工数不能大于教职工额定编制数' },
    ]);
  });

  it('takes the destination figures from graduates’ records once any has one', async () => {
    await api.call('annualData.save', { schoolYear: 2025, values: { graduatesTotal: 100, employed: 10 } });
    const grad = (i: number, over = {}) => api.call('students.create', studentInput(i, { status: '毕业', ...over }));
    await grad(1);
    expect((await api.call('annualData.get', { schoolYear: 2025 })).destinationSource).toBe('年度数据');
    await grad(2, { destination: '就业', destinationLocal: true, lowIncome: true });
    await grad(3, { destination: '就业', destinationLocal: false });
    await grad(4, { destination: '升学', lowIncome: true });
    await api.call('students.create', studentInput(5, { status: '在籍' })); // not yet graduated: not counted
    const r = await api.call('annualData.get', { schoolYear: 2025 });
    expect(r.destinationSource).toBe('学生记录');
    expect(r.recordedDestinations).toEqual({ graduatesTotal: 4, employed: 2, furtherStudy: 1, localEmployed: 1, lowIncomeGraduates: 2, lowIncomeEmployed: 1 });
    expect(byId(r.figures)).toMatchObject({
      employmentRate: { n: 2, d: 4, v: 0.5 },
      furtherStudyRate: { n: 1, d: 4, v: 0.25 },
      localEmploymentRate: { n: 1, d: 2, v: 0.5 },
      lowIncomeEmploymentRate: { n: 1, d: 2, v: 0.5 },
    });
    // the form's own counts are kept as saved
    expect(r.values).toMatchObject({ graduatesTotal: 100, employed: 10 });
  });
});
