// Competition awards: people picked by id, outsiders by name, and the summary by year × level × prize with students
// and staff apart.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiClient } from '../../../renderer/api/client';
import type { AwardInput } from '@shared/awards';
import { awardSummary, type PersonRef } from '@shared/awards';
import { openSchool, rejection, studentInput } from '../../helpers/students';
import { staffInput } from '../../helpers/people';

let api: ApiClient;
let close: () => void;
beforeEach(async () => ({ api, close } = await openSchool()));
afterEach(() => close());

const award = (over: Partial<AwardInput>): AwardInput => ({
  competition: '全国职业院校技能大赛', system: '教育', level: '国家级', year: 2025, event: '网络系统管理', prize: '一等奖', isTeam: false,
  participants: [], advisors: [], ...over,
});

describe('awards', () => {
  it('keeps participants and advisors with their names and numbers', async () => {
    const student = await api.call('students.create', studentInput(1, { name: '林小雨' }));
    const teacher = await api.call('staff.create', staffInput({ name: '陈静' }, 1));
    const saved = await api.call('awards.create', award({ participants: [{ studentId: student.id }], advisors: [{ staffId: teacher.id }, { externalName: '华为 张工' }] }));
    expect(saved.participants).toEqual([{ studentId: student.id, staffId: null, externalName: null, name: '林小雨', number: 'S00001' }]);
    expect(saved.advisors.map((p) => [p.name, p.number])).toEqual([['陈静', 'T0001'], ['华为 张工', null]]);
    const updated = await api.call('awards.update', { id: saved.id, values: award({ prize: '二等奖', participants: [{ studentId: student.id }], advisors: [] }) });
    expect(updated).toMatchObject({ prize: '二等奖', advisors: [] });
    expect(await api.call('awards.list', { year: 2024 })).toEqual([]);
    expect((await api.call('awards.list', { level: '国家级' })).map((a) => a.prize)).toEqual(['二等奖']);
    await api.call('awards.delete', { id: saved.id });
    expect(await api.call('awards.list', {})).toEqual([]);
  });

  it('says what is wrong with the people', async () => {
    const student = await api.call('students.create', studentInput(1));
    const none = await rejection(api.call('awards.create', award({})));
    expect(none.fieldErrors).toEqual([{ field: 'participants', message: '请至少选择一位参赛者' }]);
    const two = await rejection(api.call('awards.create', award({ participants: [{ studentId: student.id }, { externalName: '外校选手' }] })));
    expect(two.fieldErrors).toEqual([{ field: 'participants', message: '个人赛只能有一位参赛者；多人参赛请选“团体”' }]);
    const studentAdvisor = await rejection(api.call('awards.create', award({ participants: [{ studentId: student.id }], advisors: [{ studentId: student.id }] })));
    expect(studentAdvisor.fieldErrors).toEqual([{ field: 'advisors', message: '指导教师应为教职工或校外人员' }]);
    const both = await rejection(api.call('awards.create', award({ participants: [{ studentId: student.id, externalName: '林小雨' }] })));
    expect(both.fieldErrors).toEqual([{ field: 'participants', message: '每一位只能是本校学生、本校教职工或校外人员中的一种' }]);
    const gone = await rejection(api.call('awards.create', award({ participants: [{ studentId: 999 }] })));
    expect(gone.fieldErrors).toEqual([{ field: 'participants', message: '第1位参赛者已不在名册中，请重新选择' }]);
  });

  it('summarises by year × level × prize, students and staff apart', async () => {
    const s = [];
    for (let i = 1; i <= 3; i++) s.push((await api.call('students.create', studentInput(i))).id);
    const t1 = (await api.call('staff.create', staffInput({}, 1))).id;
    const t2 = (await api.call('staff.create', staffInput({}, 2))).id;
    await api.call('awards.create', award({ isTeam: true, participants: [{ studentId: s[0] }, { studentId: s[1] }], advisors: [{ staffId: t1 }] }));
    await api.call('awards.create', award({ participants: [{ studentId: s[2] }], advisors: [{ staffId: t1 }, { staffId: t2 }] }));
    await api.call('awards.create', award({ competition: '全国职业院校技能大赛教学能力比赛', isTeam: true, participants: [{ staffId: t1 }, { staffId: t2 }, { externalName: '外聘 王工' }] }));
    await api.call('awards.create', award({ level: '省级', prize: '三等奖', participants: [{ studentId: s[0] }] }));
    await api.call('awards.create', award({ year: 2024, participants: [{ studentId: s[0] }] }));
    expect(await api.call('awards.summary', { year: 2025 })).toEqual([
      { year: 2025, level: '国家级', prize: '一等奖', studentAwards: 2, students: 3, staffAwards: 1, staff: 2, advisors: 3 },
      { year: 2025, level: '省级', prize: '三等奖', studentAwards: 1, students: 1, staffAwards: 0, staff: 0, advisors: 0 },
    ]);
    expect((await api.call('awards.summary', {})).map((r) => r.year)).toEqual([2025, 2025, 2024]);
  });

  it('orders the summary by year, then level and prize in vocabulary order', () => {
    const a = (year: number, level: AwardInput['level'], prize: AwardInput['prize']) => ({ year, level, prize, participants: [], advisors: [] });
    expect(awardSummary([a(2024, '国家级', '一等奖'), a(2025, '市级', '二等奖'), a(2025, '国家级', '三等奖'), a(2025, '国家级', '一等奖')]).map((r) => `${r.year}${r.level}${r.prize}`)).toEqual([
      '2025国家级一等奖', '2025国家级三等奖', '2025市级二等奖', '2024国家级一等奖',
    ]);
  });

  it('counts a person once per award, and outsiders not at all', () => {
    const person = (over: Partial<PersonRef>): PersonRef => ({ studentId: null, staffId: null, externalName: null, ...over });
    const listedTwice = {
      year: 2025, level: '国家级' as const, prize: '一等奖' as const,
      participants: [person({ studentId: 7 }), person({ externalName: '外校 李明' }), person({ studentId: 7 }), person({ studentId: 8 }), person({ staffId: 3 })],
      advisors: [person({ staffId: 3 }), person({ staffId: 3 }), person({ externalName: '外聘 王工' })],
    };
    expect(awardSummary([listedTwice])).toEqual([{ year: 2025, level: '国家级', prize: '一等奖', studentAwards: 1, students: 2, staffAwards: 1, staff: 1, advisors: 1 }]);
  });
});
