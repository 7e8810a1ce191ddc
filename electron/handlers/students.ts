import type { Handlers } from '../../shared/contract';
import { AppError, type FieldIssue } from '../../shared/errors';
import { maskIdCard } from '../../shared/rules/idcard';
import type { ClassValues, StudentValues } from '../../shared/students';
import {
  deleteClass, deleteMajor, deleteStudentWithRecords, findClassByName, findMajorByCode, findMajorByName, findStudentByIdCard,
  findStudentByStudentNo, getClass, getMajor, getStudent, insertClass, insertMajor, insertStudent, listClasses, listMajors, listStudents,
  majorUsage, updateClass, updateMajor, updateStudent, type MajorRecord, type StudentColumns, type StudentRow,
} from '../../db/queries/students';
import { listCertificates } from '../../db/queries/certificates';
import { auditChange, auditEvent } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from './context';
import { assertNoIssues, clash, found, writeUnique } from './uniqueness';

type StudentsHandlers = Pick<
  Handlers,
  | 'majors.list' | 'majors.create' | 'majors.update' | 'majors.delete'
  | 'classes.list' | 'classes.create' | 'classes.update' | 'classes.delete'
  | 'students.list' | 'students.get' | 'students.create' | 'students.update' | 'students.delete'
>;

const majorLabel = (m: MajorRecord) => `${m.code} ${m.name}`;
const studentLabel = (s: { name: string; studentNo: string }) => `${s.name}（${s.studentNo}）`;
/** How a certificate reads in the audit trail: whose, which. */
export const certificateLabel = (s: { name: string; studentNo: string }, c: { name: string }) => `${studentLabel(s)}：${c.name}`;

export function requireStudent(ctx: HandlerContext, id: number): StudentRow {
  return found(getStudent(ctx.store.db, id), '找不到这名学生，可能已被删除。');
}

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

export function studentsHandlers(ctx: HandlerContext): StudentsHandlers {
  const db = () => ctx.store.db;
  const requireMajor = (id: number) => found(getMajor(db(), id), '找不到这个专业，可能已被删除。');
  const requireClass = (id: number) => found(getClass(db(), id), '找不到这个班级，可能已被删除。');
  const majorOut = (id: number) => listMajors(db()).find((m) => m.id === id)!;

  const majorClashes = (v: { code: string; name: string }, exceptId: number | null) => [
    ...clash('code', findMajorByCode(db(), v.code), exceptId, (m) => `专业代码 ${v.code} 已是“${m.name}”的代码`),
    ...clash('name', findMajorByName(db(), v.name), exceptId, (m) => `已有名为“${v.name}”的专业（代码 ${m.code}）`),
  ];

  /** A class names its major by name. */
  const classColumns = (v: ClassValues, exceptId: number | null) => {
    assertNoIssues(clash('name', findClassByName(db(), v.name), exceptId, () => `已有名为“${v.name}”的班级`));
    const major = findMajorByName(db(), v.majorName);
    if (!major) assertNoIssues([{ field: 'majorName', message: `没有名为“${v.majorName}”的专业，请先在“专业”页添加` }], 'VALIDATION');
    return { name: v.name, majorId: major!.id, entryYear: v.entryYear };
  };

  return {
    'majors.list': () => listMajors(db()),
    'majors.create': (values) =>
      inTransaction(ctx, () => {
        assertNoIssues(majorClashes(values, null));
        const row = insertMajor(db(), values);
        auditChange(db(), ctx, 'major', row.id, majorLabel(row), null, row);
        return majorOut(row.id);
      }),
    'majors.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        const before = requireMajor(id);
        assertNoIssues(majorClashes(values, id));
        const row = updateMajor(db(), id, values);
        auditChange(db(), ctx, 'major', id, majorLabel(row), before, row);
        return majorOut(id);
      }),
    'majors.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const before = requireMajor(id);
        const usage = majorUsage(db(), id);
        if (usage.classCount || usage.studentCount)
          throw new AppError('CONFLICT', `专业“${before.name}”下还有 ${usage.classCount} 个班级、${usage.studentCount} 名学生，请先调整他们的专业后再删除。`);
        deleteMajor(db(), id);
        auditChange(db(), ctx, 'major', id, majorLabel(before), before, null);
        return { id };
      }),

    'classes.list': ({ majorId }) => listClasses(db(), majorId),
    'classes.create': (values) =>
      inTransaction(ctx, () => {
        const row = insertClass(db(), classColumns(values, null));
        auditChange(db(), ctx, 'class', row.id, row.name, null, row);
        return requireClass(row.id);
      }),
    'classes.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        const before = requireClass(id);
        const row = updateClass(db(), id, classColumns(values, id));
        auditChange(db(), ctx, 'class', id, row.name, before, row);
        return requireClass(id);
      }),
    'classes.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const before = requireClass(id);
        if (before.studentCount) throw new AppError('CONFLICT', `班级“${before.name}”还有 ${before.studentCount} 名学生，请先调整他们的班级后再删除。`);
        deleteClass(db(), id);
        auditChange(db(), ctx, 'class', id, before.name, before, null);
        return { id };
      }),

    'students.list': (q) => {
      const { rows, total } = listStudents(db(), q);
      return { rows: rows.map((r) => ({ ...r, idCard: maskIdCard(r.idCard) })), total };
    },
    // the whole record with the full 身份证号, asked for by the edit form only: an explicit action, audited as 查看
    'students.get': ({ id }) =>
      inTransaction(ctx, () => {
        const row = requireStudent(ctx, id);
        auditEvent(db(), ctx, '查看', 'student', `${studentLabel(row)}：编辑时显示完整身份证号`);
        return row;
      }),
    'students.create': (values) => inTransaction(ctx, () => requireStudent(ctx, studentWriter(ctx).create(values))),
    'students.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        studentWriter(ctx).update(requireStudent(ctx, id), values);
        return requireStudent(ctx, id);
      }),
    'students.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const before = requireStudent(ctx, id);
        const certificates = listCertificates(db(), id);
        const removed = deleteStudentWithRecords(db(), id);
        for (const c of certificates) auditChange(db(), ctx, 'certificate', c.id, certificateLabel(before, c), c, null);
        auditChange(db(), ctx, 'student', id, studentLabel(before), before, null);
        return { id, ...removed };
      }),
  };
}
