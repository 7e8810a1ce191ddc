import { z } from 'zod';
import { stripInvisible } from './text';
import {
  DEGREES, EDUCATION_LEVELS, ETHNICITIES, POLITICAL_STATUSES, POST_CATEGORIES, PROFESSIONAL_TITLES, SEXES, STAFF_STATUSES,
  TEACHER_CERT_TYPES, TEACHING_CATEGORIES,
} from './vocab';
import { nonNegativeInt, optionalEnum, optionalIdentifier, optionalPastDate, optionalPhone, optionalText, pastDate, personName, requiredIdentifier, yesNo } from './schemaKit';
import { checkPersonId, idCardInput, idDerivedOutput, personIdFields, withIdDerived } from './personId';
import type { FieldDescriptor } from './fields';
import { resolveSpelling } from './spellings';
import { DEGREE_SPELLINGS, EDUCATION_LEVEL_SPELLINGS, ETHNICITY_SPELLINGS, POLITICAL_STATUS_SPELLINGS, POST_CATEGORY_SPELLINGS, PROFESSIONAL_TITLE_SPELLINGS, STAFF_STATUS_SPELLINGS, TITLE_NAMES, TEACHER_CERT_TYPE_SPELLINGS, TEACHING_CATEGORY_SPELLINGS } from './vocabSpellings';

const staffShape = z.object({
  staffNo: requiredIdentifier(32),
  name: personName,
  idCard: idCardInput,
  birthDate: optionalPastDate,
  sex: optionalEnum(SEXES),
  phone: optionalPhone,
  ethnicity: optionalEnum(ETHNICITIES),
  politicalStatus: optionalEnum(POLITICAL_STATUSES),
  workStartDate: optionalPastDate,
  joinDate: pastDate,
  status: z.enum(STAFF_STATUSES).default('在职'),
  postCategory: z.enum(POST_CATEGORIES),
  teachesCourses: yesNo.default(false),
  backboneTeacher: yesNo.default(false),
  teachingCategory: optionalEnum(TEACHING_CATEGORIES),
  teachingMajor: optionalText(50),
  highestEducation: optionalEnum(EDUCATION_LEVELS),
  highestDegree: optionalEnum(DEGREES),
  title: optionalEnum(PROFESSIONAL_TITLES),
  titleName: optionalText(30),
  titleIssuer: optionalText(100),
  titleDate: optionalPastDate,
  teacherCertType: optionalEnum(TEACHER_CERT_TYPES),
  teacherCertNo: optionalIdentifier(40),
  enterpriseMonths: nonNegativeInt(600).default(0),
  partTimeEmployer: optionalText(100),
  partTimePosition: optionalText(50),
  partTimeSkillLevel: optionalText(50),
});

/** The staff member as entered by the form, the import or the CLI. Birth date and sex come from the ID when blank,
 * and must agree with it when given. */
export const staffInputSchema = staffShape
  .superRefine((v, ctx) => {
    if (!checkPersonId(v, ctx)) return;
    if (v.workStartDate && v.workStartDate > v.joinDate)
      ctx.addIssue({ code: 'custom', path: ['workStartDate'], message: '参加工作日期不能晚于来校日期' });
    if (v.birthDate && v.joinDate <= v.birthDate)
      ctx.addIssue({ code: 'custom', path: ['joinDate'], message: '来校日期应晚于出生日期' });
    const named = v.titleName ? titleLevelOf(v.titleName) : null;
    if (named && v.title && named !== v.title)
      ctx.addIssue({ code: 'custom', path: ['title'], message: `专业技术职务“${v.titleName}”属${named}，与专业技术职称“${v.title}”不一致` });
  })
  // zod runs no transform after a refinement issue, so the ID is valid here.
  .transform((v) => withIdDerived({ ...v, title: v.title ?? (v.titleName ? titleLevelOf(v.titleName) : null) }));

/** The level a 专业技术职务 name stands for (高级讲师 → 副高级, 工程师 → 中级), by the titles' spelling table, which
 * carries the GB/T 8561 names; null when the name says no single level. */
export function titleLevelOf(name: string): (typeof PROFESSIONAL_TITLES)[number] | null {
  const resolved = resolveSpelling(PROFESSIONAL_TITLES, PROFESSIONAL_TITLE_SPELLINGS, name);
  return 'value' in resolved ? (resolved.value as (typeof PROFESSIONAL_TITLES)[number]) : null;
}

export type StaffInput = z.input<typeof staffInputSchema>;
export type StaffValues = z.output<typeof staffInputSchema>;
export type StaffField = keyof z.output<typeof staffShape>;

export const staffSchema = staffShape.extend({
  id: z.number(),
  ...idDerivedOutput,
  updatedAt: z.string(),
});
export type Staff = z.output<typeof staffSchema>;

