// 报表模板 (使用教育局模板): a bureau's blank workbook read and matched, saved with the registrar's confirmed columns,
// and filled from a report for a period. The workbook itself is edited part by part (electron/templates/fill.ts).
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { MAX_TEMPLATE_BYTES, TEMPLATE_TOO_LARGE, type TemplateColumn, type TemplateSource } from '@shared/templates';
import { auditChange, auditEvent } from '../../db/queries/audit';
import { deleteTemplate, getTemplate, insertTemplate, listTemplates, templateByName, updateTemplate, type TemplateRecord } from '../../db/queries/templates';
import { inTransaction, type HandlerContext } from '../records/context';
import { buildReport, personalDataCarried, reportDefinition } from '../reports/build';
import type { ReportColumn } from '../excel/styledWorkbook';
import { layoutOf, sourceKey } from '../templates/match';
import { fillTemplate } from '../templates/fill';

type TemplateHandlers = Pick<
  Handlers,
  'templates.inspect' | 'templates.save' | 'templates.list' | 'templates.get' | 'templates.rename' | 'templates.delete' | 'templates.fill'
>;

const refuse = (message: string): never => {
  throw new AppError('VALIDATION', message);
};

function fileBytes(base64: string): Buffer {
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.length > MAX_TEMPLATE_BYTES) refuse(TEMPLATE_TOO_LARGE);
  if (bytes.length === 0) refuse('模板文件是空的。');
  return bytes;
}

const savedColumns = (t: TemplateRecord) => JSON.parse(t.columns) as TemplateColumn[];
const describe = (s: TemplateSource, report: string) =>
  s.kind === 'column' ? `“${s.column}”` : s.kind === 'serial' ? '序号' : s.kind === 'fixed' ? `固定文字“${s.text}”` : `留空（${report}中没有对应的列）`;

/** A template's columns against the ones saved before: the confirmed sources kept where the header is the same
 * (wherever the column moved), the others matched afresh, and what changed in words. */
function rematch(fresh: TemplateColumn[], saved: TemplateColumn[], reportTitle: string): { columns: TemplateColumn[]; changes: string[] } {
  const changes: string[] = [];
  const columns = fresh.map((c) => {
    const before = saved.find((s) => s.header === c.header);
    if (!before) {
      changes.push(`新增列“${c.header}”（${c.letter} 列），已对应为${describe(c.source, reportTitle)}，请核对`);
      return c;
    }
    if (before.letter !== c.letter) changes.push(`“${c.header}”从 ${before.letter} 列移到了 ${c.letter} 列，对应不变`);
    return { ...c, source: before.source, similar: false };
  });
  for (const s of saved) if (!fresh.some((c) => c.header === s.header)) changes.push(`模板中已没有“${s.header}”这一列（原 ${s.letter} 列）`);
  return { columns, changes };
}

