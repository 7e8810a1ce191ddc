// The one way students are written, for the student handlers and the student import alike; and how a student
// and a certificate read in the audit trail.
import type { FieldIssue } from '@shared/errors';
import type { StudentValues } from '@shared/students';
import {
  findClassByName, findMajorByName, findStudentByIdCard, findStudentByStudentNo, getMajor, insertStudent, updateStudent,
  type StudentColumns, type StudentRow,
} from '../../db/queries/students';
import { auditChange } from '../../db/queries/audit';
import type { HandlerContext } from './context';
import { assertNoIssues, clash, writeUnique } from './guards';

/** How a student reads in the audit trail. */
export const studentLabel = (s: { name: string; studentNo: string }) => `${s.name}（${s.studentNo}）`;
/** How a certificate reads in the audit trail: whose, which. */
export const certificateLabel = (s: { name: string; studentNo: string }, c: { name: string }) => `${studentLabel(s)}：${c.name}`;

/** find(name), asked once per name. */
function onceByName<T>(find: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (!answers.has(name)) answers.set(name, find(name));
    return answers.get(name) as T;
  };
}

/**
 * The one way students are written: the form's create and update, and every row of an import, which makes one
 * writer for all its rows so that each class and major is looked up by name once. 学号 and 身份证号 are kept unique
 * by the table's unique indexes; the rest is checked before the single statement that writes, so a refused student
 * leaves nothing behind.
 */
export function studentWriter(ctx: HandlerContext) {
  const db = ctx.store.db;
  const classNamed = onceByName((name) => findClassByName(db, name));
  const majorNamed = onceByName((name) => findMajorByName(db, name));

  const clashes = (v: StudentValues, exceptId: number | null) => [
    ...clash('studentNo', findStudentByStudentNo(db, v.studentNo), exceptId, (s) => `学号 ${v.studentNo} 已被 ${s.name} 使用`),
    ...clash('idCard', findStudentByIdCard(db, v.idCard), exceptId, (s) => `该身份证号已登记（${s.name}，学号 ${s.studentNo}）`),
  ];

  /** 专业 and 班级 are named and must exist and agree; a taken 学号 or 身份证号 is reported before them. */
  const references = (v: StudentValues, exceptId: number | null): Pick<StudentColumns, 'majorId' | 'classId'> => {
    const issues: FieldIssue[] = [];
    const klass = v.className ? classNamed(v.className) : undefined;
    if (v.className && !klass) issues.push({ field: 'className', message: `没有名为“${v.className}”的班级，请先在“班级”页添加` });
    const major = v.majorName ? majorNamed(v.majorName) : undefined;
    if (v.majorName && !major) issues.push({ field: 'majorName', message: `没有名为“${v.majorName}”的专业，请先在“专业”页添加` });
    if (klass && major && klass.majorId !== major.id)
      issues.push({ field: 'majorName', message: `班级“${klass.name}”属于专业“${getMajor(db, klass.majorId)?.name}”，与所填专业不一致` });
    if (issues.length) {
      assertNoIssues(clashes(v, exceptId));
      assertNoIssues(issues, 'VALIDATION');
    }
    return { majorId: major?.id ?? klass?.majorId ?? null, classId: klass?.id ?? null };
  };

  return {
    /** Returns the new student's id. */
    create(values: StudentValues): number {
      // The names ride along unread: copying the row without them would cost as much as writing it.
      const after = { ...values, ...references(values, null) };
      const id = writeUnique(() => insertStudent(db, after), () => clashes(values, null));
      auditChange(db, ctx, 'student', id, studentLabel(values), null, after);
      return id;
    },
    update(before: StudentRow, values: StudentValues): void {
      const { majorName: _majorName, className: _className, ...fields } = values;
      const after = { ...fields, ...references(values, before.id) };
      writeUnique(() => updateStudent(db, before.id, after), () => clashes(values, before.id));
      auditChange(db, ctx, 'student', before.id, studentLabel(values), before, after);
    },
  };
}
