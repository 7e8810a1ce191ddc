import { z } from 'zod';
import { method } from './define';
import {
  templateDetailSchema, templateFillInput, templateInspectInput, templateLayoutSchema, templateNameInput, templateSaveInput, templateSummarySchema,
} from '../templates';

const id = z.object({ id: z.number().int() });

export const templatesContract = {
  /** a bureau's template read: its header, first data row and each column's suggested source; with `id`, a new file
   * for a saved template, its confirmed sources kept where the header is the same and the changes listed */
  'templates.inspect': method(templateInspectInput.extend({ id: z.number().int().optional() }), templateLayoutSchema),
  /** saved (new, or a change of its columns, name or file) with the template file */
  'templates.save': method(templateSaveInput, templateSummarySchema),
  'templates.list': method(z.object({}), z.array(templateSummarySchema)),
  'templates.get': method(id, templateDetailSchema),
  'templates.rename': method(templateNameInput, templateSummarySchema),
  /** removed, with its file; recorded in the 操作记录 */
  'templates.delete': method(id, id),
  /** the bureau's workbook with the report's rows in it, for the period asked (the school's by default) */
  'templates.fill': method(templateFillInput, z.object({ fileName: z.string(), base64: z.string(), rows: z.number() })),
};
