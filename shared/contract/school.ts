import { z } from 'zod';
import { method } from './define';
import { schoolInputSchema, schoolSchema } from '../school';

export const schoolContract = {
  'school.get': method(z.object({}), schoolSchema.nullable()),
  'school.setup': method(schoolInputSchema, schoolSchema),
  'school.update': method(schoolInputSchema, schoolSchema),
};
