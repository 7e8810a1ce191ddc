// A teacher or a student found by the pinyin of the name (the pickers of a practice record or an award, and the staff
// and student lists): cj → 陈静, by initials or syllables from the start of the name, every reading of a many-reading
// character.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';
import { studentInput } from '../../helpers/students';

describe('finding a teacher by pinyin', () => {
  let school: TestSchool;
  beforeAll(async () => {
    school = await openTestSchool();
    const names = ['陈静', '陈建国', '张三', '曾晓', '单雪梅'];
    for (const [i, name] of names.entries()) await school.ok('staff.create', staffInput({ name, idCard: makeIdCard('1980-01-01', '男', i + 1) }, i + 1));
  });
  afterAll(() => school.close());

  const found = async (search: string) => (await school.ok('staff.list', { search, pageSize: 50 })).rows.map((r) => r.name).sort();

  it.each([
    ['cj', ['陈建国', '陈静']],
    ['cjg', ['陈建国']],
    ['chenjing', ['陈静']],
    ['zs', ['张三']],
    // 曾 reads zeng or ceng; 单 dan, shan or chan (单于)
    ['zx', ['曾晓']],
    ['cx', ['单雪梅', '曾晓']],
    ['sxm', ['单雪梅']],
    ['dxm', ['单雪梅']],
  ])('%s finds %j', async (typed, names) => {
    expect(await found(typed)).toEqual([...names].sort());
  });

  it('finds by the 工号 and the name as before, and nothing for letters no name starts with', async () => {
    expect(await found('T0003')).toEqual(['张三']);
    expect(await found('陈')).toEqual(['陈建国', '陈静']);
    expect(await found('xq')).toEqual([]);
  });
});

describe('finding a student by pinyin', () => {
  let school: TestSchool;
  beforeAll(async () => {
    school = await openTestSchool();
    // two students of one name: both are found, each once
    const names = ['李娜', '李娜', '林南', '吕小宁', '乐乐'];
    for (const [i, name] of names.entries()) await school.ok('students.create', studentInput(i + 1, { name }));
  });
  afterAll(() => school.close());

  const found = async (search: string) => (await school.ok('students.list', { search, pageSize: 50 })).rows.map((r) => `${r.name}${r.studentNo}`).sort();

  it('finds by initials and syllables, the same name twice, a many-reading 乐', async () => {
    expect(await found('ln')).toEqual(['李娜S00001', '李娜S00002', '林南S00003']);
    expect(await found('lina')).toEqual(['李娜S00001', '李娜S00002']);
    expect(await found('lxn')).toEqual(['吕小宁S00004']);
    expect(await found('yl')).toEqual(['乐乐S00005']);
    expect(await found('S00003')).toEqual(['林南S00003']);
    expect(await found('qq')).toEqual([]);
  });
});
