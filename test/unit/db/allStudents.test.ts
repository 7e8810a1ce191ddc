// The 学生名册's query reads the students a page at a time: across the pages every student comes once, by 学号,
// with the same values as the one-student query, and the list can be read again.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { openApp, type App } from '../../../electron/appContext';
import { allStudents, getStudent } from '../../../db/queries/students';
import { generateDemoSchool } from '../../../seeds/demo';
import { tempDataDir } from '../../helpers/dataDir';

const data = tempDataDir();
let app: App;

beforeAll(async () => {
  app = await openApp({ dataDir: data.dir });
  // more than two pages, the last one partly filled
  generateDemoSchool(app.store.sqlite, { type: '中职', staff: 5, students: 2345, asOf: '2025-08-31' });
});
afterAll(() => {
  app?.close();
  data.cleanup();
});

it('gives every student once, by 学号, as getStudent does, each time it is read', () => {
  const rows = [...allStudents(app.store.db)];
  const numbers = app.store.sqlite.prepare('select student_no from students order by student_no').pluck().all();
  expect(rows.map((r) => r.studentNo)).toEqual(numbers);
  expect(rows.length).toBe(2345);
  for (const row of rows) expect(row).toEqual(getStudent(app.store.db, row.id));
  expect([...allStudents(app.store.db)]).toEqual(rows);
});
