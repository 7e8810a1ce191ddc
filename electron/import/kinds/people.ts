// Whose record a row is: a teacher or a student found by number, by 身份证号, or by a unique name; and the people an
// award lists in one cell (张三（S001）、李四 / 张三 李四), each found the same way.
import type { FieldDescriptor } from '@shared/fields';
import type { FieldIssue } from '@shared/errors';
import type { PersonRef } from '@shared/awards';
import { staffListQuerySchema } from '@shared/staff';
import { studentListQuerySchema } from '@shared/students';
import { normalizeIdCard } from '@shared/rules/idcard';
import { normalizeIdentifier } from '@shared/text';
import { listStaff, staffRefByIdCard, staffRefByNo } from '../../../db/queries/staff';
import { listStudents, studentRefByIdCard, studentRefByNo } from '../../../db/queries/students';
import type { Db } from '../../../db/open';
import { nameKey, text, type Values } from './common';

export const REF = { number: 'ref.number', idCard: 'ref.idCard', name: 'ref.name' } as const;

export interface Person {
  id: number;
  name: string;
  number: string;
}

export interface PersonLookup {
  who: string;
  numberLabel: string;
  numberSynonyms: readonly string[];
  nameSynonyms: readonly string[];
  byNumber(db: Db, n: string): Person | undefined;
  byIdCard(db: Db, id: string): Person | undefined;
  byName(db: Db, name: string): Person[];
}

export const staffLookup: PersonLookup = {
  who: '教职工',
  numberLabel: '工号',
  numberSynonyms: ['职工号', '教工号', '教师工号', '教职工号', '人员编号'],
  nameSynonyms: ['教师姓名', '职工姓名', '教职工姓名', '实践教师'],
  byNumber: staffRefByNo,
  byIdCard: staffRefByIdCard,
  byName: (db, name) =>
    listStaff(db, staffListQuerySchema.parse({ search: name, pageSize: 500 })).rows.filter((s) => s.name === name).map((s) => ({ id: s.id, name: s.name, number: s.staffNo })),
};

export const studentLookup: PersonLookup = {
  who: '学生',
  numberLabel: '学号',
  numberSynonyms: ['学籍号', '学生学号', '学生编号'],
  nameSynonyms: ['学生姓名'],
  byNumber: studentRefByNo,
  byIdCard: studentRefByIdCard,
  byName: (db, name) =>
    listStudents(db, studentListQuerySchema.parse({ search: name, pageSize: 500 })).rows.filter((s) => s.name === name).map((s) => ({ id: s.id, name: s.name, number: s.studentNo })),
};

export function refFields(l: PersonLookup): FieldDescriptor[] {
  const section = `所属${l.who}`;
  return [
    { key: REF.number, label: l.numberLabel, kind: 'text', section, synonyms: l.numberSynonyms },
    { key: REF.idCard, label: '身份证号', kind: 'idCard', section, synonyms: ['身份证号码', '公民身份号码', '居民身份证号', '证件号码', '身份证件号'] },
    { key: REF.name, label: '姓名', kind: 'text', section, synonyms: l.nameSynonyms },
  ];
}

/** The person a row belongs to, or the issue saying why none (or more than one) was found. */
export function resolvePerson(l: PersonLookup, db: Db, values: Values): Person | FieldIssue[] {
  const number = normalizeIdentifier(text(values[REF.number]));
  const idCard = normalizeIdCard(text(values[REF.idCard]));
  const name = nameKey(values[REF.name]);
  let found: Person | undefined;
  if (number) {
    found = l.byNumber(db, number);
    if (!found) return [{ field: REF.number, message: `没有${l.numberLabel}为 ${number} 的${l.who}，请先导入或添加这位${l.who}` }];
  } else if (idCard) {
    found = l.byIdCard(db, idCard);
    if (!found) return [{ field: REF.idCard, message: `没有登记这个身份证号的${l.who}，请先导入或添加这位${l.who}` }];
  } else if (name) {
    const all = l.byName(db, name);
    if (all.length === 0) return [{ field: REF.name, message: `没有名为 ${name} 的${l.who}，请先导入或添加这位${l.who}` }];
    if (all.length > 1)
      return [{ field: REF.name, message: `有 ${all.length} 位${l.who}都叫 ${name}（${l.numberLabel} ${all.map((p) => p.number).join('、')}），请填写${l.numberLabel}或身份证号以区分` }];
    return all[0];
  } else return [{ field: REF.number, message: `请填写${l.numberLabel}、身份证号或姓名，以找到这条记录所属的${l.who}` }];
  if (name && name !== found.name) return [{ field: REF.name, message: `${l.numberLabel}/身份证号对应的是 ${found.name}，与所填姓名 ${name} 不一致` }];
  return found;
}

/** The names in one cell: split at 、，,;；/ and line breaks, and at spaces too unless they only pad a name (张\u3000三). */
export function namesInCell(cell: string): string[] {
  return cell
    .split(/[、，,;；/／\n]+/)
    .flatMap((part) => {
      const words = part.trim().split(/[\s\u3000]+/).filter(Boolean);
      // 张 三 and 买买提 艾力 keep their space-padded name whole; 张三 李四 is two people
      return words.length > 1 && words.every((w) => w.replace(/[（(][^)）]*[)）]/, '').length >= 2) ? words : [words.join('')];
    })
    .filter(Boolean);
}

/** One name in a cell → a student, a staff member, or (matching neither) an outsider, said as a warning. */
export function personRefOf(db: Db, token: string, advisor: boolean): { ref: PersonRef } | { issue: string } | { outsider: PersonRef; warning: string } {
  const m = token.match(/^(.+?)[（(]\s*([^)）]+?)\s*[)）]$/);
  const name = nameKey(m ? m[1] : token);
  const number = m ? m[2] : /^[A-Za-z0-9-]+$/.test(token) ? token : '';
  const ref = (p: Partial<PersonRef>): PersonRef => ({ studentId: null, staffId: null, externalName: null, ...p });
  if (number) {
    const student = advisor ? undefined : studentLookup.byNumber(db, number);
    if (student) return { ref: ref({ studentId: student.id }) };
    const teacher = staffLookup.byNumber(db, number);
    if (teacher) return { ref: ref({ staffId: teacher.id }) };
    return { issue: `没有学号或工号为 ${number} 的人` };
  }
  const found = [...(advisor ? [] : studentLookup.byName(db, name).map((p) => ({ p, key: 'studentId' as const, who: '学生' }))), ...staffLookup.byName(db, name).map((p) => ({ p, key: 'staffId' as const, who: '教职工' }))];
  if (found.length === 1) return { ref: ref({ [found[0].key]: found[0].p.id }) };
  if (found.length > 1)
    return { issue: `有 ${found.length} 人都叫 ${name}（${found.map((f) => `${f.who} ${f.p.number}`).join('、')}），请写成“${name}（学号或工号）”以区分` };
  return { outsider: ref({ externalName: name }), warning: `“${name}”不是本校学生或教职工，按校外人员登记` };
}
