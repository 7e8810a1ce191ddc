import { z } from 'zod';
import { method } from './define';
import { id } from '../schemaKit';
import {
  dualTeacherInputSchema, dualTeacherSchema, honourInputSchema, honourSchema, staffCertificateInputSchema, staffCertificateSchema,
} from '../qualifications';

/** list / create / update / delete of one kind of a staff member's sub-records, under `prefix.`. */
function staffSubRecordMethods<P extends string, V extends z.ZodType, R extends z.ZodType>(prefix: P, values: V, row: R) {
  const specs = {
    list: method(z.object({ staffId: id }), z.array(row)),
    create: method(z.object({ staffId: id, values }), row),
    update: method(z.object({ id, values }), row),
    delete: method(z.object({ id }), z.object({ id })),
  };
  type Specs = typeof specs;
  return Object.fromEntries(Object.entries(specs).map(([op, spec]) => [`${prefix}.${op}`, spec])) as {
    [K in keyof Specs as `${P}.${K}`]: Specs[K];
  };
}

export const qualificationsContract = {
  ...staffSubRecordMethods('dualTeacher', dualTeacherInputSchema, dualTeacherSchema),
  ...staffSubRecordMethods('staffCertificate', staffCertificateInputSchema, staffCertificateSchema),
  ...staffSubRecordMethods('honour', honourInputSchema, honourSchema),
};
