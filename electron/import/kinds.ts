// One adapter per record type: which fields a sheet maps to, how a mapped row becomes the record's schema input
// (the very schema the form uses), which existing record it updates, and the call that writes it. Writes go through
// the record type's own write path (its handlers, or for students and staff the writer their handlers are built on),
// so uniqueness, references and the audit trail are theirs.
import type { z } from 'zod';
import type { Handlers } from '../../shared/contract';
import type { FieldDescriptor } from '../../shared/fields';
import type { FieldIssue } from '../../shared/errors';
import type { ImportKind, ImportMode } from '../../shared/import';
import { toFieldIssues } from '../../shared/schemaKit';
import { staffFields, staffInputSchema, staffListQuerySchema } from '../../shared/staff';
import { studentFields, studentInputSchema, studentListQuerySchema } from '../../shared/students';
import { certificateFields, certificateInputSchema } from '../../shared/certificates';
import { practiceFields, practiceInputSchema } from '../../shared/practice';
import { normalizeIdCard } from '../../shared/rules/idcard';
import { getStaff, listStaff, staffRefByIdCard, staffRefByNo } from '../../db/queries/staff';
import { getStudent, listStudents, studentRefByIdCard, studentRefByNo } from '../../db/queries/students';
import { listCertificates } from '../../db/queries/certificates';
import { practiceOfStaff } from '../../db/queries/practice';
import { dualTeacherQueries, honourQueries, staffCertificateQueries } from '../../db/queries/qualifications';
import { listAwards, peopleOfAwards } from '../../db/queries/awards';
import {
  dualTeacherFields, dualTeacherInputSchema, honourFields, honourInputSchema, staffCertificateFields, staffCertificateInputSchema,
  type DualTeacherValues, type HonourValues, type StaffCertificateValues,
} from '../../shared/qualifications';
import { awardFields, awardInputSchema, awardPeopleFields, type PersonRef } from '../../shared/awards';
import type { Db } from '../../db/open';
import type { HandlerContext } from '../handlers/context';
import { staffWriter } from '../handlers/staff';
import { studentWriter } from '../handlers/students';

export type Values = Record<string, unknown>;

/** What one row will do once written. */
export interface Plan {
  action: 'add' | 'update';
  label: string;
  /** keys that must be unique inside the file (工号, 身份证号…), with the field they come from */
  fileKeys: { field: string; key: string }[];
  /** shown with the row, not blocking (a participant taken as an outsider…) */
  warnings?: string[];
  write: () => unknown;
  /** the write refuses (throws an AppError) only before it has written anything, so it needs no savepoint */
  refusesBeforeWriting?: boolean;
}

export type Planner = (values: Values, mode: ImportMode) => Plan | FieldIssue[];

export interface KindAdapter {
  kind: ImportKind;
  fields: readonly FieldDescriptor[];
  /** required fields the schema fills when the file has no column for them (状态 → 在职) */
  defaults?: Record<string, string>;
  /** The planner of one import's rows, made once per import with what their writes go through (the record type's
   * handlers, or its writer): what it looks up once (a class by name…) it keeps for every row. */
  start(ctx: HandlerContext, handlers: Handlers): Planner;
}

/** A row written through its record type's handlers. */
type HandlerPlan = Omit<Plan, 'write'> & { write: (handlers: Handlers) => unknown };

/** An adapter whose rows go through the record type's own handlers, each planned with the database alone. */
function throughHandlers(a: Omit<KindAdapter, 'start'> & { plan(values: Values, mode: ImportMode, db: Db): HandlerPlan | FieldIssue[] }): KindAdapter {
  const { plan, ...adapter } = a;
  return {
    ...adapter,
    start: (ctx, handlers) => (values, mode) => {
      const p = plan(values, mode, ctx.store.db);
      return Array.isArray(p) ? p : { ...p, write: () => p.write(handlers) };
    },
  };
}

const parseWith = <S extends z.ZodType>(schema: S, input: unknown): { ok: true; data: z.output<S> } | { ok: false; issues: FieldIssue[] } => {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, data: r.data } : { ok: false, issues: toFieldIssues(r.error) };
};

