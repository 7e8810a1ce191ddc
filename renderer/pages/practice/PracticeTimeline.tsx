// The records inside the window as blocks on one bar, with the years marked: where the days fall at a glance.
import { Tooltip, Typography } from 'antd';
import dayjs from 'dayjs';
import type { DateWindow } from '@shared/rules/practice';
import type { PracticeRow } from '@shared/practice';

export function PracticeTimeline({ window, records }: { window: DateWindow; records: PracticeRow[] }) {
  const start = dayjs(window.start);
  const length = dayjs(window.end).diff(start, 'day') + 1;
  const percent = (date: string) => (Math.min(Math.max(dayjs(date).diff(start, 'day'), 0), length) / length) * 100;
  const years: string[] = [];
  for (let y = start.year() + 1; y <= dayjs(window.end).year(); y++) years.push(`${y}-01-01`);
  return (
    <div aria-label="实践时间轴" style={{ margin: '8px 0 16px' }}>
      <div style={{ position: 'relative', height: 28, background: '#f5f5f5', borderRadius: 4 }}>
        {records.map((r) => (
          <Tooltip key={r.id} title={`${r.startDate}～${r.endDate} ${r.enterpriseName}，${r.days} 天（${r.form}）`}>
            <div
              style={{
                position: 'absolute',
                top: 4,
                bottom: 4,
                left: `${percent(r.startDate)}%`,
                width: `max(3px, ${percent(dayjs(r.endDate).add(1, 'day').format('YYYY-MM-DD')) - percent(r.startDate)}%)`,
                background: '#1677ff',
                opacity: 0.75, // overlapping records show darker
                borderRadius: 2,
              }}
            />
          </Tooltip>
        ))}
        {years.map((y) => (
          <div key={y} style={{ position: 'absolute', left: `${percent(y)}%`, top: 0, bottom: 0, borderLeft: '1px dashed #bfbfbf' }} />
        ))}
      </div>
      <div style={{ position: 'relative', height: 18 }}>
        {years.map((y) => (
          <Typography.Text
            key={y}
            type="secondary"
            style={{ position: 'absolute', left: `${percent(y)}%`, transform: 'translateX(-50%)', whiteSpace: 'nowrap', fontSize: 12 }}
          >
            {y.slice(0, 4)}年
          </Typography.Text>
        ))}
      </div>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 4, marginBottom: 0 }}>
        统计区间 {window.start}～{window.end}
        {records.length === 0 ? '：区间内还没有实践记录' : `：区间内 ${records.length} 条记录`}
      </Typography.Paragraph>
    </div>
  );
}
