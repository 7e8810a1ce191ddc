import type { Handlers } from '@shared/contract';
import { annualDataFields, derivedFigures, destinationCounts, type AnnualDataResult, type AnnualDataValues } from '@shared/annualData';
import { getAnnualData, graduateDestinations, saveAnnualData, savedAnnualValues } from '../../db/queries/annualData';
import { auditChange } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';

type AnnualDataHandlers = Pick<Handlers, 'annualData.get' | 'annualData.save'>;

export function annualDataHandlers(ctx: HandlerContext): AnnualDataHandlers {
  const db = () => ctx.store.db;

  /** The saved figures and the derived ones. Graduates' destinations, once any graduate of the year has one
   * recorded, come from the student records and override the form's counts. */
  const result = (schoolYear: number): AnnualDataResult => {
    const values = savedAnnualValues(db(), schoolYear);
    const graduates = graduateDestinations(db(), schoolYear);
    const recorded = graduates.some((g) => g.destination) ? destinationCounts(graduates) : null;
    const blank = Object.fromEntries(annualDataFields.map((f) => [f.key, null])) as AnnualDataValues;
    return {
      schoolYear,
      values,
      figures: derivedFigures({ ...(values ?? blank), ...recorded }),
      destinationSource: recorded ? '学生记录' : '年度数据',
      recordedDestinations: recorded,
    };
  };

  return {
    'annualData.get': ({ schoolYear }) => result(schoolYear),
    'annualData.save': ({ schoolYear, values }) =>
      inTransaction(ctx, () => {
        const before = getAnnualData(db(), schoolYear);
        const row = saveAnnualData(db(), schoolYear, values);
        auditChange(db(), ctx, 'annualData', row.id, `${schoolYear}年度学校数据`, before ?? null, row);
        return result(schoolYear);
      }),
  };
}
