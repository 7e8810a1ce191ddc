// 教师企业实践台账 as exported: every record started by the cut-off date, each teacher's together, the days added
// up in 合计, and codes kept as text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type * as XLSX from '@e965/xlsx';
import { staffInput } from '../../helpers/people';
import { openTestSchool, TINY_PNG_BASE64, type TestSchool } from '../../helpers/school';
import { expectInertCells, exportWorkbook, headOf, readTable, recordsOf } from '../../helpers/reports';
import { usccCheckChar } from '@shared/rules/uscc';
import type { PracticeInput } from '@shared/practice';

// All digits but possibly the last: a number cell would lose it to scientific notation.
const USCC = '91331102704567891' + usccCheckChar('91331102704567891');

let school: TestSchool;
afterEach(() => school.close());

beforeEach(async () => {
  school = await openTestSchool('2025-08-31');
  const chen = await school.ok('staff.create', staffInput({ name: '陈静' }, 1));
  const wang = await school.ok('staff.create', staffInput({ staffNo: '00012', name: '王伟', teachingCategory: '实习指导' }, 2));
  const li = await school.ok('staff.create', staffInput({ name: '李娜', teachingCategory: '公共基础课' }, 3));
  const add = async (staffId: number, values: PracticeInput) => (await school.ok('practice.create', { staffId, values })).record;
  const withEvidence = await add(chen.id, {
    enterpriseName: '浙江丽水智能制造有限公司', enterpriseCode: USCC, position: '数控车工', sendingDepartment: '机电工程系', startDate: '2024-03-01', endDate: '2024-04-30',
    form: '集中实践', content: '参与数控产线调试与工艺改进', outcome: '优秀', reviewState: '已审核',
  });
  await school.ok('practice.evidence.add', { practiceId: withEvidence.id, fileName: '证明.png', base64: TINY_PNG_BASE64 });
  await add(chen.id, { enterpriseName: '丽水云数据科技有限公司', startDate: '2023-07-01', endDate: '2023-07-20', days: 15, form: '分段实践', content: '=1+1' });
  await add(wang.id, { enterpriseName: '缙云县机床厂', startDate: '2025-07-01', endDate: '2025-08-31', days: 10, form: '考察调研' });
  await add(wang.id, { enterpriseName: '缙云县机床厂', startDate: '2025-09-01', endDate: '2025-09-10', form: '技能培训' });
  await add(li.id, { enterpriseName: '丽水市人民医院', startDate: '2022-01-10', endDate: '2022-01-14', form: '考察调研' });
});

async function ledger(asOf?: string): Promise<{ workbook: XLSX.WorkBook; sheet: XLSX.WorkSheet }> {
  const workbook = await exportWorkbook(school, 'practice-ledger', { asOf });
  return { workbook, sheet: workbook.Sheets['教师企业实践台账'] };
}

describe('教师企业实践台账', () => {
  it('is headed with the school, the table name and the cut-off date, with the columns of the ledger', async () => {
    const { workbook, sheet } = await ledger();
    expect(workbook.SheetNames).toEqual(['教师企业实践台账']);
    expect(headOf(sheet)).toEqual({ title: '丽水市示范职业技术学校教师企业实践台账', period: '统计截止日期：2025-08-31' });
    expect(readTable(sheet).headers).toEqual([
      '序号', '工号', '姓名', '任教类别', '实践单位', '统一社会信用代码', '实践岗位', '派出部门', '开始日期', '结束日期', '实践天数', '实践形式', '实践内容',
      '考核结果', '审核状态', '佐证材料数',
    ]);
  });

  it('lists the records started by the cut-off date, by 工号 then date, and adds up the days in 合计', async () => {
    const table = readTable((await ledger()).sheet);
    const records = recordsOf(table);
    const [total] = records.splice(-1);
    expect(records.map((r) => [r['序号']?.v, r['工号']?.v, r['姓名']?.v, r['任教类别']?.v, r['开始日期']?.v, r['结束日期']?.v, r['实践天数']?.v])).toEqual([
      [1, '00012', '王伟', '实习指导', '2025-07-01', '2025-08-31', 10],
      [2, 'T0001', '陈静', '专业课', '2023-07-01', '2023-07-20', 15],
      [3, 'T0001', '陈静', '专业课', '2024-03-01', '2024-04-30', 61],
      [4, 'T0003', '李娜', '公共基础课', '2022-01-10', '2022-01-14', 5],
    ]);
    expect(records[2]).toMatchObject({
      实践单位: { v: '浙江丽水智能制造有限公司' },
      实践岗位: { v: '数控车工' },
      派出部门: { v: '机电工程系' },
      实践形式: { v: '集中实践' },
      实践内容: { v: '参与数控产线调试与工艺改进' },
      考核结果: { v: '优秀' },
      审核状态: { v: '已审核' },
      佐证材料数: { v: 1 },
    });
    expect(records[1]['佐证材料数']?.v).toBe(0);
    expect(total['序号']?.v).toBe('合计');
    expect(total['实践天数']?.v).toBe(91);
  });

  it('takes a later cut-off date when asked, and the record started after the first one appears', async () => {
    const records = recordsOf(readTable((await ledger('2025-09-30')).sheet));
    expect(records).toHaveLength(6);
    expect(records.at(-1)!['实践天数']?.v).toBe(101);
  });

  it('writes 工号, 统一社会信用代码 and dates as text, and a hostile 实践内容 as inert text', async () => {
    const { workbook, sheet } = await ledger();
    const records = recordsOf(readTable(sheet));
    expect(records[2]['统一社会信用代码']).toMatchObject({ t: 's', v: USCC });
    for (const r of records.slice(0, -1)) for (const h of ['工号', '开始日期', '结束日期']) expect(r[h]?.t, h).toBe('s');
    expect(records[1]['实践内容']?.v).toBe("'=1+1");
    expectInertCells(workbook);
  });
});
