import { randomUUID } from 'node:crypto';
import type { Handlers } from '@shared/contract';
import type { CertificateThresholdSettings } from '@shared/rules/certificates';
import { deleteCertificate, getCertificate, insertCertificate, listCertificates, updateCertificate } from '../../db/queries/certificates';
import { getClass, studentsByIds } from '../../db/queries/students';
import { putSetting } from '../../db/queries/school';
import { auditChange } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';
import { assertNoIssues, found, requireStudent } from '../records/guards';
import { CERTIFICATE_THRESHOLDS_KEY, certificateThresholdsOf } from '../records/settings';
import { certificateCountsOf, certificateRateOf } from '../records/certificateRates';
import { certificateLabel } from '../records/studentWriter';

type CertificatesHandlers = Pick<
  Handlers,
  | 'certificates.list' | 'certificates.create' | 'certificates.bulkCreate' | 'certificates.update' | 'certificates.delete'
  | 'certificates.rate' | 'certificates.getThresholds' | 'certificates.setThresholds'
>;

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
        putSetting(db(), CERTIFICATE_THRESHOLDS_KEY, values);
        const flat = (t: CertificateThresholdSettings) =>
          Object.fromEntries(Object.entries(t).map(([type, v]) => [type, `${v.minSkillLevel}及以上 / 1+X ${v.minXCertLevel}及以上`]));
        auditChange(db(), ctx, 'setting', 0, '证书获取率：合格证书的最低等级', flat(before), flat(values));
        return values;
      }),
  };
}
