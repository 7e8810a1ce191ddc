// The certificate-rate chart's option: a bar per major, and the plan's target as a dashed line across them, so a
// major below the target is seen at once.
export const percentAxis = { type: 'value' as const, max: 100, axisLabel: { formatter: '{value}%' } };
export const pct = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

export function certificateRateOption(byMajor: readonly { majorName: string | null; value: number | null }[], target: number | null) {
  const line = pct(target);
  return {
    tooltip: { trigger: 'axis', valueFormatter: (v: number) => `${v}%` },
    xAxis: { type: 'category', data: byMajor.map((m) => m.majorName ?? '未分专业'), axisLabel: { interval: 0, rotate: 20 } },
    yAxis: percentAxis,
    series: [
      {
        type: 'bar',
        data: byMajor.map((m) => pct(m.value)),
        label: { show: true, position: 'top', formatter: '{c}%' },
        ...(line === null
          ? {}
          : { markLine: { symbol: 'none', silent: true, lineStyle: { color: '#cf1322', type: 'dashed' }, label: { formatter: `目标 ${line}%` }, data: [{ yAxis: line }] } }),
      },
    ],
  };
}