export const staffFields: readonly FieldDescriptor<StaffField>[] = [
  { key: 'staffNo', label: '工号', kind: 'text', identifier: true, section: '基本信息', required: true, inList: true, synonyms: ['职工号', '教工号', '教职工号', '人员编号', '教师工号'] },
  { key: 'name', label: '姓名', kind: 'text', section: '基本信息', required: true, inList: true, synonyms: ['教师姓名', '职工姓名', '教职工姓名'] },
  ...personIdFields('基本信息'),
  { key: 'ethnicity', label: '民族', kind: 'enum', section: '基本信息', options: ETHNICITIES, spellings: ETHNICITY_SPELLINGS },
  { key: 'politicalStatus', label: '政治面貌', kind: 'enum', section: '基本信息', options: POLITICAL_STATUSES, spellings: POLITICAL_STATUS_SPELLINGS },
  { key: 'phone', label: '联系电话', kind: 'phone', section: '基本信息', sensitive: true, synonyms: ['手机号', '手机号码', '电话', '手机', '移动电话', '联系方式'] },
  { key: 'workStartDate', label: '参加工作日期', kind: 'date', section: '岗位与任教', synonyms: ['参加工作时间', '参加工作年月', '工作时间', '参工时间'] },
  { key: 'joinDate', label: '来校日期', kind: 'date', section: '岗位与任教', required: true, synonyms: ['来校时间', '来校年月', '入职日期', '入职时间', '到校日期', '到校时间', '进校时间', '进校日期', '来本校时间', '调入本校时间'] },
  { key: 'status', label: '状态', kind: 'enum', section: '岗位与任教', required: true, options: STAFF_STATUSES, spellings: STAFF_STATUS_SPELLINGS, inList: true, sticky: true, synonyms: ['在职状态', '人员状态'] },
  { key: 'postCategory', label: '岗位类别', kind: 'enum', section: '岗位与任教', required: true, options: POST_CATEGORIES, spellings: POST_CATEGORY_SPELLINGS, inList: true, sticky: true, synonyms: ['岗位类型', '人员类别', '人员类型', '教师类型', '岗位'] },
  { key: 'teachesCourses', label: '校内兼课', kind: 'boolean', section: '岗位与任教', help: '行政、教辅、工勤人员同时承担授课任务的选“是”' },
  { key: 'backboneTeacher', label: '是否骨干教师', kind: 'boolean', section: '岗位与任教', synonyms: ['骨干教师', '是否骨干', '专业骨干教师'], help: '学校认定的骨干教师（状态数据采集平台 A6 教师表的“是否骨干教师”）' },
  { key: 'teachingCategory', label: '任教类别', kind: 'enum', section: '岗位与任教', options: TEACHING_CATEGORIES, spellings: TEACHING_CATEGORY_SPELLINGS, inList: true, sticky: true, synonyms: ['教师类别', '任课类别', '课程类别', '任教课程类别'] },
  { key: 'teachingMajor', label: '任教专业', kind: 'text', section: '岗位与任教', inList: true, synonyms: ['所属专业', '专业'] },
  { key: 'highestEducation', label: '最高学历', kind: 'enum', section: '学历与职称', options: EDUCATION_LEVELS, spellings: EDUCATION_LEVEL_SPELLINGS, inList: true, synonyms: ['学历', '最高学历（学历）', '文化程度'] },
  { key: 'highestDegree', label: '最高学位', kind: 'enum', section: '学历与职称', options: DEGREES, spellings: DEGREE_SPELLINGS, synonyms: ['学位'] },
  { key: 'title', label: '专业技术职称', kind: 'enum', section: '学历与职称', options: PROFESSIONAL_TITLES, spellings: PROFESSIONAL_TITLE_SPELLINGS, keepsNameIn: { field: 'titleName', names: TITLE_NAMES }, inList: true, synonyms: ['职称', '职称等级', '专业技术职务', '专业技术职务等级', '职称级别', '现任专业技术职务'] },
  { key: 'titleName', label: '专业技术职务名称', kind: 'text', section: '学历与职称', synonyms: ['职称名称', '现任专业技术职务名称', '专业技术职称名称'], help: '如 讲师、高级讲师、工程师、一级实习指导教师；等级填在“专业技术职称”' },
  { key: 'titleIssuer', label: '职称发证单位', kind: 'text', section: '学历与职称', synonyms: ['发证单位', '专业技术职务发证单位', '职称评审单位', '评审单位', '职称发证机关'] },
  { key: 'titleDate', label: '职称取得日期', kind: 'date', section: '学历与职称', synonyms: ['职称取得时间', '职称评定时间', '职称获取日期', '专业技术职务获取日期', '职称聘任时间'] },
  { key: 'teacherCertType', label: '教师资格证种类', kind: 'enum', section: '学历与职称', options: TEACHER_CERT_TYPES, spellings: TEACHER_CERT_TYPE_SPELLINGS, synonyms: ['教师资格证', '教师资格种类', '教师资格证类别', '教师资格类别', '教师资格'] },
  { key: 'teacherCertNo', label: '教师资格证号', kind: 'text', identifier: true, section: '学历与职称', synonyms: ['教师资格证书编号', '教师资格证书号码', '教师资格证编号'] },
  { key: 'enterpriseMonths', label: '企业工作经历（月）', kind: 'number', section: '学历与职称', synonyms: ['企业工作经历', '企业工作年限（月）'], help: '来校前在企业工作的月数，没有填0' },
  { key: 'partTimeEmployer', label: '兼职教师工作单位', kind: 'text', section: '兼职教师信息', synonyms: ['工作单位', '所在单位'], help: '兼职教师的企业，校外兼课教师的学校' },
  { key: 'partTimePosition', label: '兼职教师职务', kind: 'text', section: '兼职教师信息', synonyms: ['职务', '单位职务'] },
  { key: 'partTimeSkillLevel', label: '兼职教师技能等级', kind: 'text', section: '兼职教师信息', synonyms: ['技能等级'] },
];

export const staffListQuerySchema = z.object({
  search: z.string().transform(stripInvisible).pipe(z.string().trim().max(50)).optional(),
  postCategory: z.enum(POST_CATEGORIES).optional(),
  teachingCategory: z.enum(TEACHING_CATEGORIES).optional(),
  status: z.enum(STAFF_STATUSES).optional(),
  sortBy: z.enum(['staffNo', 'name', 'joinDate', 'birthDate']).default('staffNo'),
  sortOrder: z.enum(['asc', 'desc']).default('asc'),
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(500).default(20),
});
export type StaffListQuery = z.input<typeof staffListQuerySchema>;
