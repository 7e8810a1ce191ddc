// Where the records of each import kind are listed: the page an import's (or a 批量录入's) success links to.
import type { ImportKind } from '@shared/import';

export const LIST_PAGE: Record<ImportKind, { path: string; label: string }> = {
  staff: { path: '/staff', label: '查看教职工' },
  students: { path: '/students', label: '查看学生' },
  certificates: { path: '/students', label: '查看学生' },
  practice: { path: '/practice', label: '查看企业实践' },
  qualifications: { path: '/staff', label: '查看教职工' },
  awards: { path: '/awards', label: '查看技能大赛' },
};
