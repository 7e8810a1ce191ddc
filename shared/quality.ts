// The data-quality panel: what would make a figure wrong, each with the records to fix.
import { z } from 'zod';

export const QUALITY_CHECKS = {
  missingTeachingCategory: '专任教师未填任教类别（企业实践与双师型比例无法判断）',
  dualTeacherWithoutCertificate: '双师型教师没有职业资格或技能等级证书',
  studentWithoutGraduationYear: '学生缺少预计毕业年份（不计入证书获取率）',
  preServicePractice: '新任教师岗前实践缺失或过晚',
  overlappingPractice: '同一教师的企业实践记录时间重叠（重叠部分只计一次）',
} as const;
export type QualityCheckId = keyof typeof QUALITY_CHECKS;

export const qualityReportSchema = z.array(
  z.object({
    id: z.enum(Object.keys(QUALITY_CHECKS) as [QualityCheckId, ...QualityCheckId[]]),
    label: z.string(),
    count: z.number(),
    /** the first records, enough to start fixing */
    items: z.array(z.object({ ref: z.string(), name: z.string(), detail: z.string() })),
  }),
);
export type QualityReport = z.output<typeof qualityReportSchema>;
