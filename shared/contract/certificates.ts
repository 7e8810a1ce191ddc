import { z } from 'zod';
import { method } from './define';
import {
  certificateInputSchema, certificateRateQuerySchema, certificateRateSchema, certificateSchema, certificateThresholdsSchema,
} from '../certificates';
import { id } from '../schemaKit';

export const certificatesContract = {
  'certificates.list': method(z.object({ studentId: id }), z.array(certificateSchema)),
  'certificates.create': method(z.object({ studentId: id, values: certificateInputSchema }), certificateSchema),
  /** one certificate for several students of a class: all are written, or none */
  'certificates.bulkCreate': method(
    z.object({ classId: id, studentIds: z.array(id).min(1, '请至少勾选一名学生').max(2000), values: certificateInputSchema }),
    z.object({ created: z.number() }),
  ),
  'certificates.update': method(z.object({ id, values: certificateInputSchema }), certificateSchema),
  'certificates.delete': method(z.object({ id }), z.object({ id })),
  /** DESIGN §4.2 for a graduation year: school, majors, classes, and the students lacking a qualifying certificate */
  'certificates.rate': method(certificateRateQuerySchema, certificateRateSchema),
  'certificates.getThresholds': method(z.object({}), certificateThresholdsSchema),
  'certificates.setThresholds': method(certificateThresholdsSchema, certificateThresholdsSchema),
};
