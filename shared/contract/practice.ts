import { z } from 'zod';
import { method } from './define';
import { id } from '../schemaKit';
import { COMPLIANCE_STATUSES } from '../rules/practice';
import {
  asOfInput, complianceSettingsSchema, evidenceAddSchema, evidenceSchema, practiceInputSchema, practiceListQuerySchema, practiceReviewInput, practiceRowSchema,
  statusBoardSchema, teacherPracticeSummarySchema,
} from '../practice';

/** A saved record with the warnings (overlaps…) that did not block saving. */
const savedPractice = z.object({ record: practiceRowSchema, warnings: z.array(z.string()) });

export const practiceContract = {
  'practice.list': method(practiceListQuerySchema, z.object({ rows: z.array(practiceRowSchema), total: z.number() })),
  'practice.create': method(z.object({ staffId: id, values: practiceInputSchema }), savedPractice),
  'practice.update': method(z.object({ id, values: practiceInputSchema }), savedPractice),
  /** removes the record and its evidence */
  'practice.delete': method(z.object({ id }), z.object({ id })),
  /** 教务 passes a record (已审核) or sends it back to the teacher with a reason (已退回) */
  'practice.review': method(practiceReviewInput, savedPractice),
  /** one row per 在职 专任教师, as of a date; status filters the rows, not the counts; limit keeps the first rows only
   * (0 for the counts alone: a city's rows are large) */
  'practice.statusBoard': method(
    z.object({ asOf: asOfInput, status: z.enum(COMPLIANCE_STATUSES).optional(), limit: z.number().int().min(0).optional() }),
    statusBoardSchema,
  ),
  /** one teacher's compliance and the records inside the window, for the timeline */
  'practice.teacherSummary': method(z.object({ staffId: id, asOf: asOfInput }), teacherPracticeSummarySchema),
  'practice.settings.get': method(z.object({}), complianceSettingsSchema),
  'practice.settings.set': method(complianceSettingsSchema, complianceSettingsSchema),
  'practice.evidence.list': method(z.object({ practiceId: id }), z.array(evidenceSchema)),
  /** an image or PDF of at most 20 MB, copied into the data folder */
  'practice.evidence.add': method(evidenceAddSchema, evidenceSchema),
  /** the file's bytes (base64), to open it */
  'practice.evidence.get': method(z.object({ id }), evidenceSchema.extend({ base64: z.string() })),
  'practice.evidence.delete': method(z.object({ id }), z.object({ id })),
};
