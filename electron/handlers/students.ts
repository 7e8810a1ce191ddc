import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { maskIdCard } from '@shared/rules/idcard';
import type { ClassValues } from '@shared/students';
import {
  deleteClass, deleteMajor, deleteStudentWithRecords, findClassByName, findMajorByCode, findMajorByName, getClass, getMajor, insertClass,
  insertMajor, listClasses, listMajors, listStudents, majorUsage, updateClass, updateMajor, type MajorRecord,
} from '../../db/queries/students';
import { listCertificates } from '../../db/queries/certificates';
import { auditChange, auditEvent } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';
import { assertNoIssues, clash, found, requireStudent } from '../records/guards';
import { certificateLabel, studentLabel, studentWriter } from '../records/studentWriter';

type StudentsHandlers = Pick<
  Handlers,
  | 'majors.list' | 'majors.create' | 'majors.update' | 'majors.delete'
  | 'classes.list' | 'classes.create' | 'classes.update' | 'classes.delete'
  | 'students.list' | 'students.get' | 'students.create' | 'students.update' | 'students.delete'
>;

const majorLabel = (m: MajorRecord) => `${m.code} ${m.name}`;
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
