// The roster's search and paging (db/queries/listSearch.ts): what a registrar finds on hand-made students, the same
// page as a plain filter-and-sort on a demo school whichever plan is taken, and every query read from an index.
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as schema from '../../../db/schema';
import { listStudents, type StudentRecord } from '../../../db/queries/students';
import { generateDemoSchool } from '../../../seeds/demo';
import type { ApiClient } from '../../../renderer/api/client';
import type { StudentListQuery } from '@shared/students';
import { openSchool, studentInput } from '../../helpers/students';
import { makeIdCard, staffInput } from '../../helpers/people';
import { logStatements } from '../../helpers/queryPlans';
import { nameMatchesPinyin } from '@shared/optionMatch';

describe('search as registrars type it', () => {
  let api: ApiClient;
  let close: () => void;
  beforeEach(async () => ({ api, close } = await openSchool()));
  afterEach(() => close());

  const names = async (q: StudentListQuery) => (await api.call('students.list', q)).rows.map((r) => r.name);

  it('finds a student by 姓名, 学号 or 身份证号 typed from its start', async () => {
    // a 身份证号 whose check character is X, to type in lower case
    const seqX = Array.from({ length: 50 }, (_, i) => i + 10).find((i) => makeIdCard('2007-05-01', i % 2 ? '男' : '女', i, '331101').endsWith('X'))!;
    await api.call('students.create', studentInput(1, { name: '林小雨' }));
    await api.call('students.create', studentInput(2, { name: '林涛' }));
    await api.call('students.create', studentInput(3, { name: '欧阳林' }));
    await api.call('students.create', studentInput(seqX, { name: '王芳' }));
    const idX = studentInput(seqX).idCard;

    expect(await names({ search: '林' })).toEqual(['林小雨', '林涛']);
    expect(await names({ search: '林小雨' })).toEqual(['林小雨']);
    expect(await names({ search: '欧阳' })).toEqual(['欧阳林']);
    // the given name alone is not a start
    expect(await names({ search: '小雨' })).toEqual([]);
    expect(await names({ search: 'S00002' })).toEqual(['林涛']);
    expect(await names({ search: 's0000' })).toEqual(['林小雨', '林涛', '欧阳林']);
    expect(await names({ search: idX })).toEqual(['王芳']);
    expect(await names({ search: idX.toLowerCase() })).toEqual(['王芳']);
    expect(await names({ search: idX.slice(0, 16) })).toEqual(['王芳']);
    expect(await names({ search: studentInput(1).idCard.slice(0, 6), sortBy: 'name', sortOrder: 'desc' })).toEqual(['王芳', '欧阳林', '林涛', '林小雨']);
    for (const search of ['%', '_', '林%', '龘']) expect(await names({ search })).toEqual([]);
  });

  it('orders equal names by 学号, in the direction asked', async () => {
    for (const [seq, name] of [[3, '陈晨'], [1, '陈晨'], [2, '陈安']] as const) await api.call('students.create', studentInput(seq, { name }));
    const order = async (sortOrder: 'asc' | 'desc') => (await api.call('students.list', { sortBy: 'name', sortOrder })).rows.map((r) => `${r.name}${r.studentNo}`);
    expect(await order('asc')).toEqual(['陈安S00002', '陈晨S00001', '陈晨S00003']);
    expect(await order('desc')).toEqual(['陈晨S00003', '陈晨S00001', '陈安S00002']);
  });

  it('finds staff the same way', async () => {
    await api.call('staff.create', staffInput({ name: '陈静' }, 1));
    await api.call('staff.create', staffInput({ name: '王陈' }, 2));
    const staffNames = async (search: string) => (await api.call('staff.list', { search })).rows.map((r) => r.name);
    expect(await staffNames('陈')).toEqual(['陈静']);
    expect(await staffNames('t0002')).toEqual(['王陈']);
    expect(await staffNames(staffInput({}, 2).idCard)).toEqual(['王陈']);
    expect(await staffNames('%')).toEqual([]);
  });
});