export function templateHandlers(ctx: HandlerContext, computeIndicators: Handlers['indicators.compute']): TemplateHandlers {
  const db = () => ctx.store.db;
  /** The columns of the report that fills a template: the first sheet's. */
  const reportColumns = async (fill: string): Promise<readonly ReportColumn[]> => (await buildReport(db(), computeIndicators, { id: fill })).sheets[0].columns;
  const find = (id: number) => getTemplate(db(), id) ?? (() => {
    throw new AppError('NOT_FOUND', '没有这个报表模板，可能已被删除。');
  })();
  const summary = (t: Pick<TemplateRecord, 'id' | 'name' | 'fill' | 'sheet' | 'fileName' | 'updatedAt'>) => ({
    id: t.id, name: t.name, fill: t.fill, fillTitle: reportDefinition(t.fill).title, fileName: t.fileName, sheet: t.sheet, updatedAt: t.updatedAt,
  });

  return {
    'templates.inspect': async (input) => {
      const columns = await reportColumns(input.fill);
      const layout = layoutOf(fileBytes(input.base64), columns, input.sheet);
      const sourceColumns = columns.map(sourceKey);
      if (input.id === undefined) return { ...layout, sourceColumns, changes: [] };
      const { columns: kept, changes } = rematch(layout.columns, savedColumns(find(input.id)), reportDefinition(input.fill).title);
      return { ...layout, columns: kept, sourceColumns, changes };
    },
    'templates.save': async (input) => {
      const existing = input.id === undefined ? undefined : find(input.id);
      const file = input.file ? fileBytes(input.file.base64) : (existing?.file ?? refuse('请选择教育局的模板文件（.xlsx）。'));
      const report = await reportColumns(input.fill);
      const layout = layoutOf(file, report, input.sheet);
      const keys = new Set(report.map(sourceKey));
      const chosen = new Map(input.columns.map((c) => [c.column, c.source]));
      for (const s of chosen.values()) if (s.kind === 'column' && !keys.has(s.column)) refuse(`所选报表中没有“${s.column}”这一列，请重新选择。`);
      const columns = layout.columns.map((c) => ({ ...c, source: chosen.get(c.column) ?? ({ kind: 'empty' } as const), similar: false }));
      const other = templateByName(db(), input.name);
      if (other && other.id !== input.id) refuse(`已有名为“${input.name}”的模板，请换一个名称，或打开它修改。`);
      const values = { name: input.name, fill: input.fill, sheet: layout.sheet, fileName: input.file?.fileName ?? existing!.fileName, file, columns: JSON.stringify(columns) };
      return inTransaction(ctx, () => {
        const row = existing ? updateTemplate(db(), existing.id, values) : insertTemplate(db(), values);
        const plain = (t: TemplateRecord) => ({ name: t.name, fill: reportDefinition(t.fill).title, fileName: t.fileName, sheet: t.sheet, columns: savedColumns(t).map((c) => `${c.letter} ${c.header}：${describe(c.source, '')}`).join('；') });
        auditChange(db(), ctx, 'reportTemplate', row.id, row.name, existing ? plain(existing) : null, plain(row));
        return summary(row);
      });
    },
    'templates.list': () => listTemplates(db()).map(summary),
    'templates.get': async ({ id }) => {
      const t = find(id);
      const report = await reportColumns(t.fill);
      const layout = layoutOf(t.file, report, t.sheet);
      // the saved choices, by the column's place; a column added to the report since shows as a choice
      const saved = new Map(savedColumns(t).map((c) => [c.column, c.source]));
      const columns = layout.columns.map((c) => ({ ...c, source: saved.get(c.column) ?? c.source, similar: false }));
      return { ...summary(t), layout: { ...layout, columns, sourceColumns: report.map(sourceKey), changes: [] } };
    },
    'templates.rename': ({ id, name }) => {
      const t = find(id);
      const other = templateByName(db(), name);
      if (other && other.id !== id) refuse(`已有名为“${name}”的模板，请换一个名称。`);
      return inTransaction(ctx, () => {
        const row = updateTemplate(db(), id, { name });
        auditChange(db(), ctx, 'reportTemplate', id, name, { name: t.name }, { name });
        return summary(row);
      });
    },
    'templates.delete': ({ id }) => {
      const t = find(id);
      return inTransaction(ctx, () => {
        deleteTemplate(db(), id);
        auditChange(db(), ctx, 'reportTemplate', id, t.name, { name: t.name, fileName: t.fileName }, null);
        return { id };
      });
    },
    'templates.fill': async (input) => {
      const t = find(input.id);
      const built = await buildReport(db(), computeIndicators, { id: t.fill, asOf: input.asOf, year: input.year, includeFullIdCard: input.includeFullIdCard, includePhone: input.includePhone });
      const sheet = built.sheets[0];
      const rows = [...sheet.rows];
      const layout = layoutOf(t.file, sheet.columns, t.sheet);
      const bytes = fillTemplate({ template: t.file, sheet: t.sheet, firstDataRow: layout.firstDataRow, columns: savedColumns(t), report: { columns: sheet.columns, rows } });
      const personal = personalDataCarried(built.report, input);
      if (personal.length) auditEvent(db(), ctx, '导出', 'reportTemplate', `按模板“${t.name}”导出“${built.report.title}”（${built.period}），含${personal.join('和')}`);
      const base = t.fileName.replace(/\.xlsx$/i, '');
      return { fileName: `${base}-${built.school.name}-${built.period}.xlsx`.replace(/[\\/:*?"<>|]/g, '_'), base64: bytes.toString('base64'), rows: rows.length };
    },
  };
}
