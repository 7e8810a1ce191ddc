// The period a page's figures cover: the statistics cut-off and the statistics year, which starts as the school year
// of the cut-off (shared/dates.ts) and follows it when the cut-off is changed. One control for the overview and the
// reports, so both read a period the same way.
import { useState } from 'react';
import { DatePicker, InputNumber, Typography } from 'antd';
import dayjs from 'dayjs';
import { schoolYearLabel, statisticsYearOf } from '@shared/dates';

export interface Period {
  asOf: string;
  year: number;
}

export function usePeriod(cutoffDate: string) {
  const [period, setPeriod] = useState<Period>({ asOf: cutoffDate, year: statisticsYearOf(cutoffDate) });
  return {
    ...period,
    setAsOf: (asOf: string) => setPeriod({ asOf, year: statisticsYearOf(asOf) }),
    setYear: (year: number) => setPeriod((p) => ({ ...p, year })),
  };
}

export function PeriodControls({ period, showYear = true }: { period: ReturnType<typeof usePeriod>; showYear?: boolean }) {
  return (
    <>
      <span>
        统计截止日期{' '}
        <DatePicker aria-label="统计截止日期" allowClear={false} value={dayjs(period.asOf)} onChange={(d) => d && period.setAsOf(d.format('YYYY-MM-DD'))} />
      </span>
      {showYear && (
        <span>
          统计年度 <InputNumber aria-label="统计年度" min={2000} max={2100} value={period.year} onChange={(v) => v && period.setYear(v)} />{' '}
          <Typography.Text type="secondary">（{schoolYearLabel(period.year)}）</Typography.Text>
        </span>
      )}
    </>
  );
}
