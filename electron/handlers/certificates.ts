import { randomUUID } from 'node:crypto';
import type { Handlers } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import {
  certificateAttainment, DEFAULT_CERTIFICATE_THRESHOLDS, defaultCutoff, ratesOfTallies, type CertificateAttainment, type CertificateThresholdSettings,
  type StudentForAttainment,
} from '../../shared/rules/certificates';
import {
  certificatesOfCohortYear, cohortTalliesOfYear, deleteCertificate, getCertificate, insertCertificate, listCertificates, studentsOfCohortYear,
  updateCertificate, type Qualifying,
} from '../../db/queries/certificates';
import { getClass, studentsByIds } from '../../db/queries/students';
import { getSchool, getSetting, putSetting } from '../../db/queries/school';
import { auditChange } from '../../db/queries/audit';
import type { Db } from '../../db/open';
import { untilDataChanges } from '../../db/memo';
import type { CertificateRate } from '../../shared/certificates';
import { inTransaction, type HandlerContext } from './context';
import { assertNoIssues, found } from './uniqueness';
import { certificateLabel, requireStudent } from './students';

type CertificatesHandlers = Pick<
  Handlers,
  | 'certificates.list' | 'certificates.create' | 'certificates.bulkCreate' | 'certificates.update' | 'certificates.delete'
  | 'certificates.rate' | 'certificates.getThresholds' | 'certificates.setThresholds'
>;

const THRESHOLDS_KEY = 'certificateThresholds';

/** The lowest qualifying levels per school type (DESIGN §4.2 settings). */
export function certificateThresholdsOf(db: Db): CertificateThresholdSettings {
  return getSetting<CertificateThresholdSettings>(db, THRESHOLDS_KEY, DEFAULT_CERTIFICATE_THRESHOLDS);
}

/** The school's type and qualifying thresholds, and the cut-off for graduation year Y. */
function qualifyingFor(db: Db, year: number, cutoffDate?: string) {
  const school = getSchool(db);
  if (!school) throw new AppError('NOT_SET_UP', '还没有设置学校信息，请先完成初始设置。');
  return { schoolType: school.type, thresholds: certificateThresholdsOf(db), cutoffDate: cutoffDate ?? defaultCutoff(year) };
}

/** A rate as certificates.rate answers it, from the rule's figures. */
function rateAnswer(year: number, q: Qualifying, rates: Pick<CertificateAttainment<StudentForAttainment>, 'school' | 'byMajor' | 'byClass'>, lacking: CertificateRate['lacking']): CertificateRate {
  return {
    year,
    cutoffDate: q.cutoffDate,
    schoolType: q.schoolType,
    thresholds: q.thresholds[q.schoolType],
    school: rates.school,
    byMajor: rates.byMajor.map((m) => ({ ...m, majorId: m.majorId as number | null })),
    byClass: rates.byClass.map((c) => ({ ...c, majorId: c.majorId as number | null, classId: c.classId as number | null })),
    lacking,
  };
}

/** DESIGN §4.2 for graduation year Y with the school's type and thresholds, with the students lacking a qualifying
 * certificate: the computation behind the certificates page and the 毕业生证书获取情况统计表. Remembered until the data
 * changes. */
export const certificateRateOf = untilDataChanges((db: Db, year: number, cutoffDate?: string): CertificateRate => {
  const q = qualifyingFor(db, year, cutoffDate);
  const result = certificateAttainment(studentsOfCohortYear(db, year), certificatesOfCohortYear(db, year, q), { year, ...q });
  const lacking = result.lacking.map((s) => ({ id: s.studentId, studentNo: s.studentNo, name: s.name, majorName: s.majorName, className: s.className, status: s.status }));
  return rateAnswer(year, q, result, lacking);
});

/** The same rates without the list (the overview's), the cohort counted per class in SQL: a city's cohort is 48,000
 * students, whom the full rate reads one by one to list those lacking. The same figures as certificateRateOf's, in
 * the same order (test/unit/db/indicatorInputs.test.ts). Remembered until the data changes. */
export const certificateCountsOf = untilDataChanges((db: Db, year: number, cutoffDate?: string): CertificateRate => {
  const q = qualifyingFor(db, year, cutoffDate);
  return rateAnswer(year, q, ratesOfTallies(cohortTalliesOfYear(db, year, q)), []);
});

export function certificatesHandlers(ctx: HandlerContext): CertificatesHandlers {
  const db = () => ctx.store.db;
  const requireCertificate = (id: number) => found(getCertificate(db(), id), '找不到这张证书，可能已被删除。');
  const thresholds = () => certificateThresholdsOf(db());

  return {
    'certificates.list': ({ studentId }) => {
      requireStudent(ctx, studentId);
      return listCertificates(db(), studentId);
    },
    'certificates.create': ({ studentId, values }) =>
      inTransaction(ctx, () => {
        const student = requireStudent(ctx, studentId);
        const row = insertCertificate(db(), studentId, values);
        auditChange(db(), ctx, 'certificate', row.id, certificateLabel(student, row), null, row);
        return row;
      }),
    'certificates.bulkCreate': ({ classId, studentIds, values }) =>
      inTransaction(ctx, () => {
        const klass = found(getClass(db(), classId), '找不到这个班级，可能已被删除。');
        const ids = [...new Set(studentIds)];
        const byId = new Map(studentsByIds(db(), ids).map((s) => [s.id, s]));
        // Every student must exist and sit in the class; otherwise nothing is written.
        const strangers = ids.filter((id) => byId.get(id)?.classId !== classId);
        if (strangers.length)
          assertNoIssues(
            [{ field: 'studentIds', message: `有 ${strangers.length} 名所选学生不存在或不在班级“${klass.name}”中（编号 ${strangers.join('、')}），没有保存任何证书。请刷新后重新勾选。` }],
            'VALIDATION',
          );
        const audit = { ...ctx, batchId: randomUUID() };
        for (const id of ids) {
          const row = insertCertificate(db(), id, values);
          auditChange(db(), audit, 'certificate', row.id, certificateLabel(byId.get(id)!, row), null, row);
        }
        return { created: ids.length };
      }),
    'certificates.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        const before = requireCertificate(id);
        const row = updateCertificate(db(), id, values);
        auditChange(db(), ctx, 'certificate', id, certificateLabel(requireStudent(ctx, row.studentId), row), before, row);
        return row;
      }),
    'certificates.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const before = requireCertificate(id);
        deleteCertificate(db(), id);
        auditChange(db(), ctx, 'certificate', id, certificateLabel(requireStudent(ctx, before.studentId), before), before, null);
        return { id };
      }),

    'certificates.rate': ({ year, cutoffDate, listLacking }) => (listLacking ? certificateRateOf : certificateCountsOf)(db(), year, cutoffDate),
    'certificates.getThresholds': () => thresholds(),
    'certificates.setThresholds': (values) =>
      inTransaction(ctx, () => {
        const before = thresholds();
        putSetting(db(), THRESHOLDS_KEY, values);
        const flat = (t: CertificateThresholdSettings) =>
          Object.fromEntries(Object.entries(t).map(([type, v]) => [type, `${v.minSkillLevel}及以上 / 1+X ${v.minXCertLevel}及以上`]));
        auditChange(db(), ctx, 'setting', 0, '证书获取率：合格证书的最低等级', flat(before), flat(values));
        return values;
      }),
  };
}
