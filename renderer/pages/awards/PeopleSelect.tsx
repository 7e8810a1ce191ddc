// Picks students or staff of the school by searching their name or number, so that an award points at the person
// on the roster instead of a typed name.
import { useState } from 'react';
import { Select } from 'antd';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';

export interface PickedPerson {
  value: number;
  label: string;
}

export function PeopleSelect({ roster, value, onChange, id, label }: { roster: 'students' | 'staff'; value?: PickedPerson[]; onChange?: (v: PickedPerson[]) => void; id?: string; label: string }) {
  const api = useApi();
  const [search, setSearch] = useState('');
  const found = useLoad(async () => {
    const q = { search: search || undefined, pageSize: 20 };
    if (roster === 'students') return (await api.call('students.list', q)).rows.map((s) => ({ value: s.id, label: `${s.name}（${s.studentNo}${s.className ? `，${s.className}` : ''}）` }));
    return (await api.call('staff.list', q)).rows.map((s) => ({ value: s.id, label: `${s.name}（${s.staffNo}）` }));
  }, [api, roster, search]);
  return (
    <Select
      id={id}
      aria-label={label}
      mode="multiple"
      labelInValue
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={roster === 'students' ? '输入姓名或学号查找学生' : '输入姓名或工号查找教职工'}
      loading={found.loading}
      value={value ?? []}
      onChange={(v) => onChange?.(v as PickedPerson[])}
      options={found.data ?? []}
      notFoundContent={found.loading ? '正在查找…' : '没有找到，请换个姓名或编号'}
    />
  );
}
