// 报表模板: a bureau's own blank workbook, saved with what fills each of its columns, and filled again each year.
import { z } from 'zod';

/** Templates are forms, not data: a bureau's workbook with its notes sheet is well under this. */
export const MAX_TEMPLATE_BYTES = 20 * 1024 * 1024;
export const TEMPLATE_TOO_LARGE = `模板文件超过 ${MAX_TEMPLATE_BYTES / 1024 / 1024} MB，不像是一张空白报表，请确认选择了正确的文件。`;

/** What fills one template column: a column of the report, a running 序号, a fixed text, or nothing. */
export const templateSourceSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('column'), column: z.string().max(120) }),
  z.object({ kind: z.literal('serial') }),
  z.object({ kind: z.literal('fixed'), text: z.string().max(200) }),
  z.object({ kind: z.literal('empty') }),
]);
export type TemplateSource = z.output<typeof templateSourceSchema>;

export const templateColumnSchema = z.object({
  /** 0-based column index and its letters (C) */
  column: z.number().int().min(0).max(16383),
  letter: z.string(),
  /** as the template heads it; a two-row header reads 学历学位·最高学历 */
  header: z.string(),
  source: templateSourceSchema,
  /** matched by a header like the column's name rather than one we know: for the registrar to confirm */
  similar: z.boolean(),
});
export type TemplateColumn = z.output<typeof templateColumnSchema>;

const templateFile = z.object({
  fileName: z.string().trim().min(1).max(255),
  base64: z.string().max(Math.ceil((MAX_TEMPLATE_BYTES * 4) / 3) + 4, TEMPLATE_TOO_LARGE),
});

export const templateInspectInput = templateFile.extend({
  /** the report id or record list that fills it */
  fill: z.string().max(60),
  sheet: z.string().max(100).optional(),
});

export const templateLayoutSchema = z.object({
  sheets: z.array(z.string()),
  sheet: z.string(),
  headerRows: z.array(z.number()),
  firstDataRow: z.number(),
  columns: z.array(templateColumnSchema),
  /** the report's columns a template column may take */
  sourceColumns: z.array(z.string()),
  /** what changed since the template was saved, when a new file replaces it */
  changes: z.array(z.string()),
});
export type TemplateLayout = z.output<typeof templateLayoutSchema>;

const templateName = z.string().trim().min(1, '请填写模板名称').max(60, '模板名称最多 60 个字');

export const templateSaveInput = z.object({
  /** an existing template to change; its file is kept unless a new one is given */
  id: z.number().int().optional(),
  name: templateName,
  fill: z.string().max(60),
  sheet: z.string().max(100),
  file: templateFile.optional(),
  columns: z.array(z.object({ column: z.number().int().min(0).max(16383), source: templateSourceSchema })).max(1000),
});

export const templateSummarySchema = z.object({
  id: z.number(),
  name: z.string(),
  fill: z.string(),
  /** the report's title */
  fillTitle: z.string(),
  fileName: z.string(),
  sheet: z.string(),
  updatedAt: z.string(),
});
export type TemplateSummary = z.output<typeof templateSummarySchema>;

export const templateDetailSchema = templateSummarySchema.extend({ layout: templateLayoutSchema });

export const templateFillInput = z.object({
  id: z.number().int(),
  asOf: z.string().optional(),
  year: z.number().int().min(2000).max(2100).optional(),
  includeFullIdCard: z.boolean().default(false),
  includePhone: z.boolean().default(false),
});

export const templateNameInput = z.object({ id: z.number().int(), name: templateName });
