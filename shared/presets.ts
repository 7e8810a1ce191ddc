// The plan presets the product ships (DESIGN §2): targets are data. Sources: docs/plans/ (the two plans' texts).
import type { PlanPreset } from './indicators';

export const BUILTIN_PRESETS: readonly PlanPreset[] = [
  {
    id: 'lishui-2023',
    name: '丽水市职业教育高质量发展三年行动计划（2023—2025年）',
    builtin: true,
    targets: {
      dualTeacherRatio: { value: 0.95, direction: '>=' },
      seniorDualTeacherRatio: { value: 0.65, direction: '>=' },
      postgraduateRatio: { value: 0.2, direction: '>=' },
      distinguishedTeacherRatio: { value: 0.15, direction: '>=' },
      certificateRate: { value: 0.95, direction: '>=' },
      integratedEnrolmentRatio: { value: 0.4, direction: '>=' },
      perStudentFunding: { value: 2500, direction: '>=' },
    },
  },
  {
    id: 'wenzhou-2023',
    name: '温州市推动现代职业教育高质量跨越式发展实施方案（2023-2025）',
    builtin: true,
    targets: {
      dualTeacherRatio: { value: 0.9, direction: '>=' },
      partTimeTeacherRatio: { value: 0.2, direction: '>=' },
      localEmploymentRate: { value: 0.6, direction: '>=' },
      lowIncomeEmploymentRate: { value: 0.98, direction: '>=' },
      // at least the provincial average: 3,400 元 in 2022
      perStudentFunding: { value: 3400, direction: '>=' },
    },
  },
];

export const DEFAULT_PRESET_ID = 'lishui-2023';
