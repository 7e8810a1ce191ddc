// What each family of figures covers for a cut-off date D and a statistics year Y, in words: the one statement of
// DESIGN §11 that the overview shows beside its period (统计口径), built from the functions that take the periods.
import { schoolYearLabel, schoolYearWindow } from './dates';
import { practiceWindow, reviewCountingStatement, type ComplianceSettings } from './rules/practice';

export interface PeriodStatement {
  item: string;
  text: string;
}

export function periodStatements(asOf: string, year: number, practice: ComplianceSettings): PeriodStatement[] {
  const school = schoolYearWindow(year, asOf);
  const window = practiceWindow(asOf, practice);
  return [
    { item: '统计截止日期', text: `${asOf}：教职工的在职状态、学生的学籍状态、双师型认定和教师证书都按这一天计` },
    {
      item: '统计年度',
      text: `${year}年度，即${schoolYearLabel(year)}（${school.start}至${school.end}）：毕业生、技能大赛获奖、学校年度数据，以及质量年报数据表和状态数据教师表中的“本学年”`,
    },
    { item: '证书获取率', text: `${year}届毕业生（预计毕业年份为${year}），证书取得日期不晚于 ${year}-08-31` },
    {
      item: '企业实践达标',
      text: `${window.start}至${window.end}的实践天数（${practice.fixedCycle ? '考核周期' : `截止日期前${practice.windowYears}年`}），要求${practice.requiredDays}天`,
    },
    { item: '入企实践人次', text: `${year}年1月1日至12月31日开始的企业实践记录（按自然年）` },
    { item: '待审核记录', text: `${reviewCountingStatement(practice)}（企业实践达标、入企实践人次和各报表都按此计）` },
  ];
}