const NOT_IN_ADD = (what: string) => `${what}已存在；要修改已有记录，请在导入方式中选择“新增并更新”或“只更新”`;
const NOT_IN_UPDATE = (what: string) => `${what}不存在；“只更新”不新增记录，要新增请选择“新增并更新”或“只新增”`;

/** The action a found / not-found record takes under the mode, or the issue that rejects the row. */
function actionFor(existing: unknown, mode: ImportMode, what: string, field: string): 'add' | 'update' | FieldIssue[] {
  if (existing && mode === 'add') return [{ field, message: NOT_IN_ADD(what) }];
  if (!existing && mode === 'update') return [{ field, message: NOT_IN_UPDATE(what) }];
  return existing ? 'update' : 'add';
}

/** For an update, the fields the file does not carry keep their saved values; derived ones (birth date, sex) follow the ID. */
function mergedWithSaved(fields: readonly FieldDescriptor[], saved: Values | undefined, values: Values): Values {
  if (!saved) return values;
  const base: Values = {};
  for (const f of fields) if (!f.derivedFrom && saved[f.key] !== undefined && saved[f.key] !== null) base[f.key] = saved[f.key];
  for (const [k, v] of Object.entries(values)) if (v !== undefined) base[k] = v;
  return base;
}

const text = (v: unknown) => (typeof v === 'string' ? v.trim() : v === undefined || v === null ? '' : String(v));
const nameKey = (v: unknown) => text(v).replace(/[\s\u3000]/g, '');

// ─── Whose record: a teacher or a student found by number, by 身份证号, or by a unique name ─────────────────────────

const REF = { number: 'ref.number', idCard: 'ref.idCard', name: 'ref.name' } as const;

interface Person {
  id: number;
  name: string;
  number: string;
}

interface PersonLookup {
  who: string;
  numberLabel: string;
  byNumber(db: Db, n: string): Person | undefined;
  byIdCard(db: Db, id: string): Person | undefined;
  byName(db: Db, name: string): Person[];
}

const staffLookup: PersonLookup = {
  who: '教职工',
  numberLabel: '工号',
  byNumber: staffRefByNo,
  byIdCard: staffRefByIdCard,
  byName: (db, name) =>
    listStaff(db, staffListQuerySchema.parse({ search: name, pageSize: 500 })).rows.filter((s) => s.name === name).map((s) => ({ id: s.id, name: s.name, number: s.staffNo })),
};

const studentLookup: PersonLookup = {
  who: '学生',
  numberLabel: '学号',
  byNumber: studentRefByNo,
  byIdCard: studentRefByIdCard,
  byName: (db, name) =>
    listStudents(db, studentListQuerySchema.parse({ search: name, pageSize: 500 })).rows.filter((s) => s.name === name).map((s) => ({ id: s.id, name: s.name, number: s.studentNo })),
};

function refFields(l: PersonLookup): FieldDescriptor[] {
  const section = `所属${l.who}`;
  return [
    { key: REF.number, label: l.numberLabel, kind: 'text', section, synonyms: l === staffLookup ? ['职工号', '教工号', '教师工号'] : ['学籍号', '学生学号'] },
    { key: REF.idCard, label: '身份证号', kind: 'idCard', section, synonyms: ['身份证号码', '公民身份号码', '居民身份证号', '证件号码'] },
    { key: REF.name, label: '姓名', kind: 'text', section, synonyms: l === staffLookup ? ['教师姓名', '职工姓名'] : ['学生姓名'] },
  ];
}

