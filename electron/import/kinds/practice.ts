// 企业实践记录: a teacher's record, known by where and when it began. Its dates may come in one 起止时间 column.
import type { FieldDescriptor } from '@shared/fields';
import { practiceFields, practiceInputSchema } from '@shared/practice';
import { practiceOfStaff } from '../../../db/queries/practice';
import { parsePeriod } from '../values';
import { actionFor, ownValues, parseWith, text, throughHandlers } from './common';
import { refFields, resolvePerson, staffLookup } from './people';

const PERIOD = 'period';

const periodField: FieldDescriptor = {
  key: PERIOD,
  label: '起止时间',
  kind: 'text',
  section: '时间与天数',
  synonyms: ['起止日期', '实践时间', '实践起止时间', '实践起止日期', '实践期间', '时间段'],
  help: '开始和结束日期写在一格里时用，如 2023.07.01-2023.08.31、2023年7月1日至8月31日',
};

export const practiceAdapter = throughHandlers({
  kind: 'practice',
  fields: [...refFields(staffLookup), ...practiceFields, periodField],
  defaults: { reviewState: '待审核' },
  inferred: { startDate: '起止时间', endDate: '起止时间' },
  plan(values, mode, db) {
    const teacher = resolvePerson(staffLookup, db, values);
    if (Array.isArray(teacher)) return teacher;
    const own = ownValues(values, [PERIOD]);
    const period = text(values[PERIOD]);
    if (period && (own.startDate === undefined || own.endDate === undefined)) {
      const dates = parsePeriod(period);
      if (!dates) return [{ field: PERIOD, message: `无法识别起止时间“${period}”，请写成 2023.07.01-2023.08.31 或 2023年7月1日至2023年8月31日` }];
      own.startDate ??= dates.start;
      own.endDate ??= dates.end;
    }
    const parsed = parseWith(practiceInputSchema, own);
    if (!parsed.ok) return parsed.issues.map((i) => (period && (i.field === 'startDate' || i.field === 'endDate') && values[i.field] === undefined ? { ...i, field: PERIOD } : i));
    const v = parsed.data;
    const existing = practiceOfStaff(db, teacher.id).find((p) => p.startDate === v.startDate && p.enterpriseName === v.enterpriseName);
    const action = actionFor(existing, mode, `${teacher.name} ${v.startDate} 在“${v.enterpriseName}”的实践记录`, 'startDate');
    if (typeof action !== 'string') return action;
    return {
      action,
      label: `${teacher.name}（${teacher.number}）：${v.enterpriseName} ${v.startDate}～${v.endDate}`,
      fileKeys: [{ field: 'startDate', key: `${teacher.name}（${teacher.number}）${v.startDate} 在“${v.enterpriseName}”的实践记录` }],
      write: (h) => (existing ? h['practice.update']({ id: existing.id, values: v }) : h['practice.create']({ staffId: teacher.id, values: v })),
    };
  },
});
