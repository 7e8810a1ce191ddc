// 教师资质: one row may carry a 双师型认定, a 职业资格/技能等级证书 and a 名优称号 of one teacher; a staff roster's
// 双师型 columns (是否双师型, 认定等级, 认定时间…) bring the first of them in with the teacher (DESIGN §10).
import type { z } from 'zod';
import type { Handlers } from '@shared/contract';
import type { FieldDescriptor } from '@shared/fields';
import type { FieldIssue } from '@shared/errors';
import type { ImportMode } from '@shared/import';
import {
  dualTeacherFields, dualTeacherInputSchema, honourFields, honourInputSchema, staffCertificateFields, staffCertificateInputSchema,
  type DualTeacherValues, type HonourValues, type StaffCertificateValues,
} from '@shared/qualifications';
import { dualTeacherQueries, honourQueries, staffCertificateQueries } from '../../../db/queries/qualifications';
import type { Db } from '../../../db/open';
import type { HandlerContext } from '../../records/context';
import { actionFor, parseWith, throughHandlers, type Values } from './common';
import { REF, refFields, resolvePerson, staffLookup } from './people';

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

const DUAL_GROUP: QualificationGroup = {
  prefix: 'dual.',
  what: '双师型认定',
  fields: dualTeacherFields,
  schema: dualTeacherInputSchema,
  existing: (db, staffId, v) => dualTeacherQueries.listByStaff(db, staffId).find((d) => d.level === v.level),
  describe: (v) => `${String(v.level)}双师型认定`,
  create: (h, staffId, v) => h['dualTeacher.create']({ staffId, values: v as DualTeacherValues }),
  update: (h, id, v) => h['dualTeacher.update']({ id, values: v as DualTeacherValues }),
};

const QUALIFICATION_GROUPS: QualificationGroup[] = [
  DUAL_GROUP,
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

export interface QualificationPart {
  group: QualificationGroup;
  v: Values;
  existing: { id: number } | undefined;
  action: 'add' | 'update';
}

/** The qualification records a row carries (prefixed columns), each checked by its own schema; staffId null for a
 * teacher the same row creates. */
function qualificationParts(
  groups: readonly QualificationGroup[],
  values: Values,
  mode: ImportMode,
  db: Db,
  staffId: number | null,
  teacherName: string,
): { parts: QualificationPart[] } | { issues: FieldIssue[] } {
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
  return issues.length ? { issues } : { parts };
}

export function writeParts(h: Handlers, parts: readonly QualificationPart[], staffId: number): void {
  for (const p of parts) {
    if (p.existing) p.group.update(h, p.existing.id, p.v);
    else p.group.create(h, staffId, p.v);
  }
}

export const qualificationsAdapter = throughHandlers({
  kind: 'qualifications',
  fields: [...refFields(staffLookup), ...QUALIFICATION_GROUPS.flatMap((g) => prefixed(g.prefix, g.fields))],
  plan(values, mode, db) {
    const teacher = resolvePerson(staffLookup, db, values);
    if (Array.isArray(teacher)) return teacher;
    const found = qualificationParts(QUALIFICATION_GROUPS, values, mode, db, teacher.id, teacher.name);
    if ('issues' in found) return found.issues;
    const { parts } = found;
    if (parts.length === 0) return [{ field: REF.name, message: '这一行没有双师型认定、证书或名优称号的内容' }];
    return {
      action: parts.some((p) => p.action === 'add') ? 'add' : 'update',
      label: `${teacher.name}（${teacher.number}）：${parts.map((p) => p.group.describe(p.v)).join('、')}`,
      fileKeys: parts.map((p) => ({ field: `${p.group.prefix}${p.group.fields[0].key}`, key: `${teacher.name}（${teacher.number}）的${p.group.describe(p.v)}` })),
      write: (h) => writeParts(h, parts, teacher.id),
    };
  },
});

const DUAL_SEEN = 'dual.is';

export const rosterDualFields: FieldDescriptor[] = [
  { key: DUAL_SEEN, label: '是否双师型', kind: 'boolean', section: '双师型认定', synonyms: ['双师型', '双师型教师', '是否双师型教师', '是否双师素质', '双师素质'] },
  ...prefixed(DUAL_GROUP.prefix, DUAL_GROUP.fields),
];

/** The roster row's 双师型认定, if it has one: added to a new teacher, added or updated on a saved one. */
export function rosterDual(ctx: HandlerContext) {
  const db = ctx.store.db;
  return (values: Values, staffId: number | null, name: string): { parts: QualificationPart[] } | FieldIssue[] => {
    const { [DUAL_SEEN]: said, ...rest } = values;
    const hasLevel = rest[`${DUAL_GROUP.prefix}level`] !== undefined;
    if (said === '否' && hasLevel) return [{ field: DUAL_SEEN, message: '“是否双师型”为“否”，却填了认定等级，请核对' }];
    if (said === '是' && !hasLevel) return [{ field: `${DUAL_GROUP.prefix}level`, message: '“是否双师型”为“是”时请填写认定等级（初级、中级或高级）' }];
    if (!hasLevel) return { parts: [] };
    const found = qualificationParts([DUAL_GROUP], rest, 'upsert', db, staffId, name);
    return 'issues' in found ? found.issues : found;
  };
}
