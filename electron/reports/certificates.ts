// 毕业生证书获取情况统计表 (DESIGN §5.4, rule §4.2) for graduation year Y: the cohort by major and class, each
// major's 小计 and the school's 合计 (whose rate is the school's rate, not a sum of rates), and the list of the
// students still lacking a qualifying certificate. The figures are certificates.rate's, with the school's type
// and thresholds.
import type { Db } from '../../db/open';
import { listMajors } from '../../db/queries/students';
import type { CertificateRate } from '@shared/certificates';
import type { CellValue, ReportColumn, ReportSheet } from '../excel/styledWorkbook';
import { certificateRateOf } from '../records/certificateRates';
import { itemSheet, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const CERTIFICATES_TITLE = '毕业生证书获取情况统计表';
const LACKING_TITLE = '未取得合格证书学生名单';
const NO_MAJOR = '（未填专业）';
const NO_CLASS = '（未分班）';

const RATE_COLUMNS: ReportColumn[] = [
  { header: '专业代码', kind: 'text', width: 10, align: 'center' },
  { header: '专业名称', kind: 'text', width: 26 },
  { header: '班级', kind: 'text', width: 26 },
  { header: '应届毕业生数', kind: 'integer', width: 14 },
  { header: '取得合格证书人数', kind: 'integer', width: 14 },
  { header: '获取率', kind: 'percent', width: 12 },
];

type Lacking = CertificateRate['lacking'][number];

const LACKING_COLUMNS: ValueColumn<Lacking>[] = [
  seqColumn(9),
  { header: '学号', kind: 'text', code: true, width: 16, align: 'center', value: (s) => s.studentNo },
  { header: '姓名', kind: 'text', width: 12, value: (s) => s.name },
  { header: '专业', kind: 'text', width: 26, value: (s) => s.majorName ?? NO_MAJOR },
  { header: '班级', kind: 'text', width: 26, value: (s) => s.className ?? NO_CLASS },
];

/** 四级及以上或1+X初级及以上: what counted, printed (briefly: half the width holds it) in the period line. */
function qualifyingText(rate: CertificateRate): string {
  const { minSkillLevel, minXCertLevel } = rate.thresholds;
  return `${minSkillLevel}及以上或1+X${minXCertLevel}及以上`;
}

/** The class rows of each major followed by its 小计, then the school's 合计. */
function rateRows(rate: CertificateRate, codes: Map<number, string>): CellValue[][] {
  const rows: CellValue[][] = [];
  for (const major of rate.byMajor) {
    const code = major.majorId === null ? null : (codes.get(major.majorId) ?? null);
    const name = major.majorName ?? NO_MAJOR;
    for (const c of rate.byClass.filter((k) => k.majorId === major.majorId))
      rows.push([code, name, c.className ?? NO_CLASS, c.denominator, c.numerator, c.value]);
    rows.push([code, name, '小计', major.denominator, major.numerator, major.value]);
  }
  rows.push(['合计', null, null, rate.school.denominator, rate.school.numerator, rate.school.value ?? '—']);
  return rows;
}

export function buildCertificateSheets(db: Db, period: ReportPeriod): ReportSheet[] {
  const rate = certificateRateOf(db, period.year);
  const codes = new Map(listMajors(db).map((m) => [m.id, m.code]));
  const head = { schoolName: period.schoolName, period: { label: '毕业年份', value: String(rate.year) } };
  return [
    {
      ...head,
      period: { ...head.period, value: `${rate.year}（证书截止${rate.cutoffDate}，${qualifyingText(rate)}）` },
      sheetName: '毕业生证书获取情况',
      title: CERTIFICATES_TITLE,
      columns: RATE_COLUMNS,
      rows: rateRows(rate, codes),
    },
    itemSheet({ ...head, sheetName: LACKING_TITLE, title: LACKING_TITLE }, LACKING_COLUMNS, rate.lacking),
  ];
}
