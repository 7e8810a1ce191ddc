import { z } from 'zod';
import { method } from './define';
import { awardInputSchema, awardListQuerySchema, awardSchema, awardSummaryRowSchema } from '../awards';
import { id } from '../schemaKit';

export const awardsContract = {
  'awards.list': method(awardListQuerySchema, z.array(awardSchema)),
  'awards.create': method(awardInputSchema, awardSchema),
  'awards.update': method(z.object({ id, values: awardInputSchema }), awardSchema),
  'awards.delete': method(z.object({ id }), z.object({ id })),
  /** year × level × prize, students and staff counted apart; every year when none is given */
  'awards.summary': method(z.object({ year: z.number().int().optional() }), z.array(awardSummaryRowSchema)),
};
