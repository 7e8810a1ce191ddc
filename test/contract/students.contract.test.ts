// Students, certificates, awards and annual data over the in-process and the loopback HTTP transport: the same
// answers, everything surviving JSON.
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api/transport';
import { onBothTransports } from '../helpers/twoTransports';
import { staffInput } from '../helpers/people';
import { studentInput } from '../helpers/students';

async function scenario(call: Transport) {
  const out: Record<string, unknown> = {};
  const data = async (m: string, input: unknown) => ((out[`${m}#${Object.keys(out).length}`] = await call(m, input)) as { data: { id: number } }).data;
  await data('school.setup', { name: '温州市示范职业学校', type: '中职', cutoffDate: '2025-08-31' });
  await data('majors.create', { code: '730701', name: '电子商务', isCore: '是' });
  const klass = await data('classes.create', { name: '电商2201班', majorName: '电子商务', entryYear: 2022 });
  const a = await data('students.create', studentInput(1, { className: '电商2201班' }));
  const b = await data('students.create', studentInput(2, { className: '电商2201班', status: '毕业', destination: '就业', destinationLocal: true }));
  await data('students.create', studentInput(3, { className: '电商2201班', status: '毕业', destination: '升学' }));
  await data('students.create', studentInput(3));
  await data('certificates.bulkCreate', { classId: klass.id, studentIds: [a.id, b.id], values: { kind: '1+X证书', name: '网店运营推广', level: '初级证书', obtainedDate: '2025-06-01' } });
  await data('certificates.bulkCreate', { classId: klass.id, studentIds: [a.id, 999], values: { kind: '1+X证书', name: '网店运营推广', level: '初级', obtainedDate: '2025-06-01' } });
  await data('certificates.rate', { year: 2025 });
  const teacher = await data('staff.create', staffInput({}, 1));
  await data('awards.create', {
    competition: '浙江省职业院校技能大赛', system: '教育', level: '省级', year: 2025, event: '电子商务运营', prize: '二等奖', isTeam: true,
    participants: [{ studentId: a.id }, { studentId: b.id }], advisors: [{ staffId: teacher.id }],
  });
  await data('awards.summary', { year: 2025 });
  await data('annualData.save', { schoolYear: 2025, values: { enrolmentTotal: 300, integratedEnrolment: 120 } });
  await data('students.list', { classId: klass.id });
  return out;
}

describe('students and awards over two transports', () => {
  const both = onBothTransports(scenario);

  it('gives identical results in-process and over HTTP', () => {
    const [local, http] = both.results();
    expect(http).toEqual(local);
  });

  it('answers as a registrar expects', () => {
    // JSON answers, read loosely in the assertions below
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const r = Object.values(both.results()[0] as Record<string, { ok: boolean; data?: any; error?: any }>);
    const [, , , , , , duplicate, bulk, bulkRejected, rate, , award, summary, annual, list] = r;
    expect(duplicate.error.code).toBe('CONFLICT');
    expect(bulk.data).toEqual({ created: 2 });
    expect(bulkRejected.error.fieldErrors[0].field).toBe('studentIds');
    expect(rate.data.school).toEqual({ numerator: 2, denominator: 3, value: 2 / 3 });
    expect(rate.data.lacking.map((s: { studentNo: string }) => s.studentNo)).toEqual(['S00003']);
    expect(award.data.participants.map((p: { number: string }) => p.number)).toEqual(['S00001', 'S00002']);
    expect(summary.data).toEqual([{ year: 2025, level: '省级', prize: '二等奖', studentAwards: 1, students: 2, staffAwards: 0, staff: 0, advisors: 1 }]);
    expect(annual.data.figures[0]).toMatchObject({ id: 'integratedEnrolmentRatio', numerator: 120, denominator: 300, value: 0.4 });
    expect(annual.data).toMatchObject({ destinationSource: '学生记录', recordedDestinations: { graduatesTotal: 2, employed: 1, furtherStudy: 1, localEmployed: 1 } });
    expect(list.data.total).toBe(3);
    expect(list.data.rows[0].idCard).toMatch(/^3311\*{10}/);
  });
});
