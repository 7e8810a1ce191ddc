// 教职工花名册: the teacher, and the 双师型认定 the same row may carry.
import { staffFields, staffInputSchema } from '@shared/staff';
import { getStaff } from '../../../db/queries/staff';
import { staffWriter } from '../../records/staffWriter';
import { personAdapter } from './persons';
import { staffLookup } from './people';
import { rosterDual, rosterDualFields } from './qualifications';

export const staffAdapter = personAdapter({
  kind: 'staff',
  fields: [...staffFields, ...rosterDualFields],
  defaults: { status: '在职' },
  schema: staffInputSchema,
  numberField: 'staffNo',
  lookup: staffLookup,
  saved: getStaff,
  writer: staffWriter,
  attach: rosterDual,
});
