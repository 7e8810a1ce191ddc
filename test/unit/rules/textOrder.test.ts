// byText sorts as SQLite's ORDER BY does, so rows read unsorted and sorted in JavaScript list as the SQL did.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { byText } from '@shared/textOrder';

describe('byText', () => {
  it('puts nulls first and orders text as SQLite BINARY does', () => {
    const texts = ['计算机2202班', null, 'S00010', 'S0009', '电商2201班', '2021000001', 'T0001', '计算机2201班', 'a', 'B', '', null, '买买提·艾力', '2021-09-01'];
    const sqlite = new Database(':memory:');
    sqlite.exec('create table t (v text)');
    const insert = sqlite.prepare('insert into t values (?)');
    for (const t of texts) insert.run(t);
    const bySqlite = sqlite.prepare('select v from t order by v').pluck().all();
    sqlite.close();
    expect([...texts].sort(byText)).toEqual(bySqlite);
  });
});
