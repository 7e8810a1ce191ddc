import { z } from 'zod';
import { method } from './define';
import { annualDataInputSchema, annualDataResultSchema, schoolYearInput } from '../annualData';

export const annualDataContract = {
  /** the year's saved figures and the derived ones; destination figures from student records when they have any */
  'annualData.get': method(schoolYearInput, annualDataResultSchema),
  'annualData.save': method(z.object({ schoolYear: schoolYearInput.shape.schoolYear, values: annualDataInputSchema }), annualDataResultSchema),
};
