// Indicators against the chosen plan preset (DESIGN §4.3, §2), and the records behind each figure.
import crypto from 'node:crypto';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { INDICATORS, type ComputedIndicator, type IndicatorResult, type PlanPreset } from '@shared/indicators';
import { indicatorsOf, type IndicatorInputs } from '@shared/rules/indicators';
import type { DrillTable } from '@shared/contract/indicators';
import { BUILTIN_PRESETS, DEFAULT_PRESET_ID } from '@shared/presets';
import { getSetting, putSetting } from '../../db/queries/school';
import { graduationYears } from '../../db/queries/students';
import { awardYears } from '../../db/queries/awards';
import { loadIndicatorInputs } from '../../db/queries/indicators';
import { customPresets, deletePreset, savePreset } from '../../db/queries/presets';
import { drillRows } from '../../db/queries/drill';
import { dataQualityReport } from '../../db/queries/quality';
import { auditChange } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';
import { requireSchool } from '../records/guards';
import { statisticsYearOf } from '@shared/dates';

type IndicatorHandlers = Pick<Handlers, 'indicators.compute' | 'indicators.drill' | 'indicators.dataYears' | 'quality.check' | 'presets.list' | 'presets.select' | 'presets.save' | 'presets.delete'>;

/** What the indicators read from other areas, through those areas' own handlers so the rules live once. */
export interface IndicatorSources {
  annualData: Handlers['annualData.get'];
  practiceSettings: Handlers['practice.settings.get'];
  certificateThresholds: Handlers['certificates.getThresholds'];
}

const PRESET_KEY = 'planPreset';

/** A figure as the overview receives it: how many records are behind each part, not which. */
function withDrillCounts({ drill, ...figure }: ComputedIndicator): IndicatorResult {
  return { ...figure, drill: drill && { entity: drill.entity, numeratorRecords: drill.numeratorIds.length, denominatorRecords: drill.denominatorIds.length } };
}

export function indicatorHandlers(ctx: HandlerContext, sources: IndicatorSources): IndicatorHandlers {
  const db = () => ctx.store.db;
  const allPresets = (): PlanPreset[] => [...BUILTIN_PRESETS, ...customPresets(db())];
  const selectedId = () => getSetting(db(), PRESET_KEY, DEFAULT_PRESET_ID);
  const presetById = (id: string) => {
    const p = allPresets().find((x) => x.id === id);
    if (!p) throw new AppError('NOT_FOUND', `找不到指标方案“${id}”，请在设置中重新选择。`);
    return p;
  };

  /** The figures with the ids behind them, for the click-through. */
  async function compute(input: { asOf?: string; year?: number; presetId?: string }) {
    const school = requireSchool(db());
    const asOf = input.asOf ?? school.cutoffDate;
    const year = input.year ?? statisticsYearOf(asOf);
    const preset = presetById(input.presetId ?? selectedId());
    const annual = await sources.annualData({ schoolYear: year });
    const fromAnnual = (id: keyof IndicatorInputs['annual']) => {
      const f = annual.figures.find((x) => x.id === id)!;
      const destinationBased = id !== 'integratedEnrolmentRatio' && id !== 'perStudentFunding';
      return { numerator: f.numerator, denominator: f.denominator, value: f.value, note: destinationBased ? `来自${annual.destinationSource}` : '来自年度数据' };
    };
    const inputs = loadIndicatorInputs(db(), {
      asOf,
      year,
      schoolType: school.type,
      complianceSettings: await sources.practiceSettings({}),
      certificateThresholds: await sources.certificateThresholds({}),
      annual: {
        integratedEnrolmentRatio: fromAnnual('integratedEnrolmentRatio'),
        employmentRate: fromAnnual('employmentRate'),
        furtherStudyRate: fromAnnual('furtherStudyRate'),
        localEmploymentRate: fromAnnual('localEmploymentRate'),
        lowIncomeEmploymentRate: fromAnnual('lowIncomeEmploymentRate'),
        perStudentFunding: fromAnnual('perStudentFunding'),
      },
    });
    return { asOf, year, preset: { id: preset.id, name: preset.name }, indicators: indicatorsOf(inputs, preset) };
  }

  return {
    'indicators.compute': async (input) => {
      const report = await compute(input);
      return { ...report, indicators: report.indicators.map(withDrillCounts) };
    },
    'indicators.drill': async ({ id, part, ...period }): Promise<DrillTable> => {
      const report = await compute(period);
      const figure = report.indicators.find((i) => i.id === id)!;
      const title = `${INDICATORS[id].label}：${part === 'numerator' ? '分子' : '分母'}`;
      if (!figure.drill) return { title, columns: [], rows: [] };
      const ids = part === 'numerator' ? figure.drill.numeratorIds : figure.drill.denominatorIds;
      return { title, ...drillRows(db(), figure.drill.entity, ids) };
    },
    'indicators.dataYears': () => ({ graduationYears: graduationYears(db()), awardYears: awardYears(db()) }),
    'quality.check': () => dataQualityReport(db()),
    'presets.list': () => ({ presets: allPresets(), selectedId: selectedId() }),
    'presets.select': ({ id }) =>
      inTransaction(ctx, () => {
        const before = selectedId();
        const chosen = presetById(id);
        putSetting(db(), PRESET_KEY, id);
        const nameOf = (presetId: string) => allPresets().find((p) => p.id === presetId)?.name ?? presetId;
        auditChange(db(), ctx, 'settings', null, '指标方案', { planPreset: nameOf(before) }, { planPreset: chosen.name });
        return { selectedId: id };
      }),
    'presets.save': ({ id, name, targets }) =>
      inTransaction(ctx, () => {
        const existing = id ? presetById(id) : null;
        if (existing?.builtin) throw new AppError('VALIDATION', '内置方案不能修改，请先复制一份再编辑。');
        const preset = { id: existing?.id ?? `custom-${crypto.randomUUID().slice(0, 8)}`, name, targets };
        savePreset(db(), preset);
        auditChange(db(), ctx, 'planPreset', null, name, existing ? { targets: JSON.stringify(existing.targets) } : null, { targets: JSON.stringify(targets) });
        return { ...preset, builtin: false };
      }),
    'presets.delete': ({ id }) =>
      inTransaction(ctx, () => {
        const preset = presetById(id);
        if (preset.builtin) throw new AppError('VALIDATION', '内置方案不能删除。');
        if (selectedId() === id) throw new AppError('CONFLICT', '这个方案正在使用，请先选择其他方案再删除。');
        deletePreset(db(), id);
        auditChange(db(), ctx, 'planPreset', null, preset.name, { targets: JSON.stringify(preset.targets) }, null);
        return { id };
      }),
  };
}
