import { z } from 'zod';
import { method } from './define';
import { INDICATOR_IDS, indicatorResultSchema, presetSchema, targetSchema } from '../indicators';
import { isoDate, requiredText } from '../schemaKit';
import { qualityReportSchema } from '../quality';

const period = z.object({
  /** default: the school's 统计截止日期 */
  asOf: isoDate.optional(),
  /** default: the year of asOf */
  year: z.number().int().min(2000).max(2100).optional(),
  /** default: the preset chosen in settings */
  presetId: z.string().optional(),
});

export const indicatorsReportSchema = z.object({
  asOf: z.string(),
  year: z.number(),
  preset: z.object({ id: z.string(), name: z.string() }).nullable(),
  indicators: z.array(indicatorResultSchema),
});
export type IndicatorsReport = z.output<typeof indicatorsReportSchema>;

export const drillTableSchema = z.object({
  title: z.string(),
  columns: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type DrillTable = z.output<typeof drillTableSchema>;

export const indicatorsContract = {
  'indicators.compute': method(period, indicatorsReportSchema),
  /** the records behind a figure's numerator or denominator */
  'indicators.drill': method(period.extend({ id: z.enum(INDICATOR_IDS), part: z.enum(['numerator', 'denominator']) }), drillTableSchema),
  /** the years that have records for a year's figures (graduates, awards), so a page on an empty year can say which
   * years have them */
  'indicators.dataYears': method(z.object({}), z.object({ graduationYears: z.array(z.number()), awardYears: z.array(z.number()) })),
  /** what would make a figure wrong: missing 任教类别, 双师型 without a certificate, … */
  'quality.check': method(z.object({}), qualityReportSchema),
  'presets.list': method(z.object({}), z.object({ presets: z.array(presetSchema), selectedId: z.string() })),
  'presets.select': method(z.object({ id: z.string().min(1) }), z.object({ selectedId: z.string() })),
  /** saves the user's own preset (a copy of a built-in one when id is absent) */
  'presets.save': method(
    z.object({ id: z.string().optional(), name: requiredText(100), targets: z.partialRecord(z.enum(INDICATOR_IDS), targetSchema) }),
    presetSchema,
  ),
  'presets.delete': method(z.object({ id: z.string().min(1) }), z.object({ id: z.string() })),
};