/** The person a row belongs to, or the issue saying why none (or more than one) was found. */
function resolvePerson(l: PersonLookup, db: Db, values: Values): Person | FieldIssue[] {
  const number = text(values[REF.number]);
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

// ─── 教职工 and 学生: keyed on 工号/学号; a 身份证号 registered under another number is refused, not re-keyed ─────

interface PersonKind<S extends z.ZodType<{ name: string; idCard: string }>, R extends Values & { id: number }> {
  kind: ImportKind;
  fields: readonly FieldDescriptor[];
  defaults: Record<string, string>;
  schema: S;
  numberField: string;
  lookup: PersonLookup;
  /** the saved record: its values stand for the columns an update's file lacks */
  saved: (db: Db, id: number) => R | undefined;
  /** the record type's one write path, made once for all the rows of an import */
  writer: (ctx: HandlerContext) => { create(values: z.output<S>): number; update(before: R, values: z.output<S>): void };
  /** qualification records the same row carries (a roster's 双师型 columns) */
  attached?: (values: Values, db: Db, savedId: number | null, name: string) => QualificationPart[] | FieldIssue[];
}

function personAdapter<S extends z.ZodType<{ name: string; idCard: string }>, R extends Values & { id: number }>(p: PersonKind<S, R>): KindAdapter {
  const { who, numberLabel } = p.lookup;
  return {
    kind: p.kind,
    fields: p.fields,
    defaults: p.defaults,
    start(ctx, handlers) {
      const db = ctx.store.db;
      const writer = p.writer(ctx);
      return (values, mode) => {
        const number = text(values[p.numberField]);
        const found = number ? p.lookup.byNumber(db, number) : undefined;
        const byId = found ? undefined : p.lookup.byIdCard(db, normalizeIdCard(text(values.idCard)));
        if (byId)
          return [{ field: 'idCard', message: `该身份证号已登记为 ${byId.name}（${numberLabel} ${byId.number}），与本行${numberLabel} ${number} 不一致；如${numberLabel}有变，请先在${who}页修改` }];
        const action = actionFor(found, mode, `${numberLabel} ${number || '（空）'} 的${who}`, p.numberField);
        if (typeof action !== 'string') return action;
        const saved = found && p.saved(db, found.id);
        const parsed = parseWith(p.schema, mergedWithSaved(p.fields, saved, values));
        if (!parsed.ok) return parsed.issues;
        const v = parsed.data;
        const attached = p.attached?.(values, db, found?.id ?? null, v.name) ?? [];
        if (!isParts(attached)) return attached;
        return {
          action,
          label: [`${v.name}（${number}）`, ...attached.map((a) => a.group.describe(a.v))].join('，'),
          fileKeys: [{ field: p.numberField, key: `${numberLabel} ${number}` }, { field: 'idCard', key: `身份证号 ${v.idCard}` }],
          // the record type's writer checks everything before its one statement; the qualification parts come after
          refusesBeforeWriting: attached.length === 0,
          write() {
            writeParts(handlers, attached, saved ? (writer.update(saved, v), saved.id) : writer.create(v));
          },
        };
      };
    },
  };
}

/** The values of the record itself, without the columns that named its owner. */
const ownValues = (values: Values): Values => Object.fromEntries(Object.entries(values).filter(([k]) => !k.startsWith('ref.')));

// ─── 学生证书 ───────────────────────────────────────────────────────────────────────────────────────────────────

const certificatesAdapter = throughHandlers({
  kind: 'certificates',
  fields: [...refFields(studentLookup), ...certificateFields],
  plan(values, mode, db) {
    const student = resolvePerson(studentLookup, db, values);
    if (Array.isArray(student)) return student;
    const parsed = parseWith(certificateInputSchema, ownValues(values));
    if (!parsed.ok) return parsed.issues;
    const v = parsed.data;
    // One student holds a certificate of a name and level once; the same again is an update of it.
    const existing = listCertificates(db, student.id).find((c) => c.kind === v.kind && c.name === v.name && c.level === v.level);
    const action = actionFor(existing, mode, `${student.name}的“${v.name}”证书`, 'name');
    if (typeof action !== 'string') return action;
    return {
      action,
      label: `${student.name}（${student.number}）：${v.name}`,
      fileKeys: [{ field: 'name', key: `${student.name}（${student.number}）的“${v.name}”${v.level ?? ''}证书` }],
      write: (h) => (existing ? h['certificates.update']({ id: existing.id, values: v }) : h['certificates.create']({ studentId: student.id, values: v })),
    };
  },
});

// ─── 企业实践记录 ───────────────────────────────────────────────────────────────────────────────────────────────

const practiceAdapter = throughHandlers({
  kind: 'practice',
  fields: [...refFields(staffLookup), ...practiceFields],
  defaults: { reviewState: '待审核' },
  plan(values, mode, db) {
    const teacher = resolvePerson(staffLookup, db, values);
    if (Array.isArray(teacher)) return teacher;
    const parsed = parseWith(practiceInputSchema, ownValues(values));
    if (!parsed.ok) return parsed.issues;
    const v = parsed.data;
    // A teacher's record is known by where and when it began.
    const existing = practiceOfStaff(db, teacher.id).find((p) => p.startDate === v.startDate && p.enterpriseName === v.enterpriseName);
    const action = actionFor(existing, mode, `${teacher.name} ${v.startDate} 在“${v.enterpriseName}”的实践记录`, 'startDate');
    if (typeof action !== 'string') return action;
    return {
      action,
      label: `${teacher.name}（${teacher.number}）：${v.enterpriseName} ${v.startDate}～${v.endDate}`,
      fileKeys: [{ field: 'startDate', key: `${teacher.name}（${teacher.number}）${v.startDate} 在“${v.enterpriseName}”的实践记录` }],
      write: (h) => (existing ? h['practice.update']({ id: existing.id, values: v }) : h['practice.create']({ staffId: teacher.id, values: v })),
    };
  },
});

// ─── 教师资质: one row may carry a 双师型认定, a 职业资格/技能等级证书 and a 名优称号 of one teacher ────────────────

interface QualificationGroup {
  prefix: string;
  what: string;
  fields: readonly FieldDescriptor[];
  schema: z.ZodType;
  /** the saved record this row's values stand for, if any */
  existing(db: Db, staffId: number, v: Values): { id: number } | undefined;
  describe(v: Values): string;
  create(h: Handlers, staffId: number, v: Values): unknown;
  update(h: Handlers, id: number, v: Values): unknown;
}

const prefixed = (prefix: string, fields: readonly FieldDescriptor[]): FieldDescriptor[] => fields.map((f) => ({ ...f, key: `${prefix}${f.key}` }));

const QUALIFICATION_GROUPS: QualificationGroup[] = [
  {
    prefix: 'dual.',
    what: '双师型认定',
    fields: dualTeacherFields,
    schema: dualTeacherInputSchema,
    existing: (db, staffId, v) => dualTeacherQueries.listByStaff(db, staffId).find((d) => d.level === v.level),
    describe: (v) => `${String(v.level)}双师型认定`,
    create: (h, staffId, v) => h['dualTeacher.create']({ staffId, values: v as DualTeacherValues }),
    update: (h, id, v) => h['dualTeacher.update']({ id, values: v as DualTeacherValues }),
  },
  {
    prefix: 'cert.',
    what: '证书',
    fields: staffCertificateFields,
    schema: staffCertificateInputSchema,
    existing: (db, staffId, v) => staffCertificateQueries.listByStaff(db, staffId).find((c) => c.name === v.name && c.level === v.level),
    describe: (v) => `“${String(v.name)}”${String(v.level)}证书`,
    create: (h, staffId, v) => h['staffCertificate.create']({ staffId, values: v as StaffCertificateValues }),
    update: (h, id, v) => h['staffCertificate.update']({ id, values: v as StaffCertificateValues }),
  },
  {
    prefix: 'honour.',
    what: '名优称号',
    fields: honourFields,
    schema: honourInputSchema,
    existing: (db, staffId, v) => honourQueries.listByStaff(db, staffId).find((x) => x.name === v.name && x.year === v.year),
    describe: (v) => `${String(v.year)}年“${String(v.name)}”称号`,
    create: (h, staffId, v) => h['honour.create']({ staffId, values: v as HonourValues }),
    update: (h, id, v) => h['honour.update']({ id, values: v as HonourValues }),
  },
];

interface QualificationPart {
  group: QualificationGroup;
  v: Values;
  existing: { id: number } | undefined;
  action: 'add' | 'update';
}

/** The qualification records a row carries (prefixed columns), each checked by its own schema; staffId null for a
 * teacher the same row creates. */
function qualificationParts(groups: readonly QualificationGroup[], values: Values, mode: ImportMode, db: Db, staffId: number | null, teacherName: string): QualificationPart[] | FieldIssue[] {
  const parts: QualificationPart[] = [];
  const issues: FieldIssue[] = [];
  for (const g of groups) {
    const own = Object.fromEntries(Object.entries(values).filter(([k]) => k.startsWith(g.prefix)).map(([k, v]) => [k.slice(g.prefix.length), v]));
    if (Object.keys(own).length === 0) continue;
    const parsed = parseWith(g.schema, own);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((i) => ({ ...i, field: `${g.prefix}${i.field}` })));
      continue;
    }
    const v = parsed.data as Values;
    const existing = staffId === null ? undefined : g.existing(db, staffId, v);
    const action = actionFor(existing, mode, `${teacherName}的${g.describe(v)}`, `${g.prefix}${g.fields[0].key}`);
    if (typeof action !== 'string') issues.push(...action);
    else parts.push({ group: g, v, existing, action });
  }
  return issues.length ? issues : parts;
}

