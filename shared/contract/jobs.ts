import { z } from 'zod';
import { method } from './define';
import { jobIdInput, jobSchema, jobStartInput } from '../jobs';

export const jobsContract = {
  /** starts one of BACKGROUND_METHODS with its own input (checked as the method checks it) */
  'jobs.start': method(jobStartInput, z.object({ jobId: z.string() })),
  'jobs.status': method(jobIdInput, jobSchema),
  /** stops a job that has written nothing; a job past that point runs to its end */
  'jobs.cancel': method(jobIdInput, jobSchema),
};
