// 值的对应: every coded value of the file that no vocabulary table knows, listed once with how many rows hold it, and
// the choices remembered from earlier imports of this record type. Choosing a value re-checks the file at once.
import { AutoComplete, Card, Select, Space, Table, Tag, Typography } from 'antd';
import { REJECT_ROW, type ImportUnmapped, type ValueChoice } from '@shared/import';

interface Entry {
  key: string;
  field: string;
  column: string;
  from: string;
  rows: number | null;
  options: string[];
  candidates: string[];
  to: string | null | undefined;
}

const keyOf = (field: string, from: string) => `${field}\u0000${from.replace(/\s/g, '')}`;

export function ValueMapping({ unmapped, choices, columnOf, optionsOf, disabled, onChoose }: {
  unmapped: readonly ImportUnmapped[];
  choices: readonly ValueChoice[];
  /** the column heading a field's values */
  columnOf: (field: string) => string;
  /** the allowed values of a field, for a remembered choice no longer listed as unmapped */
  optionsOf: (field: string) => string[];
  disabled: boolean;
  onChoose: (choice: ValueChoice) => void;
}) {
  const entries = new Map<string, Entry>();
  for (const u of unmapped)
    entries.set(keyOf(u.field, u.value), { key: keyOf(u.field, u.value), field: u.field, column: u.column, from: u.value, rows: u.rows, options: u.options, candidates: u.candidates, to: undefined });
  for (const c of choices) {
    const k = keyOf(c.field, c.from);
    const known = entries.get(k);
    if (known) known.to = c.to;
    else entries.set(k, { key: k, field: c.field, column: columnOf(c.field), from: c.from, rows: null, options: optionsOf(c.field), candidates: [], to: c.to });
  }
  if (entries.size === 0) return null;
  const open = unmapped.length;
  return (
    <section aria-label="值的对应">
      <Card size="small" title="值的对应" extra={open ? <Tag color="orange">{open} 个值还不能识别</Tag> : <Tag color="green">都已对应</Tag>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            下面的值不在可选范围内，程序不能确定它们的意思。请为每个值选择它对应的规范值，或选“{REJECT_ROW}”；选择后会立即重新检查。这些对应会被记住，下次导入同类记录时自动沿用，也可以在这里修改。
          </Typography.Text>
          <Table<Entry>
            size="small"
            rowKey="key"
            pagination={false}
            dataSource={[...entries.values()]}
            columns={[
              { title: '列', dataIndex: 'column', width: 140 },
              { title: '文件中的值', dataIndex: 'from', width: 180, render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
              { title: '行数', dataIndex: 'rows', width: 70, render: (r: number | null) => (r === null ? <Tag>上次的对应</Tag> : r) },
              {
                title: '对应为',
                render: (_: unknown, e) =>
                  e.options.length ? (
                    <Select
                      aria-label={`“${e.from}”对应为`}
                      style={{ width: 260 }}
                      disabled={disabled}
                      placeholder={e.candidates.length ? `可能是：${e.candidates.join('、')}` : '请选择'}
                      value={e.to === undefined ? undefined : (e.to ?? REJECT_ROW)}
                      options={[
                        ...(e.candidates.length ? e.candidates : []).map((o) => ({ value: o, label: `${o}（可能）` })),
                        ...e.options.filter((o) => !e.candidates.includes(o)).map((o) => ({ value: o, label: o })),
                        { value: REJECT_ROW, label: REJECT_ROW },
                      ]}
                      onChange={(v: string) => onChoose({ field: e.field, from: e.from, to: v === REJECT_ROW ? null : v })}
                    />
                  ) : (
                    <AutoComplete
                      aria-label={`“${e.from}”对应为`}
                      style={{ width: 260 }}
                      disabled={disabled}
                      placeholder="如 710201 计算机应用"
                      defaultValue={e.to ?? undefined}
                      options={[{ value: REJECT_ROW }]}
                      onSelect={(v: string) => onChoose({ field: e.field, from: e.from, to: v === REJECT_ROW ? null : v })}
                      onBlur={(ev) => {
                        const v = (ev.target as HTMLInputElement).value.trim();
                        if (v && v !== (e.to ?? '')) onChoose({ field: e.field, from: e.from, to: v === REJECT_ROW ? null : v });
                      }}
                    />
                  ),
              },
            ]}
          />
        </Space>
      </Card>
    </section>
  );
}
