// 双师型教师认定汇总表 (DESIGN §5.3): every 专业课 teacher (在职 专任教师 teaching 专业课 or 实习指导) with their highest
// 双师型认定 held on the cut-off date and their skill certificates, those without one too, so that the rows behind
// the sheet are the denominator of dualTeacherRatio and the rows with a 认定等级 its numerator. A second sheet counts
// them by level.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/open';
import { dualTeacherCertifications, staff, staffSkillCertificates } from '../../db/schema';
import { highestDualCertifications, skillLevelLabel } from '@shared/qualifications';
import { DUAL_TEACHER_LEVELS } from '@shared/vocab';
import type { ReportSheet } from '../excel/styledWorkbook';
import { itemSheet, joined, seqColumn, type ReportPeriod, type ValueColumn } from './table';

export const DUAL_TEACHERS_TITLE = '双师型教师认定汇总表';
const SUMMARY_TITLE = '双师型教师认定统计表';

type Certification = typeof dualTeacherCertifications.$inferSelect;
type Teacher = typeof staff.$inferSelect;

interface DualTeacherRow {
  teacher: Teacher;
  /** The highest level held on the cut-off date (the first certification at that level); null when none. */
  highest: Certification | null;
  certificates: string | null;
}

const GROUP = '双师型认定';

const COLUMNS: ValueColumn<DualTeacherRow>[] = [
  seqColumn(),
  { header: '工号', kind: 'text', code: true, width: 10, align: 'center', value: (r) => r.teacher.staffNo },
  { header: '姓名', kind: 'text', width: 10, value: (r) => r.teacher.name },
  { header: '任教类别', kind: 'text', width: 12, align: 'center', value: (r) => r.teacher.teachingCategory },
  { header: '任教专业', kind: 'text', width: 18, value: (r) => r.teacher.teachingMajor },
  { header: '职称', kind: 'text', width: 8, align: 'center', value: (r) => r.teacher.title },
  { header: '最高学历', kind: 'text', width: 9, align: 'center', value: (r) => r.teacher.highestEducation },
  { header: '认定等级', group: GROUP, kind: 'text', width: 9, align: 'center', value: (r) => r.highest?.level },
  { header: '认定时间', group: GROUP, kind: 'date', width: 11, value: (r) => r.highest?.certifiedDate },
  { header: '认定机构', group: GROUP, kind: 'text', width: 20, value: (r) => r.highest?.certifyingBody },
  { header: '职业资格/职业技能等级证书', kind: 'text', width: 36, value: (r) => r.certificates },
];

/** The rows, in 工号 order: the teachers of dualTeacherRatio's denominator. */
function dualTeacherRows(db: Db, asOf: string): DualTeacherRow[] {
  const teachers = db
    .select()
    .from(staff)
    .where(and(eq(staff.status, '在职'), eq(staff.postCategory, '专任教师'), inArray(staff.teachingCategory, ['专业课', '实习指导'])))
    .orderBy(asc(staff.staffNo))
    .all();
  const highest = highestDualCertifications(db.select().from(dualTeacherCertifications).orderBy(asc(dualTeacherCertifications.id)).all(), asOf);
  const certificates = new Map<number, string[]>();
  const skillCertificates = db.select().from(staffSkillCertificates).orderBy(asc(staffSkillCertificates.obtainedDate), asc(staffSkillCertificates.id)).all();
  for (const c of skillCertificates) {
    // A certificate obtained after the cut-off date was not held then; one with no date is taken as held.
    if (c.obtainedDate && c.obtainedDate > asOf) continue;
    const list = certificates.get(c.staffId) ?? [];
    list.push(`${c.name}${c.level ? ` ${skillLevelLabel(c.level)}` : ''}`);
    certificates.set(c.staffId, list);
  }
  return teachers.map((teacher) => ({
    teacher,
    highest: highest.get(teacher.id) ?? null,
    certificates: joined(certificates.get(teacher.id) ?? []),
  }));
}

interface SummaryLine {
  item: string;
  count: number;
  share: number | null;
}

// Wide enough that the halves of the period line, and the footer, fit above and below so few columns.
const SUMMARY_COLUMNS: ValueColumn<SummaryLine>[] = [
  { header: '项目', kind: 'text', width: 40, value: (s) => s.item },
  { header: '人数', kind: 'integer', width: 16, value: (s) => s.count },
  { header: '占专业课教师比例', kind: 'percent', width: 24, value: (s) => s.share },
];

function summaryLines(rows: readonly DualTeacherRow[]): SummaryLine[] {
  const total = rows.length;
  const line = (item: string, count: number, withShare = true): SummaryLine => ({ item, count, share: withShare && total ? count / total : null });
  const atLevel = (...levels: string[]) => rows.filter((r) => r.highest && levels.includes(r.highest.level)).length;
  return [
    line('专业课教师（含实习指导教师）', total, false),
    line('双师型教师', atLevel(...DUAL_TEACHER_LEVELS)),
    ...[...DUAL_TEACHER_LEVELS].reverse().map((level) => line(`其中：${level}`, atLevel(level))),
    line('高水平双师型教师（中级及以上）', atLevel('中级', '高级')),
    line('未认定双师型', rows.filter((r) => !r.highest).length),
  ];
}

export function buildDualTeacherSheets(db: Db, period: ReportPeriod): ReportSheet[] {
  const rows = dualTeacherRows(db, period.asOf);
  const head = { schoolName: period.schoolName, period: { label: '统计截止日期', value: period.asOf } };
  return [
    itemSheet({ ...head, sheetName: DUAL_TEACHERS_TITLE, title: DUAL_TEACHERS_TITLE }, COLUMNS, rows),
    itemSheet({ ...head, sheetName: '双师型教师认定统计', title: SUMMARY_TITLE }, SUMMARY_COLUMNS, summaryLines(rows)),
  ];
}
