// A teacher found by the pinyin of the name (the staff picker of a practice record or an award, and the staff list):
// cj → 陈静, by initials or syllables from the start of the name, every reading of a many-reading character.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';

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
