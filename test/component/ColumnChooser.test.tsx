// A wide list at a school PC's width: the columns that fit beside 操作 by default, the others one tick away, and the
// registrar's choice remembered per list.
import { afterEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { columnsThatFit, useColumnChoice } from '../../renderer/components/ColumnChooser';

const COLUMNS = ['工号', '姓名', '身份证号', '性别', '状态', '岗位类别', '任教类别', '最高学历', '职称'].map((title, i) => ({ key: `c${i}`, title }));
const ALL = [...COLUMNS, { key: 'actions', title: '操作' }];

function List({ list }: { list: string }) {
  const { columns, chooser } = useColumnChoice(list, ALL, () => 150);
  return (
    <div>
      {chooser}
      <ol aria-label="表头">
        {columns.map((c) => (
          <li key={String(c.key)}>{String(c.title)}</li>
        ))}
      </ol>
    </div>
  );
}
const shown = () => within(screen.getByRole('list', { name: '表头' })).getAllByRole('listitem').map((li) => li.textContent);

afterEach(() => localStorage.clear());

describe('the column chooser', () => {
  it('keeps the number and name whatever the room, and the columns that fit after them', () => {
    expect(columnsThatFit([{ key: 'a', width: 500 }, { key: 'b', width: 500 }, { key: 'c', width: 100 }, { key: 'd', width: 10 }], 600)).toEqual(['a', 'b']);
    expect(columnsThatFit([{ key: 'a', width: 100 }, { key: 'b', width: 100 }, { key: 'c', width: 100 }, { key: 'd', width: 100 }], 350)).toEqual(['a', 'b', 'c']);
    // the columns named first are taken first, a narrow one after a wide one that did not fit, in the list's order
    const widths = [{ key: 'no', width: 100 }, { key: 'name', width: 100 }, { key: 'id', width: 190 }, { key: 'sex', width: 60 }, { key: 'title', width: 120 }, { key: 'edu', width: 120 }];
    expect(columnsThatFit(widths, 520, ['title', 'edu', 'id'])).toEqual(['no', 'name', 'sex', 'title', 'edu']);
  });

  it('shows what fits a 1366 window, then remembers a choice per list until 恢复默认', async () => {
    window.innerWidth = 1366;
    // 1366 − menu 200 − margins 48 − 操作 150 − 16 = 952: six columns of 150
    const { unmount } = render(<List list="staff" />);
    expect(shown()).toEqual(['工号', '姓名', '身份证号', '性别', '状态', '岗位类别', '操作']);
    await userEvent.click(screen.getByRole('button', { name: /显示列（6\/9）/ }));
    await userEvent.click(await screen.findByRole('checkbox', { name: '最高学历' }));
    await userEvent.click(screen.getByRole('checkbox', { name: '性别' }));
    expect(shown()).toEqual(['工号', '姓名', '身份证号', '状态', '岗位类别', '最高学历', '操作']);
    expect((screen.getByRole('checkbox', { name: '工号' }) as HTMLInputElement).disabled).toBe(true);
    unmount();

    const again = render(<List list="staff" />);
    expect(shown()).toEqual(['工号', '姓名', '身份证号', '状态', '岗位类别', '最高学历', '操作']);
    const other = render(<List list="students" />);
    expect(within(other.container).getByRole('list', { name: '表头' }).textContent).toBe('工号姓名身份证号性别状态岗位类别操作');
    other.unmount();

    await userEvent.click(screen.getByRole('button', { name: /显示列/ }));
    await userEvent.click(await screen.findByText('恢复默认'));
    expect(shown()).toEqual(['工号', '姓名', '身份证号', '性别', '状态', '岗位类别', '操作']);
    expect(localStorage.getItem('vet-ledger.columns.staff')).toBeNull();
    again.unmount();
  });
});
