// The overview's certificate-rate chart shows the plan's target as a line across the majors' bars.
import { describe, expect, it } from 'vitest';
import { certificateRateOption } from '../../../renderer/pages/overview/certificateRateChart';

describe('the certificate-rate chart', () => {
  const majors = [
    { majorName: '计算机应用', value: 0.963 },
    { majorName: null, value: 0.8 },
  ];

  it('draws the target as a dashed line labelled with it', () => {
    const [bars] = certificateRateOption(majors, 0.95).series;
    expect(bars.data).toEqual([96.3, 80]);
    expect(bars).toMatchObject({ markLine: { data: [{ yAxis: 95 }], label: { formatter: '目标 95%' }, lineStyle: { type: 'dashed' } } });
  });

  it('draws no line when the plan sets no target, and names a student without a major', () => {
    const option = certificateRateOption(majors, null);
    expect(option.series[0]).not.toHaveProperty('markLine');
    expect(option.xAxis.data).toEqual(['计算机应用', '未分专业']);
  });
});