describe('a demo school of 2,000 students', { timeout: 60_000 }, () => {
  const sqlite = new Database(':memory:');
  migrate(drizzle(sqlite, { schema }), { migrationsFolder: fileURLToPath(new URL('../../../db/migrations', import.meta.url)) });
  generateDemoSchool(sqlite, { type: '中职', staff: 60, students: 2000, asOf: '2025-10-31' });
  const log = logStatements(sqlite);
  const db = drizzle(sqlite, { schema });
  afterAll(() => sqlite.close());

  const everyone = sqlite.prepare('select * from students').all() as Record<string, unknown>[];
  const sample = everyone[1234] as { name: string; student_no: string; id_card: string; class_id: number; major_id: number };
  const list = (q: StudentListQuery) => listStudents(db, { sortBy: 'studentNo', sortOrder: 'asc', page: 1, pageSize: 20, ...q } as never);

  /** The same page by filtering and sorting every row in memory. */
  function expected(q: StudentListQuery): { ids: number[]; total: number } {
    const column = { studentNo: 'student_no', name: 'name', entryYear: 'entry_year', expectedGraduationYear: 'expected_graduation_year' }[q.sortBy ?? 'studentNo'];
    const prefixes = q.search ? [q.search, q.search.toUpperCase()] : [];
    const rows = everyone.filter(
      (s) =>
        (!q.search || ['name', 'student_no', 'id_card'].some((c) => prefixes.some((p) => String(s[c]).startsWith(p))) || nameMatchesPinyin(String(s.name), q.search)) &&
        (q.majorId === undefined || s.major_id === q.majorId) &&
        (q.classId === undefined || s.class_id === q.classId) &&
        (q.entryYear === undefined || s.entry_year === q.entryYear) &&
        (q.status === undefined || s.status === q.status),
    );
    const key = (s: Record<string, unknown>) => [s[column] as string | number, s.student_no as string] as const;
    const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);
    rows.sort((a, b) => (q.sortOrder === 'desc' ? -1 : 1) * (cmp(key(a)[0], key(b)[0]) || cmp(key(a)[1], key(b)[1])));
    const size = q.pageSize ?? 20;
    const from = ((q.page ?? 1) - 1) * size;
    return { ids: rows.slice(from, from + size).map((s) => s.id as number), total: rows.length };
  }

  const searches = [undefined, sample.name.slice(0, 1), sample.name, sample.student_no.slice(0, 4), sample.student_no, sample.id_card.slice(0, 6), sample.id_card, '2', 'x', '龘'];
  const filters: StudentListQuery[] = [{}, { status: '在籍' }, { status: '休学' }, { entryYear: 2024 }, { majorId: sample.major_id }, { classId: sample.class_id }, { majorId: sample.major_id, entryYear: 2023, status: '在籍' }];
  const sorts = (['studentNo', 'name', 'entryYear', 'expectedGraduationYear'] as const).flatMap((sortBy) => (['asc', 'desc'] as const).map((sortOrder) => ({ sortBy, sortOrder })));
  const queries = searches.flatMap((search) => filters.flatMap((f) => sorts.map((s) => ({ search, ...f, ...s }))));

  it('gives the page and total of a plain filter and sort, whichever plan it takes', () => {
    log.statements.length = 0;
    queries.forEach((first, i) => {
      const q = i % 2 ? { ...first, page: 4, pageSize: 7 } : first;
      const { rows, total } = list(q);
      expect({ q, ids: rows.map((r: StudentRecord) => r.id), total }).toEqual({ q, ...expected(q) });
    });
    // both plans were taken: along the sort column's index, and collecting the driver's rows (unary + in the order)
    const pageQueries = log.statements.filter((s) => s.source.startsWith('select "id" from "students"'));
    expect(pageQueries.some((s) => s.source.includes('order by +'))).toBe(true);
    expect(pageQueries.some((s) => !s.source.includes('order by +'))).toBe(true);
  });

  /** EXPLAIN QUERY PLAN of every statement one list call runs, by its SQL. */
  const plans = (q: StudentListQuery) => log.plans(() => list(q));
  const totalPlan = (q: StudentListQuery) => plans(q).find((s) => s.source.startsWith('select count(*) from "students" where'))?.plan;
  const pagePlan = (q: StudentListQuery) => plans(q).find((s) => s.source.startsWith('select "id" from "students"'))?.plan;

  it('reads every count and page from an index of the roster, never scanning the table', () => {
    for (const q of queries) for (const { plan } of plans(q)) expect(plan).not.toMatch(/SCAN students(?! USING)/);
  });

  it('counts a search with filters from the search column’s index alone', () => {
    const search = sample.name.slice(0, 1);
    expect(totalPlan({ search, status: '在籍', entryYear: 2024, majorId: sample.major_id })).toBe('SEARCH students USING COVERING INDEX students_name_idx (name>? AND name<?)');
    expect(totalPlan({ search: sample.id_card.slice(0, 6), status: '在籍' })).toBe('SEARCH students USING COVERING INDEX students_id_card_idx (id_card>? AND id_card<?)');
    expect(totalPlan({ search: '2', status: '在籍' })).toMatch(/^SEARCH students USING (COVERING INDEX students_roster_idx \(student_no>\? AND student_no<\?\)|(COVERING )?INDEX students_status_idx \(status=\?\))$/);
  });

  it('reads a filtered page along the sort column’s index, without sorting', () => {
    expect(pagePlan({ status: '在籍' })).toBe('SCAN students USING COVERING INDEX students_roster_idx');
    expect(pagePlan({ status: '在籍', sortBy: 'entryYear', sortOrder: 'desc' })).toBe('SCAN students USING COVERING INDEX students_entry_year_idx');
    expect(pagePlan({ status: '在籍', sortBy: 'expectedGraduationYear' })).toBe('SCAN students USING COVERING INDEX students_grad_year_idx');
    expect(pagePlan({ status: '在籍', sortBy: 'name', sortOrder: 'desc' })).toBe('SCAN students USING COVERING INDEX students_name_idx');
    expect(pagePlan({ search: sample.student_no.slice(0, 4) })).toMatch(/^SEARCH students USING COVERING INDEX students_(student_no_unique|roster_idx) \(student_no>\? AND student_no<\?\)$/);
  });
});
