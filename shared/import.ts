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

const fileInput = z.object({
  kind: z.enum(IMPORT_KINDS),
  fileName: z.string().max(255),
  base64: z.string().max(Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 4, IMPORT_TOO_LARGE),
  /** the sheet to read; the best-matching one when omitted */
  sheet: z.string().max(100).optional(),
});

/** Column index (0-based) → field key; a column left out is not imported. */
const mappingInput = z.array(z.object({ column: z.number().int().min(0), field: z.string().max(60).nullable() })).max(400);

export const importInspectInput = fileInput;
export const importRunInput = fileInput.extend({ mapping: mappingInput, mode: z.enum(IMPORT_MODES).default('upsert') });
export type ImportRunInput = z.input<typeof importRunInput>;

export const importFieldSchema = z.object({ key: z.string(), label: z.string(), required: z.boolean(), help: z.string().nullable() });
export type ImportFieldInfo = z.output<typeof importFieldSchema>;

export const importColumnSchema = z.object({
  column: z.number(),
  /** as the file heads it; a two-row header reads 学历学位·最高学历 */
  header: z.string(),
  samples: z.array(z.string()),
  /** the field the header matched, or the one remembered from the last import of this type; null = not imported */
  field: z.string().nullable(),
});

export const importInspectOutput = z.object({
  sheets: z.array(z.object({ name: z.string(), rows: z.number() })),
  sheet: z.string(),
  /** the spreadsheet's own row numbers of the header (one or two) */
  headerRows: z.array(z.number()),
  dataRows: z.number(),
  columns: z.array(importColumnSchema),
  fields: z.array(importFieldSchema),
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
});
export type ImportRejection = z.output<typeof importRejectionSchema>;

export const importPlannedRowSchema = z.object({ row: z.number(), action: z.enum(['add', 'update']), label: z.string() });

export const importDryRunOutput = z.object({
  read: z.number(),
  toAdd: z.number(),
  toUpdate: z.number(),
  planned: z.array(importPlannedRowSchema),
  rejected: z.array(importRejectionSchema),
  warnings: z.array(z.string()),
});
export type ImportDryRun = z.output<typeof importDryRunOutput>;

/** A dry run as a job: its progress while it runs, its result when done. */
export const importCommitOutput = z.object({
  read: z.number(),
  imported: z.number(),
  updated: z.number(),
  rejected: z.array(importRejectionSchema),
  warnings: z.array(z.string()),
  backup: z.string(),
});

export const importFileOutput = z.object({ fileName: z.string(), base64: z.string() });
