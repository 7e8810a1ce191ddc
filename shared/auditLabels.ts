// How field keys read to a registrar (the audit trail, the CLI's error lines): the kind of record and the field in
// Chinese, from the same descriptors the forms use.
import type { FieldDescriptor } from './fields';
import { staffFields } from './staff';
import { studentFields, majorFields, classFields } from './students';
import { certificateFields } from './certificates';
import { practiceFields } from './practice';
import { dualTeacherFields, honourFields, staffCertificateFields } from './qualifications';
import { awardFields } from './awards';
import { annualDataFields } from './annualData';
import { schoolFields } from './school';
import { IMPORT_KIND_LABELS } from './import';
import { userFields } from './users';

/** Settings that are not a record's field, as the trail names them. */
const SETTING_FIELDS: readonly FieldDescriptor[] = [{ key: 'planPreset', label: '选用的指标方案', kind: 'text', section: '设置' }];

const PRACTICE_SETTING_FIELDS: readonly FieldDescriptor[] = [
  { key: 'requiredDays', label: '要求天数', kind: 'number', section: '设置' },
  { key: 'windowYears', label: '统计年限', kind: 'number', section: '设置' },
  { key: 'fixedCycle', label: '固定周期', kind: 'text', section: '设置' },
  { key: 'countPending', label: '教师填报的待审核记录', kind: 'text', section: '设置' },
];

const ENTITIES: Record<string, { label: string; fields?: readonly FieldDescriptor[] }> = {
  school: { label: '学校信息', fields: schoolFields },
  staff: { label: '教职工', fields: staffFields },
  dualTeacherCertification: { label: '双师型认定', fields: dualTeacherFields },
  staffCertificate: { label: '教师证书', fields: staffCertificateFields },
  staffHonour: { label: '名优称号', fields: honourFields },
  practice: {
    label: '企业实践',
    fields: [
      ...practiceFields,
      { key: 'reviewNote', label: '退回原因', kind: 'text', section: '审核' },
    ],
  },
  practiceEvidence: { label: '实践佐证材料' },
  practiceSettings: { label: '企业实践设置', fields: PRACTICE_SETTING_FIELDS },
  major: { label: '专业', fields: majorFields },
  class: { label: '班级', fields: classFields },
  student: { label: '学生', fields: studentFields },
  certificate: { label: '学生证书', fields: certificateFields },
  award: { label: '技能大赛获奖', fields: awardFields },
  annualData: { label: '学校年度数据', fields: annualDataFields },
  planPreset: { label: '指标方案' },
  settings: { label: '设置', fields: SETTING_FIELDS },
  setting: { label: '设置', fields: SETTING_FIELDS },
  report: { label: '报表' },
  reportTemplate: { label: '报表模板' },
  database: { label: '全部数据' },
  demo: { label: '演示数据' },
  import: { label: '导入' },
  user: { label: '账号', fields: userFields },
};

/** The record type in Chinese; an import's event is named by its kind (students, awards…), as the import page is. */
export function entityLabel(entity: string): string {
  return ENTITIES[entity]?.label ?? (IMPORT_KIND_LABELS as Record<string, string>)[entity] ?? entity;
}

export function fieldLabel(entity: string, field: string | null): string {
  if (!field) return '';
  return ENTITIES[entity]?.fields?.find((f) => f.key === field)?.label ?? field;
}

/** Inputs that are not record fields but appear in error lines (the period of an indicator or a report). */
const PERIOD_LABELS: Record<string, string> = { asOf: '统计截止日期', year: '统计年度', presetId: '指标方案' };

/** A field's label when the record type is not known (an error line of the CLI): the first descriptor with that key. */
export function anyFieldLabel(field: string): string {
  if (!field) return '';
  if (PERIOD_LABELS[field]) return PERIOD_LABELS[field];
  for (const e of Object.values(ENTITIES)) {
    const label = e.fields?.find((f) => f.key === field)?.label;
    if (label) return label;
  }
  return field;
}
