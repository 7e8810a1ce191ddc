// One input per field kind, so every record form is built from its descriptors alone.
import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { FieldDescriptor } from '@shared/fields';

export function FieldInput({ field, id, value, onChange }: { field: FieldDescriptor; id?: string; value?: unknown; onChange?: (v: unknown) => void }) {
  const common = { id, 'aria-label': field.label };
  switch (field.kind) {
    case 'date':
      return (
        <DatePicker
          {...common}
          style={{ width: '100%' }}
          format="YYYY-MM-DD"
          placeholder="YYYY-MM-DD"
          value={typeof value === 'string' && value ? dayjs(value, 'YYYY-MM-DD') : null}
          onChange={(d: Dayjs | null) => onChange?.(d ? d.format('YYYY-MM-DD') : null)}
        />
      );
    case 'enum':
      return (
        <Select
          {...common}
          allowClear
          showSearch={(field.options?.length ?? 0) > 8}
          placeholder="请选择"
          value={value ?? undefined}
          onChange={(v) => onChange?.(v ?? null)}
          options={(field.options ?? []).map((o) => ({ value: o, label: o }))}
        />
      );
    case 'number':
      return <InputNumber {...common} style={{ width: '100%' }} min={0} value={value as number | null} onChange={(v) => onChange?.(v)} />;
    case 'boolean':
      return <Switch {...common} checkedChildren="是" unCheckedChildren="否" checked={Boolean(value)} onChange={(v) => onChange?.(v)} />;
    case 'textarea':
      return <Input.TextArea {...common} rows={3} value={(value as string) ?? ''} onChange={(e) => onChange?.(e.target.value)} />;
    default:
      return (
        <Input
          {...common}
          value={(value as string) ?? ''}
          maxLength={field.kind === 'idCard' ? 18 : undefined}
          onChange={(e) => onChange?.(e.target.value)}
        />
      );
  }
}
