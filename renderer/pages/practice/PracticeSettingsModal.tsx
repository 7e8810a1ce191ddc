// 达标设置: required days, the rolling window's years, or a region's fixed cycle instead; and whether a teacher's
// 待审核 records count before 教务 passes them.
import { useEffect, useState } from 'react';
import { Alert, App as AntApp, DatePicker, Form, InputNumber, Modal, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { complianceSettingsSchema } from '@shared/practice';
import { toFieldIssues } from '@shared/schemaKit';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';

interface FormValues {
  requiredDays: number | null;
  windowYears: number | null;
  useCycle: boolean;
  cycle: [Dayjs, Dayjs] | null;
  countPending: boolean;
}

export function PracticeSettingsModal({ open, onClose, onSaved }: { open: boolean; onClose: () => void; onSaved: () => void }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<FormValues>();
  const [error, setError] = useState<string | null>(null);
  const current = useLoad(() => (open ? api.call('practice.settings.get', {}) : Promise.resolve(null)), [api, open]);
  const useCycle = Form.useWatch('useCycle', form);

  useEffect(() => {
    const s = current.data;
    if (!s) return;
    form.setFieldsValue({
      requiredDays: s.requiredDays,
      windowYears: s.windowYears,
      useCycle: s.fixedCycle !== null,
      cycle: s.fixedCycle ? [dayjs(s.fixedCycle.start), dayjs(s.fixedCycle.end)] : null,
      countPending: s.countPending,
    });
    setError(null);
  }, [current.data, form]);

  const save = async () => {
    const v = form.getFieldsValue(true);
    if (v.useCycle && !v.cycle) return setError('请选择固定周期的起止日期');
    const parsed = complianceSettingsSchema.safeParse({
      requiredDays: v.requiredDays,
      windowYears: v.windowYears,
      fixedCycle: v.useCycle && v.cycle ? { start: v.cycle[0].format('YYYY-MM-DD'), end: v.cycle[1].format('YYYY-MM-DD') } : null,
      countPending: v.countPending,
    });
    if (!parsed.success) {
      const labels: Record<string, string> = { requiredDays: '要求天数', windowYears: '统计年限', fixedCycle: '固定周期' };
      return setError(toFieldIssues(parsed.error).map((i) => `${labels[i.field] ?? ''}：${i.message}`).join('；'));
    }
    try {
      await api.call('practice.settings.set', parsed.data);
      message.success('已保存达标设置');
      onSaved();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Modal open={open} title="企业实践达标设置" okText="保存" cancelText="取消" onOk={() => void save()} onCancel={onClose} destroyOnHidden>
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical">
        <Form.Item name="requiredDays" label="要求天数" extra="《职业学校教师企业实践规定》：每5年累计不少于6个月，按180天计">
          <InputNumber aria-label="要求天数" min={1} max={3650} addonAfter="天" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="windowYears" label="统计年限" extra="统计截止日期前若干年内的实践天数；新教师的完成期限也是来校日期后这么多年">
          <InputNumber aria-label="统计年限" min={1} max={20} addonAfter="年" style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="useCycle" label="按固定周期统计" valuePropName="checked" extra="有的地区按固定周期考核（如 2021-01-01～2025-12-31），打开后以该周期代替滚动的统计年限">
          <Switch checkedChildren="是" unCheckedChildren="否" />
        </Form.Item>
        {useCycle && (
          <Form.Item name="cycle" label="固定周期">
            <DatePicker.RangePicker format="YYYY-MM-DD" />
          </Form.Item>
        )}
        <Form.Item
          name="countPending"
          label="教师填报的待审核记录计入达标"
          valuePropName="checked"
          extra="教师通过局域网自行填报的记录，默认在教务审核通过后才计入天数，待审核的单独列出；打开后待审核的也计入（退回的始终不计入）。学校自己录入或导入的记录不受影响"
        >
          <Switch checkedChildren="计入" unCheckedChildren="不计入" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
