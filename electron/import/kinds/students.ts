// 学生名册. A first student list names majors and classes the school has not entered yet: a major found in the 2021
// 职业教育专业目录 (by name, or by the code written in the cell: 710201 计算机应用) and a class of a known or new major
// are created by the same import, shown in its preview as 将新建 and written in its one transaction.
import type { Handlers } from '@shared/contract';
import type { FieldIssue } from '@shared/errors';
import { studentFields, studentInputSchema } from '@shared/students';
import { findCatalogueMajor } from '@shared/majorCatalogue';
import { findClassByName, findMajorByCode, findMajorByName, getStudent } from '../../../db/queries/students';
import { getSchool } from '../../../db/queries/school';
import type { HandlerContext } from '../../records/context';
import { studentWriter } from '../../records/studentWriter';
import { text, type Created, type UnmappedIssue, type Values } from './common';
import { personAdapter, type Attached } from './persons';
import { studentLookup } from './people';

interface MajorToMake {
  code: string;
  name: string;
  category: string | null;
}

type MajorAnswer = { name: string; make?: MajorToMake } | FieldIssue[];
type ClassAnswer = { name: string; majorName: string; entryYear: number; make: boolean } | FieldIssue[];

/** 2022级计算机1班, 2022计算机1班, 22级…, 22计算机1班 → 2022; null when the name does not say. */
export function entryYearOfClassName(name: string): number | null {
  const m = name.match(/(20\d{2})\s*级/) ?? name.match(/^(20\d{2})(?!\d)/) ?? name.match(/(?<!\d)(\d{2})\s*级/) ?? name.match(/^(\d{2})(?!\d)/);
  if (!m) return null;
  return m[1].length === 4 ? Number(m[1]) : 2000 + Number(m[1]);
}

const NOT_IN_CATALOGUE = (cell: string) =>
  `专业“${cell}”不是本校已有的专业，也不在2021年职业教育专业目录中：请在“值的对应”中写上6位专业代码和名称（如 710201 计算机应用），或先在“专业”页添加`;

/** The majors and classes of one import: looked up once per name, planned once, created once before their first student. */
function studentReferences(ctx: HandlerContext, handlers: Handlers) {
  const db = ctx.store.db;
  const schoolType = getSchool(db)?.type ?? '中职';
  const majors = new Map<string, MajorAnswer>();
  const classes = new Map<string, ClassAnswer | null>();
  const made = new Set<string>();

  const majorOf = (cell: string): MajorAnswer => {
    let answer = majors.get(cell);
    if (answer) return answer;
    const existing = findMajorByName(db, cell);
    const coded = cell.replace(/[\s\u3000]/g, '').match(/^(\d{6})(.*)$/);
    const byCode = !existing && coded ? findMajorByCode(db, coded[1]) : undefined;
    if (existing) answer = { name: existing.name };
    else if (coded && byCode) {
      answer = !coded[2] || coded[2] === byCode.name ? { name: byCode.name } : [{ field: 'majorName', message: `专业代码 ${coded[1]} 在本校是“${byCode.name}”，与所填名称“${coded[2]}”不一致` }];
    } else {
      const found = findCatalogueMajor(cell, schoolType);
      if ('major' in found) {
        const taken = findMajorByCode(db, found.major.code) ?? findMajorByName(db, found.major.name);
        answer = taken ? { name: taken.name } : { name: found.major.name, make: { code: found.major.code, name: found.major.name, category: found.major.category } };
      } else if ('ambiguous' in found)
        answer = [{ field: 'majorName', message: `专业“${cell}”在专业目录中有 ${found.ambiguous.length} 个：${found.ambiguous.map((m) => `${m.code} ${m.name}（${m.level}）`).join('、')}，请写上专业代码以区分` }];
      else {
        const unknown: UnmappedIssue = { field: 'majorName', message: NOT_IN_CATALOGUE(cell), unmapped: { value: cell, options: [], candidates: [] } };
        answer = [unknown];
      }
    }
    majors.set(cell, answer);
    return answer;
  };

  const classOf = (cell: string, major: MajorAnswer | null, entryYear: unknown): ClassAnswer | null => {
    if (!classes.has(cell)) {
      const existing = findClassByName(db, cell);
      classes.set(cell, existing ? { name: existing.name, majorName: '', entryYear: existing.entryYear, make: false } : null);
    }
    const known = classes.get(cell);
    if (known) return known;
    if (!major) return [{ field: 'className', message: `班级“${cell}”还没有，本行又没有填写专业，无法新建这个班级：请填写专业，或先在“班级”页添加` }];
    if (Array.isArray(major)) return null;
    const year = entryYearOfClassName(cell) ?? (Number.isInteger(Number(text(entryYear))) && text(entryYear) ? Number(text(entryYear)) : null);
    if (year === null) return [{ field: 'className', message: `班级“${cell}”还没有，且看不出它的入学年份：请填写入学年份，或先在“班级”页添加` }];
    const planned = { name: cell, majorName: major.name, entryYear: year, make: true };
    classes.set(cell, planned);
    return planned;
  };

  return (values: Values): Attached | FieldIssue[] => {
    const majorCell = text(values.majorName);
    const classCell = text(values.className);
    if (!majorCell && !classCell) return {};
    const major = majorCell ? majorOf(majorCell) : null;
    const klass = classCell ? classOf(classCell, major, values.entryYear) : null;
    const issues = [...(Array.isArray(major) ? major : []), ...(Array.isArray(klass) ? klass : [])];
    if (issues.length) return issues;
    const m = major as Exclude<MajorAnswer, FieldIssue[]> | null;
    const k = klass as Exclude<ClassAnswer, FieldIssue[]> | null;
    if (k?.make && m && k.majorName !== m.name) return [{ field: 'majorName', message: `班级“${k.name}”在本文件中先出现时属于专业“${k.majorName}”，与本行的“${m.name}”不一致` }];
    const creates: Created[] = [];
    if (m?.make) creates.push({ what: '专业', name: m.make.name, detail: `代码 ${m.make.code}${m.make.category ? `，${m.make.category}` : ''}` });
    if (k?.make) creates.push({ what: '班级', name: k.name, detail: `${k.majorName}，${k.entryYear}年入学` });
    return {
      values: {
        ...(m ? { majorName: m.name } : {}),
        ...(k && values.entryYear === undefined ? { entryYear: k.entryYear } : {}),
      },
      creates,
      prepare: creates.length
        ? () => {
            if (m?.make && !made.has(`专业 ${m.name}`)) {
              handlers['majors.create']({ ...m.make, isCore: false, honours: null });
              made.add(`专业 ${m.name}`);
            }
            if (k?.make && !made.has(`班级 ${k.name}`)) {
              handlers['classes.create']({ name: k.name, majorName: k.majorName, entryYear: k.entryYear });
              made.add(`班级 ${k.name}`);
            }
          }
        : undefined,
    };
  };
}

export const studentsAdapter = personAdapter({
  kind: 'students',
  fields: studentFields,
  defaults: { schoolingSystem: '三年制', status: '在籍' },
  schema: studentInputSchema,
  numberField: 'studentNo',
  lookup: studentLookup,
  saved: getStudent,
  writer: studentWriter,
  attach: studentReferences,
});
