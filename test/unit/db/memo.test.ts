// Figures remembered until the data changes: computed again after a write on this connection, after another
// connection's commit (an import's worker), with other arguments, and always inside a transaction.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { Store } from '../../../db/store';
import { untilDataChanges } from '../../../db/memo';
import { openTestSchool, type TestSchool } from '../../helpers/school';

let school: TestSchool;
let store: Store;
let other: Store;
beforeEach(async () => {
  school = await openTestSchool();
  store = school.app.store;
  other = Store.attach(school.dir);
});
afterEach(() => {
  other.close();
  school.close();
});

const write = (s: Store) => s.db.run(sql`insert into settings (key, value) values (${`k${Math.random()}`}, '1')`);

describe('untilDataChanges', () => {
  it('computes once while nothing changes, and again after any write', () => {
    let runs = 0;
    const majors = untilDataChanges((db, year: number) => {
      runs++;
      return { year, count: db.get<{ n: number }>(sql`select count(*) as n from majors`).n };
    });
    const first = majors(store.db, 2025);
    expect(majors(store.db, 2025)).toBe(first);
    expect(runs).toBe(1);

    majors(store.db, 2024);
    expect(runs).toBe(2);
    expect(majors(store.db, 2025)).toBe(first);

    write(store);
    majors(store.db, 2025);
    expect(runs).toBe(3);

    write(other);
    majors(store.db, 2025);
    expect(runs).toBe(4);
    majors(store.db, 2025);
    expect(runs).toBe(4);
  });

  it('always computes inside a transaction, whose writes may be undone', () => {
    let runs = 0;
    const counted = untilDataChanges(() => ++runs);
    counted(store.db);
    store.sqlite.transaction(() => {
      expect(counted(store.db)).toBe(2);
      expect(counted(store.db)).toBe(3);
    })();
    expect(counted(store.db)).toBe(1);
  });
});
