// Characters that show nothing (docs/SECURITY.md): `H0027` followed by U+202E was stored as a second 工号 that looks like the
// first. Each invisible or bidi control character, in 工号, 姓名 and 身份证号, through the form (the dispatcher, as
// every transport calls it) and through an import, is removed, so what looks the same is the same.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestSchool, type TestSchool } from '../../helpers/school';
import { makeIdCard, staffInput } from '../../helpers/people';

const INVISIBLE: [name: string, char: string][] = [
  ['zero-width space', '\u200B'],
  ['zero-width non-joiner', '\u200C'],
  ['zero-width joiner', '\u200D'],
  ['word joiner', '\u2060'],
  ['byte order mark', '\uFEFF'],
  ['right-to-left override', '\u202E'],
  ['left-to-right override', '\u202D'],
  ['left-to-right embedding', '\u202A'],
  ['pop directional formatting', '\u202C'],
  ['left-to-right isolate', '\u2066'],
  ['pop directional isolate', '\u2069'],
  ['left-to-right mark', '\u200E'],
  ['right-to-left mark', '\u200F'],
  ['Arabic letter mark', '\u061C'],
  ['soft hyphen', '\u00AD'],
  ['Mongolian vowel separator', '\u180E'],
  ['variation selector', '\uFE0F'],
];

let school: TestSchool;
beforeEach(async () => {
  school = await openTestSchool();
});
afterEach(() => school.close());

const stored = async () => (await school.ok('staff.list', { pageSize: 500 })).rows.map((r) => ({ staffNo: r.staffNo, name: r.name }));

describe('invisible characters through the form', () => {
  it.each(INVISIBLE)('removes a %s from 工号, 姓名 and 身份证号, so the look-alike 工号 is the same one', async (_name, c) => {
    const idCard = makeIdCard('1985-03-12', '男', 7);
    await school.ok('staff.create', staffInput({ staffNo: `H00${c}27${c}`, name: `${c}张${c}三`, idCard: `${idCard.slice(0, 9)}${c}${idCard.slice(9)}` }, 7));
    expect(await stored()).toEqual([{ staffNo: 'H0027', name: '张三' }]);
    const twin = await school.call('staff.create', staffInput({ staffNo: `H0027${c}`, idCard: makeIdCard('1986-04-01', '女', 8) }, 8));
    expect(twin).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
  });

  it('folds full-width letters and digits in a 工号 and a 身份证号', async () => {
    const idCard = makeIdCard('1985-03-12', '男', 7);
    const fullWidth = (s: string) => s.replace(/[0-9A-Z]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0));
    await school.ok('staff.create', staffInput({ staffNo: 'Ｈ００２７', idCard: fullWidth(idCard) }, 7));
    const [row] = (await school.ok('staff.list', { pageSize: 5 })).rows;
    expect(row.staffNo).toBe('H0027');
    expect(school.app.store.sqlite.prepare('select id_card from staff where id = ?').pluck().get(row.id)).toBe(idCard);
  });
});

describe('invisible characters through an import', () => {
  it('reads every one of them out of 工号, 姓名 and the header, and the rows match the teachers typed plainly', async () => {
    const lines = [`\uFEFF工号\u200B,姓名,身份证号,来校日期,岗位类别,任教类别`];
    INVISIBLE.forEach(([, c], i) => {
      const idCard = makeIdCard('1980-01-01', i % 2 ? '男' : '女', i + 1);
      lines.push(`T${String(i + 1).padStart(3, '0')}${c},王${c}伟${i},${idCard.slice(0, 6)}${c}${idCard.slice(6)},2015-09-01,专任教师,专业课`);
    });
    const source = { kind: 'staff' as const, fileName: 'roster.csv', base64: Buffer.from(lines.join('\n')).toString('base64') };
    const inspection = await school.ok('import.inspect', source);
    expect(inspection.columns[0]).toMatchObject({ header: '工号', field: 'staffNo' });
    const run = { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'add' as const };
    const result = await school.ok('import.commit', run);
    expect(result.rejected).toEqual([]);
    expect(result.imported).toBe(INVISIBLE.length);
    expect(await stored()).toEqual(INVISIBLE.map((_, i) => ({ staffNo: `T${String(i + 1).padStart(3, '0')}`, name: `王伟${i}` })));
  });
});

describe('an upsert of a roster with full-width and invisible 工号', () => {
  it('updates the teacher saved as H0027 instead of refusing a second one', async () => {
    const idCard = makeIdCard('1985-03-12', '男', 7);
    await school.ok('staff.create', staffInput({ staffNo: 'H0027', name: '张三', idCard }, 7));
    const csv = `工号,姓名,身份证号,来校日期,岗位类别,任教类别\nＨ００２７\u200B,张三,${idCard},2016-09-01,专任教师,专业课\n`;
    const source = { kind: 'staff' as const, fileName: 'roster.csv', base64: Buffer.from(csv).toString('base64') };
    const inspection = await school.ok('import.inspect', source);
    const run = { ...source, sheet: inspection.sheet, mapping: inspection.columns.map((c) => ({ column: c.column, field: c.field })), mode: 'upsert' as const };
    const result = await school.ok('import.commit', run);
    expect(result).toMatchObject({ imported: 0, updated: 1, rejected: [] });
    const rows = (await school.ok('staff.list', { pageSize: 5 })).rows;
    expect(rows.map((r) => [r.staffNo, r.joinDate])).toEqual([['H0027', '2016-09-01']]);
  });
});
