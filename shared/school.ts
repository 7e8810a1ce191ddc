import { z } from 'zod';
import { SCHOOL_TYPES } from './vocab';
import { isoDate, optionalText, requiredText } from './schemaKit';
import type { FieldDescriptor } from './fields';

/** 学校标识码: 2-digit category (36 中等职业学校, 41 普通高等学校…), 2-digit province, 6-digit serial. */
export const schoolCode = z
  .preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), z.string().trim().regex(/^\d{10}$/, '学校标识码应为10位数字').nullable().optional())
  .transform((v) => v ?? null);

export const schoolInputSchema = z.object({
  name: requiredText(100),
  code: schoolCode,
  type: z.enum(SCHOOL_TYPES),
  region: optionalText(50),
  authority: optionalText(100),
  cutoffDate: isoDate,
});
export type SchoolInput = z.input<typeof schoolInputSchema>;
export type SchoolValues = z.output<typeof schoolInputSchema>;

export const schoolSchema = schoolInputSchema.extend({ id: z.number() });
export type School = z.output<typeof schoolSchema>;

export const schoolFields: readonly FieldDescriptor<keyof SchoolValues>[] = [
  { key: 'name', label: '学校名称', kind: 'text', section: '学校信息', required: true },
  { key: 'code', label: '学校标识码', kind: 'text', section: '学校信息', help: '10位数字，技工院校没有可不填' },
  { key: 'type', label: '办学类型', kind: 'enum', section: '学校信息', required: true, options: SCHOOL_TYPES },
  { key: 'region', label: '所在县市区', kind: 'text', section: '学校信息' },
  { key: 'authority', label: '主管部门', kind: 'text', section: '学校信息' },
  { key: 'cutoffDate', label: '统计截止日期', kind: 'date', section: '学校信息', required: true },
];
