// 学生证书: a student's certificate, known by its kind, name and level.
import { certificateFields, certificateInputSchema } from '@shared/certificates';
import { listCertificates } from '../../../db/queries/certificates';
import { actionFor, ownValues, parseWith, throughHandlers } from './common';
import { refFields, resolvePerson, studentLookup } from './people';

export const certificatesAdapter = throughHandlers({
  kind: 'certificates',
  fields: [...refFields(studentLookup), ...certificateFields],
  plan(values, mode, db) {
    const student = resolvePerson(studentLookup, db, values);
    if (Array.isArray(student)) return student;
    const parsed = parseWith(certificateInputSchema, ownValues(values));
    if (!parsed.ok) return parsed.issues;
    const v = parsed.data;
    // One student holds a certificate of a name and level once; the same again is an update of it.
    const existing = listCertificates(db, student.id).find((c) => c.kind === v.kind && c.name === v.name && c.level === v.level);
    const action = actionFor(existing, mode, `${student.name}的“${v.name}”证书`, 'name');
    if (typeof action !== 'string') return action;
    return {
      action,
      label: `${student.name}（${student.number}）：${v.name}`,
      fileKeys: [{ field: 'name', key: `${student.name}（${student.number}）的“${v.name}”${v.level ?? ''}证书` }],
      write: (h) => (existing ? h['certificates.update']({ id: existing.id, values: v }) : h['certificates.create']({ studentId: student.id, values: v })),
    };
  },
});
