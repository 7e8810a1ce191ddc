// Which columns a wide list shows: by default those that fit the window beside the fixed 操作 column (so none is cut
// off behind it), the rest one tick away in 显示列; a registrar's choice is remembered per list on this computer.
import { useState } from 'react';
import { Button, Checkbox, Popover, Space, Typography, type TableProps } from 'antd';
import { SettingOutlined } from '@ant-design/icons';

type Columns<R> = NonNullable<TableProps<R>['columns']>;
const storageKey = (list: string) => `vet-ledger.columns.${list}`;
/** Always shown: the record's number and name, and its actions. */
const FIXED_COLUMNS = 2;

function remembered(list: string): string[] | null {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(storageKey(list)) ?? 'null');
    return Array.isArray(v) && v.every((k) => typeof k === 'string') ? v : null;
  } catch {
    return null;
  }
}

/** The keys that fit `room` pixels: the fixed ones, then the others by priority (the list's order for those not
 * named), each taken while it still fits; shown in the list's order. */
export function columnsThatFit(widths: readonly { key: string; width: number }[], room: number, priority: readonly string[] = []): string[] {
  const fixed = widths.slice(0, FIXED_COLUMNS);
  const rank = (key: string, i: number) => (priority.includes(key) ? priority.indexOf(key) : priority.length + i);
  const rest = widths.slice(FIXED_COLUMNS).map((c, i) => ({ ...c, rank: rank(c.key, i) }));
  let used = fixed.reduce((sum, c) => sum + c.width, 0);
  const kept = new Set(fixed.map((c) => c.key));
  for (const c of rest.sort((a, b) => a.rank - b.rank))
    if (used + c.width <= room) {
      used += c.width;
      kept.add(c.key);
    }
  return widths.map((c) => c.key).filter((k) => kept.has(k));
}

/** The side menu, the page's margins and the 操作 column beside a roster at this window width. */
const roomBesideTable = (actionsWidth: number) => window.innerWidth - 200 - 48 - actionsWidth - 16;

/** `priority`: the columns a registrar needs first, shown by default before the others when not all fit. */
export function useColumnChoice<R>(list: string, columns: Columns<R>, widthOf: (c: Columns<R>[number]) => number, priority: readonly string[] = []) {
  const keyOf = (c: Columns<R>[number]) => String(c.key);
  const actions = columns.filter((c) => keyOf(c) === 'actions');
  const choosable = columns.filter((c) => keyOf(c) !== 'actions');
  const fitting = () => columnsThatFit(choosable.map((c) => ({ key: keyOf(c), width: widthOf(c) })), roomBesideTable(actions.reduce((w, c) => w + widthOf(c), 0)), priority);
  const [shown, setShown] = useState<string[]>(() => remembered(list) ?? fitting());
  const choose = (keys: string[] | null) => {
    if (keys) localStorage.setItem(storageKey(list), JSON.stringify(keys));
    else localStorage.removeItem(storageKey(list));
    setShown(keys ?? fitting());
  };
  const visible = choosable.filter((c, i) => i < FIXED_COLUMNS || shown.includes(keyOf(c)));
  const chooser = (
    <Popover
      trigger="click"
      placement="bottomRight"
      title="显示哪些列"
      content={
        <Space orientation="vertical">
          <Checkbox.Group
            aria-label="显示的列"
            style={{ display: 'grid', gridTemplateColumns: 'repeat(2, 150px)', gap: 4 }}
            value={[...shown, ...choosable.slice(0, FIXED_COLUMNS).map(keyOf)]}
            onChange={(keys) => choose(choosable.map(keyOf).filter((k) => keys.includes(k)))}
            options={choosable.map((c, i) => ({ value: keyOf(c), label: String(c.title), disabled: i < FIXED_COLUMNS }))}
          />
          <Space>
            <Typography.Link onClick={() => choose(null)}>恢复默认</Typography.Link>
            <Typography.Text type="secondary">列多时表格可以左右滚动</Typography.Text>
          </Space>
        </Space>
      }
    >
      <Button icon={<SettingOutlined />}>
        显示列（{visible.length}/{choosable.length}）
      </Button>
    </Popover>
  );
  return { columns: [...visible, ...actions], chooser };
}
