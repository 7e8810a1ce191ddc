import { z } from 'zod';
import { method } from './define';
import {
  classInputSchema, classSchema, majorInputSchema, majorSchema, studentInputSchema, studentListQuerySchema, studentSchema,
} from '../students';
import { id } from '../schemaKit';

export const studentsContract = {
  'majors.list': method(z.object({}), z.array(majorSchema)),
  'majors.create': method(majorInputSchema, majorSchema),
  'majors.update': method(z.object({ id, values: majorInputSchema }), majorSchema),
  /** refused while classes or students belong to the major */
  'majors.delete': method(z.object({ id }), z.object({ id })),

  'classes.list': method(z.object({ majorId: id.optional() }), z.array(classSchema)),
  'classes.create': method(classInputSchema, classSchema),
  'classes.update': method(z.object({ id, values: classInputSchema }), classSchema),
  /** refused while students belong to the class */
  'classes.delete': method(z.object({ id }), z.object({ id })),

  /** 身份证号 comes back masked */
  'students.list': method(studentListQuerySchema, z.object({ rows: z.array(studentSchema), total: z.number() })),
  /** the whole record with the full 身份证号, for the edit form; audited as 查看 */
  'students.get': method(z.object({ id }), studentSchema),
  'students.create': method(studentInputSchema, studentSchema),
  'students.update': method(z.object({ id, values: studentInputSchema }), studentSchema),
  /** removes the student's certificates and award links too */
  'students.delete': method(z.object({ id }), z.object({ id, certificatesRemoved: z.number(), awardLinksRemoved: z.number() })),
};
