// Pick a staff member by typing part of a name or 工号 (the roster may hold hundreds).
import { useState } from 'react';
import { Select } from 'antd';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';

export interface PickedStaff {
  id: number;
  name: string;
}

export function StaffSelect({ value, onChange, placeholder }: { value: PickedStaff | null; onChange: (s: PickedStaff | null) => void; placeholder: string }) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const found = useLoad(() => api.call('staff.list', { search: search.trim() || undefined, pageSize: 30 }), [api, search]);
  const rows = found.data?.rows ?? [];
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setSearch }}
      allowClear
      aria-label={placeholder}
      placeholder={placeholder}
      style={{ width: 220 }}
      loading={found.loading}
      value={value?.id}
      onChange={(id) => {
        const row = rows.find((r) => r.id === id);
        onChange(row ? { id: row.id, name: row.name } : null);
      }}
      options={[
        ...(value && !rows.some((r) => r.id === value.id) ? [{ value: value.id, label: value.name }] : []),
        ...rows.map((r) => ({ value: r.id, label: `${r.name}（${r.staffNo}）` })),
      ]}
      notFoundContent={found.loading ? '正在查找…' : '没有找到，请输入姓名或工号'}
    />
  );
}