function writeParts(h: Handlers, parts: readonly QualificationPart[], staffId: number): void {
  for (const p of parts) {
    if (p.existing) p.group.update(h, p.existing.id, p.v);
    else p.group.create(h, staffId, p.v);
  }
}

const qualificationsAdapter = throughHandlers({
  kind: 'qualifications',
  fields: [...refFields(staffLookup), ...QUALIFICATION_GROUPS.flatMap((g) => prefixed(g.prefix, g.fields))],
  plan(values, mode, db) {
    const teacher = resolvePerson(staffLookup, db, values);
    if (Array.isArray(teacher)) return teacher;
    const parts = qualificationParts(QUALIFICATION_GROUPS, values, mode, db, teacher.id, teacher.name);
    if (parts.length === 0) return [{ field: REF.name, message: '这一行没有双师型认定、证书或名优称号的内容' }];
    if (!isParts(parts)) return parts;
    return {
      action: parts.some((p) => p.action === 'add') ? 'add' : 'update',
      label: `${teacher.name}（${teacher.number}）：${parts.map((p) => p.group.describe(p.v)).join('、')}`,
      fileKeys: parts.map((p) => ({ field: `${p.group.prefix}${p.group.fields[0].key}`, key: `${teacher.name}（${teacher.number}）的${p.group.describe(p.v)}` })),
      write: (h) => writeParts(h, parts, teacher.id),
    };
  },
});

