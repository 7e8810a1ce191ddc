// Spreadsheet import (DESIGN §10): the record types, modes and the shapes of each step's answer. The rows themselves
// are parsed by each record type's own schema (staffInputSchema…), never by a second set of rules.
import { z } from 'zod';

export const IMPORT_KINDS = ['staff', 'students', 'certificates', 'practice', 'qualifications', 'awards'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export const IMPORT_KIND_LABELS: Record<ImportKind, string> = {
  staff: '教职工',
  students: '学生',
  certificates: '学生证书',
  practice: '企业实践记录',
  qualifications: '教师资质（双师型、技能证书、名优称号）',
  awards: '技能大赛获奖',
};

export const IMPORT_MODES = ['add', 'update', 'upsert'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_MODE_LABELS: Record<ImportMode, string> = {
  add: '只新增（已有的记录报为重复）',
  update: '只更新已有记录（按工号/学号/身份证号找到的）',
  upsert: '新增并更新',
};

/** Files larger than this are refused before reading. A city's 200,000-student roster saved by Excel is ~15 MB;
 * writers that compress less make it 40 MB. */
export const MAX_IMPORT_BYTES = 100 * 1024 * 1024;
export const IMPORT_TOO_LARGE = `文件超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，请拆分后分批导入。`;

/** The 批量录入 grid: rows typed or pasted from Excel/WPS, a school's staff or a class year's certificates at once. */
export const MAX_GRID_ROWS = 5000;
export const MAX_GRID_COLUMNS = 200;
export const GRID_TOO_LARGE = `一次最多录入 ${MAX_GRID_ROWS} 行、${MAX_GRID_COLUMNS} 列，请分批粘贴，或保存为 Excel 文件后在“数据导入”中导入。`;
/** What the 批量录入 grid is called where a file's name would be: in the 操作记录 and the messages. */
export const GRID_SOURCE_NAME = '批量录入';

/** The rows of one import: a file (base64), or the grid's cells as text with its header as the first row. Exactly
 * one of the two; the engine reads either into the same table. */
const fileInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().max(255),
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, IMPORT_TOO_LARGE).optional(),
  grid: z
    .array(z.array(z.string().max(2000, '一格最多 2000 个字。')).max(MAX_GRID_COLUMNS, GRID_TOO_LARGE))
    .max(MAX_GRID_ROWS + 1, GRID_TOO_LARGE)
    .optional(),
  /** the sheet to read; the best-matching one when omitted */
  sheet: z.string().max(100).optional(),
});

/** Column index (0-based) → field key; a column left out is not imported. */
const mappingInput = z.array(z.object({ column: z.number().int().min(0), field: z.string().max(60).nullable() })).max(400);

/** The choice that rejects the rows holding a value, as the value-mapping step and the CLI's --value spell it. */
export const REJECT_ROW = '拒绝该行';

/** The registrar's choices in the value-mapping step: the value as written in a column of a field → the value it
 * stands for, or null to reject the rows that hold it. Remembered per record type and field. */
export const valueChoiceSchema = z.object({ field: z.string().max(60), from: z.string().max(200), to: z.string().trim().max(200).nullable() });
export type ValueChoice = z.output<typeof valueChoiceSchema>;

export const importInspectInput = fileInput;
export const importRunInput = fileInput.extend({
  mapping: mappingInput,
  mode: z.enum(IMPORT_MODES).default('upsert'),
  values: z.array(valueChoiceSchema).max(5000).default([]),
  /** a commit that writes every row or, when any row is refused, none (the 批量录入 grid's 保存) */
  allOrNothing: z.boolean().default(false),
});
export type ImportRunInput = z.input<typeof importRunInput>;

export const importFieldSchema = z.object({
  key: z.string(),
  label: z.string(),
  required: z.boolean(),
  help: z.string().nullable(),
  /** the values a coded field takes (是/否 for a yes-no field); empty for free text */
  options: z.array(z.string()),
  /** the column header the template gives it, which the header matcher always knows */
  header: z.string(),
  /** filled from another field when left out (出生日期 from 身份证号): not a template column */
  derived: z.boolean(),
  kind: z.string(),
});
export type ImportFieldInfo = z.output<typeof importFieldSchema>;

export const importColumnSchema = z.object({
  column: z.number(),
  /** as the file heads it; a two-row header reads 学历学位·最高学历 */
  header: z.string(),
  samples: z.array(z.string()),
  /** the field the header matched, or the one remembered from the last import of this type; null = not imported */
  field: z.string().nullable(),
  /** matched by a header like the field's name (到校日期 for 来校日期), not one we know: for the user to confirm */
  similar: z.boolean(),
});

export const importInspectOutput = z.object({
  sheets: z.array(z.object({ name: z.string(), rows: z.number() })),
  sheet: z.string(),
  /** the spreadsheet's own row numbers of the header (one or two) */
  headerRows: z.array(z.number()),
  dataRows: z.number(),
  columns: z.array(importColumnSchema),
  fields: z.array(importFieldSchema),
  /** the value choices remembered from earlier imports of this record type, shown and editable */
  values: z.array(valueChoiceSchema),
  warnings: z.array(z.string()),
});
export type ImportInspection = z.output<typeof importInspectOutput>;

export const importRejectionSchema = z.object({
  sheet: z.string(),
  /** the spreadsheet's own row number */
  row: z.number(),
  column: z.string(),
  value: z.string(),
  message: z.string(),
  /** whose row it is, as the file names it: 张三（T001） */
  label: z.string(),
});
export type ImportRejection = z.output<typeof importRejectionSchema>;

/** A coded value no table knows, listed once with how many rows hold it: the value-mapping step asks what it means. */
export const importUnmappedSchema = z.object({
  field: z.string(),
  /** the column as the file heads it */
  column: z.string(),
  value: z.string(),
  rows: z.number(),
  /** the values it may be mapped to; empty where any text goes (a major named by code and name) */
  options: z.array(z.string()),
  /** the values an ambiguous spelling fits */
  candidates: z.array(z.string()),
});
export type ImportUnmapped = z.output<typeof importUnmappedSchema>;

/** A record the import creates because its rows name it (a major from the 专业目录, a class): 将新建. */
export const importCreatedSchema = z.object({ what: z.string(), name: z.string(), detail: z.string() });

export const importPlannedRowSchema = z.object({ row: z.number(), action: z.enum(['add', 'update']), label: z.string() });

export const importDryRunOutput = z.object({
  read: z.number(),
  toAdd: z.number(),
  toUpdate: z.number(),
  planned: z.array(importPlannedRowSchema),
  rejected: z.array(importRejectionSchema),
  unmapped: z.array(importUnmappedSchema),
  toCreate: z.array(importCreatedSchema),
  warnings: z.array(z.string()),
});
export type ImportDryRun = z.output<typeof importDryRunOutput>;

/** A dry run as a job: its progress while it runs, its result when done. */
export const importCommitOutput = z.object({
  read: z.number(),
  imported: z.number(),
  updated: z.number(),
  rejected: z.array(importRejectionSchema),
  unmapped: z.array(importUnmappedSchema),
  created: z.array(importCreatedSchema),
  warnings: z.array(z.string()),
  backup: z.string(),
});

export const importFileOutput = z.object({ fileName: z.string(), base64: z.string() });
