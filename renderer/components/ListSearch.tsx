// The search box above a record list: searched as typed (the list debounces), labelled for screen readers and tests.
import { Input } from 'antd';

export function ListSearch({ label, placeholder, value, onChange }: { label: string; placeholder: string; value: string; onChange: (text: string) => void }) {
  return <Input.Search allowClear aria-label={label} placeholder={placeholder} style={{ width: 300 }} value={value} onChange={(e) => onChange(e.target.value)} />;
}
