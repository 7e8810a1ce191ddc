// The rows behind an indicator's numerator or denominator, as a plain table for the click-through.
import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import { awards, classes, majors, practiceRecords, staff, students } from '../schema';
import type { Db } from '../open';
import type { Drill } from '@shared/indicators';

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** column in ids, the ids bound as one JSON text: a city's 100,000 在籍 students are more than SQLite's limit of
 * bound parameters. */
const among = (column: SQLiteColumn, ids: number[]) => inArray(column, sql`(select value from json_each(${JSON.stringify(ids)}))`);

export function drillRows(db: Db, entity: Drill['entity'], ids: number[]): { columns: string[]; rows: string[][] } {
  if (ids.length === 0) return { columns: [], rows: [] };
  switch (entity) {
    case 'staff':
      return {
        columns: ['工号', '姓名', '岗位类别', '任教类别', '任教专业', '最高学历', '专业技术职称'],
        rows: db.select().from(staff).where(among(staff.id, ids)).orderBy(asc(staff.staffNo)).all()
          .map((s) => [s.staffNo, s.name, s.postCategory, s.teachingCategory, s.teachingMajor, s.highestEducation, s.title].map(text)),
      };
    case 'students':
      return {
        columns: ['学号', '姓名', '专业', '班级', '入学年份', '状态'],
        rows: db
          .select({ no: students.studentNo, name: students.name, major: majors.name, cls: classes.name, entry: students.entryYear, status: students.status })
          .from(students)
          .leftJoin(majors, eq(students.majorId, majors.id))
          .leftJoin(classes, eq(students.classId, classes.id))
          .where(among(students.id, ids))
          .orderBy(asc(students.studentNo))
          .all()
          .map((s) => [s.no, s.name, s.major, s.cls, s.entry, s.status].map(text)),
      };
    case 'practice':
      return {
        columns: ['工号', '姓名', '实践单位', '开始日期', '结束日期', '实践天数', '形式'],
        rows: db
          .select({ no: staff.staffNo, name: staff.name, p: practiceRecords })
          .from(practiceRecords)
          .innerJoin(staff, eq(staff.id, practiceRecords.staffId))
          .where(among(practiceRecords.id, ids))
          .orderBy(asc(practiceRecords.startDate))
          .all()
          .map((r) => [r.no, r.name, r.p.enterpriseName, r.p.startDate, r.p.endDate, r.p.days, r.p.form].map(text)),
      };
    case 'awards':
      return {
        columns: ['年度', '比赛名称', '赛项', '级别', '奖项'],
        rows: db.select().from(awards).where(among(awards.id, ids)).orderBy(asc(awards.level), asc(awards.prize)).all()
          .map((a) => [a.year, a.competition, a.event, a.level, a.prize].map(text)),
      };
  }
}
