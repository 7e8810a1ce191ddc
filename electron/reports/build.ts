// A report by id for a period, built as its sheets: what an export, a preview and a filled bureau template all start
// from. The period defaults to the school's cut-off and its statistics year.
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { statisticsYearOf } from '@shared/dates';
import type { Db } from '../../db/open';
import { requireSchool } from '../records/guards';
import { REPORTS, type ReportDefinition } from './index';

export interface ReportRequest {
  id: string;
  asOf?: string;
  year?: number;
  presetId?: string;
  includeFullIdCard?: boolean;
  includePhone?: boolean;
}

export function reportDefinition(id: string): ReportDefinition {
  const r = (REPORTS as Record<string, ReportDefinition>)[id];
  if (!r) throw new AppError('NOT_FOUND', `没有这张报表：${id}。可选：${Object.keys(REPORTS).join('、')}`);
  return r;
}

export async function buildReport(db: Db, computeIndicators: Handlers['indicators.compute'], input: ReportRequest) {
  const school = requireSchool(db);
  const asOf = input.asOf ?? school.cutoffDate;
  const year = input.year ?? statisticsYearOf(asOf);
  const report = reportDefinition(input.id);
  const sheets = await report.build({
    db,
    asOf,
    year,
    presetId: input.presetId,
    includeFullIdCard: input.includeFullIdCard,
    includePhone: input.includePhone,
    indicators: async () => computeIndicators({ asOf, year, presetId: input.presetId }),
  });
  return { school, report, sheets, period: report.period === 'year' ? `${year}年度` : asOf };
}

/** Full 身份证号 or phone numbers leaving the app, in words for the 操作记录 (DESIGN §9); empty when none. */
export function personalDataCarried(report: ReportDefinition, input: Pick<ReportRequest, 'includeFullIdCard' | 'includePhone'>): string[] {
  return [input.includeFullIdCard && report.idCards && '完整身份证号', input.includePhone && report.phones && '联系电话'].filter((x): x is string => Boolean(x));
}

/** File names a registrar recognises: 学校 + 表名 + period, nothing a file system would refuse. */
export function fileNameFor(schoolName: string, title: string, period: string): string {
  return `${schoolName}-${title}-${period}.xlsx`.replace(/[\\/:*?"<>|]/g, '_');
}
