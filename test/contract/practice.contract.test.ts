// Qualifications and enterprise practice over the in-process and the loopback HTTP transport: the same answers,
// evidence bytes and field errors surviving JSON.
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api/transport';
import { onBothTransports } from '../helpers/twoTransports';
import { staffInput } from '../helpers/people';
import { TINY_PNG_BASE64 } from '../helpers/school';

async function scenario(call: Transport) {
  const out: Record<string, unknown> = {};
  const step = async (name: string, m: string, input: unknown) => ((out[name] = await call(m, input)) as { data: { id: number; record: { id: number } } }).data;
  await step('setup', 'school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
  const teacher = await step('teacher', 'staff.create', staffInput({}, 1));
  await step('dualTeacher', 'dualTeacher.create', { staffId: teacher.id, values: { level: '高级', certifiedDate: '2024-01-10' } });
  await step('certificate', 'staffCertificate.create', { staffId: teacher.id, values: { kind: '职业资格证书', name: '维修电工', level: '高级技师' } });
  await step('honour', 'honour.create', { staffId: teacher.id, values: { name: '名师', level: '省级', year: 2023 } });
  await step('qualifications', 'staffCertificate.list', { staffId: teacher.id });
  const first = await step('first', 'practice.create', { staffId: teacher.id, values: { enterpriseName: '甲企业', startDate: '2023-01-01', endDate: '2023-03-31', form: '集中实践' } });
  await step('second', 'practice.create', { staffId: teacher.id, values: { enterpriseName: '乙企业', startDate: '2023-03-01', endDate: '2023-06-28', form: '分段实践' } });
  await step('badCode', 'practice.create', { staffId: teacher.id, values: { enterpriseName: '丙企业', enterpriseCode: '91110000600037341M', startDate: '2024-01-01', endDate: '2024-01-02', form: '集中实践' } });
  const evidence = await step('evidence', 'practice.evidence.add', { practiceId: first.record.id, fileName: '../../证明.png', base64: TINY_PNG_BASE64 });
  await step('opened', 'practice.evidence.get', { id: evidence.id });
  await step('board', 'practice.statusBoard', { asOf: '2025-06-30' });
  await step('summary', 'practice.teacherSummary', { staffId: teacher.id, asOf: '2025-06-30' });
  await step('unknownTeacher', 'practice.teacherSummary', { staffId: 999 });
  // when evidence was added differs between runs
  return JSON.parse(JSON.stringify(out, (k, v) => (k === 'addedAt' ? '<time>' : v)));
}

describe('qualifications and practice over two transports', () => {
  const both = onBothTransports(scenario);

  it('gives identical results in-process and over HTTP', () => {
    const [local, http] = both.results();
    expect(http).toEqual(local);
  });

  it('answers as a registrar expects', () => {
    // JSON answers, read loosely in the assertions below
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const r = both.results()[0] as Record<string, { ok: boolean; data?: any; error?: any }>;
    expect(r.qualifications.data.map((c: { level: string }) => c.level)).toEqual(['一级']);
    expect(r.second.data.warnings).toEqual(['与 2023-01-01～2023-03-31（甲企业）的实践记录时间重叠：重叠的日子只计一次']);
    expect(r.badCode.error.fieldErrors).toEqual([{ field: 'enterpriseCode', message: '统一社会信用代码校验位（第18位）不正确，请核对每一位' }]);
    expect(r.opened.data).toMatchObject({ originalName: '证明.png', mimeType: 'image/png', base64: TINY_PNG_BASE64 });
    expect(r.evidence.data).not.toHaveProperty('storedName'); // the name in the data folder stays inside
    // 90 days, then 120 of which 31 overlap: 179 days, one short
    expect(r.board.data.rows).toEqual([expect.objectContaining({ staffNo: 'T0001', days: 179, status: '未达标', shortfallDays: 1 })]);
    expect(r.summary.data.compliance).toEqual(r.board.data.rows[0]);
    expect(r.unknownTeacher.error.code).toBe('NOT_FOUND');
  });
});
