import { z } from 'zod';
import { method } from './define';
import {
  IMPORT_KINDS, importCommitOutput, importFieldSchema, importDryRunOutput, importFileOutput, importInspectInput, importInspectOutput, importRunInput,
} from '../import';

export const importContract = {
  /** the fields a record type's rows may hold, in the template's order: the 批量录入 grid's columns */
  'import.fields': method(z.object({ kind: z.enum(IMPORT_KINDS) }), z.array(importFieldSchema)),
  /** the file's (or the grid's) sheets, the header found, and a suggested column → field mapping */
  'import.inspect': method(importInspectInput, importInspectOutput),
  /** every row parsed and checked, nothing written: what would be added, updated and rejected */
  'import.dryRun': method(importRunInput, importDryRunOutput),
  /** the good rows written in one transaction (after a backup), audited as one import; rejected rows skipped */
  'import.commit': method(importRunInput, importCommitOutput),
  /** the rejected rows as an .xlsx, with the file's columns and a 错误原因 column */
  'import.rejectedWorkbook': method(importRunInput, importFileOutput),
  /** a blank template: the headers, a sheet of allowed values, drop-downs on coded columns */
  'import.template': method(z.object({ kind: z.enum(IMPORT_KINDS) }), importFileOutput),
};
