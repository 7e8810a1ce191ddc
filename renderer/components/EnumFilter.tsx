// A list filter over one vocabulary (岗位类别, 实践形式…): cleared means no filter.
import { Select } from 'antd';

export function EnumFilter<T extends string>({ placeholder, options, value, onChange }: { placeholder: string; options: readonly T[]; value: T | undefined; onChange: (v: T | undefined) => void }) {
  return (
    <Select<T>
      allowClear
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ width: 140 }}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      options={options.map((o) => ({ value: o, label: o }))}
    />
  );
}
