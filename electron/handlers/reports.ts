// The bureau's workbooks (DESIGN §5): preview as tables, export as styled .xlsx bytes.
import type { Handlers } from '@shared/contract';
import { REPORTS, type ReportDefinition } from '../reports';
import { buildReport, fileNameFor, personalDataCarried } from '../reports/build';
import { auditEvent } from '../../db/queries/audit';
import { writeReportWorkbook } from '../excel/styledWorkbook';
import type { HandlerContext } from '../records/context';
import { formatCell } from '@shared/format';

type ReportHandlers = Pick<Handlers, 'reports.list' | 'reports.preview' | 'reports.export'>;
type ExportInput = Parameters<Handlers['reports.export']>[0];

const PREVIEW_ROWS = 100;

export function reportHandlers(ctx: HandlerContext, computeIndicators: Handlers['indicators.compute']): ReportHandlers {
  const build = (input: ExportInput) => buildReport(ctx.store.db, computeIndicators, input);

  return {
    'reports.list': () => Object.values(REPORTS as Record<string, ReportDefinition>).map((r) => ({ id: r.id, title: r.title, period: r.period, idCards: r.idCards ?? false, phones: r.phones ?? false, recordList: r.recordList ?? false, note: r.note ?? null })),
    'reports.preview': async (input) => {
      const { sheets } = await build(input);
      return {
        sheets: sheets.map((s) => {
          // The first rows kept, the others counted as they stream by: a city's roster is 200,000 rows.
          const rows: string[][] = [];
          let totalRows = 0;
          for (const r of s.rows) if (totalRows++ < PREVIEW_ROWS) rows.push(r.map((v, j) => formatCell(s.columns[j]?.kind ?? 'text', v)));
          return { sheetName: s.sheetName, title: s.title, headers: s.columns.map((c) => (c.group ? `${c.group}·${c.header}` : c.header)), rows, totalRows };
        }),
      };
    },
    'reports.export': async (input) => {
      const { school, report, sheets, period } = await build(input);
      const bytes = await writeReportWorkbook(sheets);
      // Full 身份证号 or phone numbers leaving the app are on record, as their display is (DESIGN §9).
      const personal = personalDataCarried(report, input);
      if (personal.length) auditEvent(ctx.store.db, ctx, '导出', 'report', `导出“${report.title}”（${period}），含${personal.join('和')}`);
      return { fileName: fileNameFor(school.name, report.title, period), base64: bytes.toString('base64'), size: bytes.length };
    },
  };
}
