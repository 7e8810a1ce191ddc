import { z } from 'zod';
import { method } from './define';
import { isoDate } from '../schemaKit';

const exportRequest = z.object({
  id: z.string().min(1),
  /** 统计截止日期; default: the school's */
  asOf: isoDate.optional(),
  /** default: the year of asOf */
  year: z.number().int().min(2000).max(2100).optional(),
  presetId: z.string().optional(),
  /** a bureau roster may need the full 身份证号; masked unless ticked (DESIGN §9) */
  includeFullIdCard: z.boolean().default(false),
  /** 联系电话 on the record lists that carry it; left out unless ticked (DESIGN §9) */
  includePhone: z.boolean().default(false),
});

export const reportsContract = {
  /** idCards: the report prints 身份证号 (full on request); phones: it can carry 联系电话 (on request); recordList: a list of records for re-import, not in the 质量年报 pack; note: what the export page says beside its name */
  'reports.list': method(
    z.object({}),
    z.array(z.object({ id: z.string(), title: z.string(), period: z.enum(['asOf', 'year']), idCards: z.boolean(), phones: z.boolean(), recordList: z.boolean(), note: z.string().nullable() })),
  ),
  /** the sheets as tables, first rows only, to check before saving */
  'reports.preview': method(
    exportRequest,
    z.object({
      sheets: z.array(z.object({ sheetName: z.string(), title: z.string(), headers: z.array(z.string()), rows: z.array(z.array(z.string())), totalRows: z.number() })),
    }),
  ),
  /** the styled workbook as bytes (base64) with its file name; the page or the CLI saves it */
  'reports.export': method(exportRequest, z.object({ fileName: z.string(), base64: z.string(), size: z.number() })),
};