const isParts = (r: QualificationPart[] | FieldIssue[]): r is QualificationPart[] => r.length === 0 || 'group' in r[0];

// ─── 教职工花名册 with 双师型 columns (是否双师型, 认定等级, 认定时间…): one roster brings both in (DESIGN §10) ─────

const DUAL_GROUP = QUALIFICATION_GROUPS[0];
const DUAL_SEEN = 'dual.is';

const rosterDualFields: FieldDescriptor[] = [
  { key: DUAL_SEEN, label: '是否双师型', kind: 'boolean', section: '双师型认定', synonyms: ['双师型', '双师型教师', '是否双师型教师'] },
  ...prefixed(DUAL_GROUP.prefix, DUAL_GROUP.fields),
];

/** The roster row's 双师型认定, if it has one: added to a new teacher, added or updated on a saved one. */
function rosterDual(values: Values, db: Db, staffId: number | null, name: string): QualificationPart[] | FieldIssue[] {
  const { [DUAL_SEEN]: said, ...rest } = values;
  const hasLevel = rest[`${DUAL_GROUP.prefix}level`] !== undefined;
  if (said === '否' && hasLevel) return [{ field: DUAL_SEEN, message: '“是否双师型”为“否”，却填了认定等级，请核对' }];
  if (said === '是' && !hasLevel) return [{ field: `${DUAL_GROUP.prefix}level`, message: '“是否双师型”为“是”时请填写认定等级（初级、中级或高级）' }];
  return hasLevel ? qualificationParts([DUAL_GROUP], rest, 'upsert', db, staffId, name) : [];
}

