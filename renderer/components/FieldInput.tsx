// One input per field kind, so every record form is built from its descriptors alone.
import { DatePicker, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { KeyboardEvent } from 'react';
import type { FieldDescriptor } from '@shared/fields';
import { optionFilter } from '@shared/optionMatch';

/** Enter inside a date commits the typed date (the picker's own handling) and never submits the whole form. */
const keepEnterInside = (e: KeyboardEvent<HTMLElement>) => {
  if (e.key === 'Enter') e.preventDefault();
};

export function FieldInput({
  field,
  id,
  value,
  onChange,
  autoFocus,
}: {
  field: FieldDescriptor;
  id?: string;
  value?: unknown;
  onChange?: (v: unknown) => void;
  autoFocus?: boolean;
}) {
  const common = { id, 'aria-label': field.label, autoFocus };
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
          onKeyDown={keepEnterInside}
        />
      );
    case 'enum': {
      const options = field.options ?? [];
      const matches = optionFilter(options, field.spellings);
      // Typing filters (by text, pinyin initials, the vocabulary's spellings); Enter takes the first match and,
      // with none, nothing.
      return (
        <Select
          {...common}
          allowClear
          showSearch={{ filterOption: (typed, option) => matches(typed, String(option?.label ?? '')) }}
          // every option in the page, not a virtual window of them: a vocabulary is short, and the first match is
          // the one Enter takes
          virtual={false}
          placeholder="请选择（可输入拼音首字母）"
          value={value ?? undefined}
          onChange={(v) => onChange?.(v ?? null)}
          options={options.map((o) => ({ value: o, label: o }))}
        />
      );
    }
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