// ─── 技能大赛获奖: participants and advisors named in one cell each, 张三（S001）、李四 ───────────────────────────

/** One name in a cell → a student, a staff member, or (matching neither) an outsider, said as a warning. */
function personRefOf(db: Db, token: string, advisor: boolean): { ref: PersonRef } | { issue: string } | { outsider: PersonRef; warning: string } {
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
  const found = [...(advisor ? [] : studentLookup.byName(db, name).map((p) => ({ p, key: 'studentId' as const }))), ...staffLookup.byName(db, name).map((p) => ({ p, key: 'staffId' as const }))];
  if (found.length === 1) return { ref: ref({ [found[0].key]: found[0].p.id }) };
  if (found.length > 1) return { issue: `有 ${found.length} 人都叫 ${name}（${found.map((f) => f.p.number).join('、')}），请写成“${name}（学号或工号）”以区分` };
  return { outsider: ref({ externalName: name }), warning: `“${name}”不是本校学生或教职工，按校外人员登记` };
}

const awardsAdapter = throughHandlers({
  kind: 'awards',
  fields: [...awardFields, ...awardPeopleFields],
  plan(values, mode, db) {
    const issues: FieldIssue[] = [];
    const warnings: string[] = [];
    const people = (field: 'participants' | 'advisors') =>
      text(values[field])
        .split(/[、，,;；\n]+/)
        .map((t) => t.trim())
        .filter(Boolean)
        .flatMap((token) => {
          const r = personRefOf(db, token, field === 'advisors');
          if ('issue' in r) issues.push({ field, message: r.issue });
          if ('outsider' in r) warnings.push(r.warning);
          return 'ref' in r ? [r.ref] : 'outsider' in r ? [r.outsider] : [];
        });
    const input = { ...values, participants: people('participants'), advisors: people('advisors') };
    if (issues.length) return issues;
    const parsed = parseWith(awardInputSchema, input);
    if (!parsed.ok) return parsed.issues;
    const v = parsed.data;
    // The same award: one competition, event and prize of a year won by the same first participant.
    const candidates = listAwards(db, { year: v.year }).filter((a) => a.competition === v.competition && a.event === v.event && a.prize === v.prize);
    const first = v.participants[0];
    const existing = peopleOfAwards(db, candidates.map((a) => a.id)).find(
      (p) => p.role === '参赛' && p.studentId === first.studentId && p.staffId === first.staffId && p.externalName === first.externalName,
    );
    const what = `${v.year}年${v.competition}“${v.event}”${v.prize}`;
    const action = actionFor(existing, mode, what, 'event');
    if (typeof action !== 'string') return action;
    return {
      action,
      label: what,
      fileKeys: [{ field: 'event', key: `${what}（${text(values.participants)}）` }],
      warnings,
      write: (h) => (existing ? h['awards.update']({ id: existing.awardId, values: v }) : h['awards.create'](v)),
    };
  },
});

// ─── 教职工 and 学生 ───────────────────────────────────────────────────────────────────────────────────────────

const staffAdapter = personAdapter({
  kind: 'staff',
  fields: [...staffFields, ...rosterDualFields],
  defaults: { status: '在职' },
  schema: staffInputSchema,
  numberField: 'staffNo',
  lookup: staffLookup,
  saved: getStaff,
  writer: staffWriter,
  attached: rosterDual,
});

const studentsAdapter = personAdapter({
  kind: 'students',
  fields: studentFields,
  defaults: { schoolingSystem: '三年制', status: '在籍' },
  schema: studentInputSchema,
  numberField: 'studentNo',
  lookup: studentLookup,
  saved: getStudent,
  writer: studentWriter,
});

export const ADAPTERS: Record<ImportKind, KindAdapter> = {
  staff: staffAdapter,
  students: studentsAdapter,
  certificates: certificatesAdapter,
  practice: practiceAdapter,
  qualifications: qualificationsAdapter,
  awards: awardsAdapter,
};
