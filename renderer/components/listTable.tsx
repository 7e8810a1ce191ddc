// The parts every record table shares: columns from the field descriptors, sort and page changes, and the
// 编辑 / 删除 actions with a confirm that names the record (DESIGN §9: deletes ask first).
import { App as AntApp, Button, Space, type TableProps } from 'antd';
import type { ReactNode } from 'react';
import type { FieldDescriptor } from '@shared/fields';

export function cellText(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  return typeof v === 'boolean' ? (v ? '是' : '否') : String(v);
}

/** A column per descriptor shown in lists; the sortable ones get a sorter. */
export function descriptorColumns<R>(fields: readonly FieldDescriptor[], sortable: readonly string[] = []): NonNullable<TableProps<R>['columns']> {
  return fields.filter((f) => f.inList).map((f) => ({ key: f.key, dataIndex: f.key, title: f.label, sorter: sortable.includes(f.key), render: cellText }));
}

export interface Sorting<K extends string> {
  sortBy: K;
  sortOrder: 'asc' | 'desc';
}

/** The table's onChange for server-side sort and paging; an unsorted column falls back to the default key. */
export function sortPageChange<R, K extends string>(
  sortable: readonly string[],
  defaultKey: K,
  setSort: (s: Sorting<K>) => void,
  setPaging: (p: { page: number; pageSize: number }) => void,
): TableProps<R>['onChange'] {
  return (pagination, _filters, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    if (s?.order && sortable.includes(String(s.columnKey))) setSort({ sortBy: s.columnKey as K, sortOrder: s.order === 'descend' ? 'desc' : 'asc' });
    else setSort({ sortBy: defaultKey, sortOrder: 'asc' });
    setPaging({ page: pagination.current ?? 1, pageSize: pagination.pageSize ?? 20 });
  };
}

export interface DeleteRequest {
  title: string;
  content: string;
  remove: () => Promise<unknown>;
  /** the success message */
  done: string;
  after: () => void;
}

/** The 操作 column: 编辑 opens the form, 删除 asks first and then says what happened; `lead` puts a link of the
 * page's own (详情) before them. */
export function useActionsColumn<R>(
  onEdit: (row: R) => void,
  deleteOf: (row: R) => DeleteRequest,
  lead?: (row: R) => ReactNode,
): NonNullable<TableProps<R>['columns']>[number] {
  const { message, modal } = AntApp.useApp();
  const confirmDelete = (d: DeleteRequest) =>
    modal.confirm({
      title: d.title,
      content: d.content,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await d.remove();
          message.success(d.done);
          d.after();
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });
  return {
    key: 'actions',
    title: '操作',
    fixed: 'right',
    render: (_: unknown, row: R) => (
      <Space>
        {lead?.(row)}
        <Button type="link" size="small" onClick={() => onEdit(row)}>
          编辑
        </Button>
        <Button type="link" size="small" danger onClick={() => confirmDelete(deleteOf(row))}>
          删除
        </Button>
      </Space>
    ),
  };
}

/** Server-side paging with the total counted in the record's unit (共 1,234 人). */
export function serverPagination(paging: { page: number; pageSize: number }, total: number | undefined, unit: string): TableProps<unknown>['pagination'] {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total: total ?? 0,
    showSizeChanger: true,
    showTotal: (t) => `共 ${t.toLocaleString('zh-CN')} ${unit}`,
  };
}

/** A roster pages on the server in pages of up to 500, the first of 100. */
export const ROSTER_PAGE_SIZE = 100;
const ROSTER_PAGE_SIZES = [20, 100, 500];

// antd's virtual table lays its rows out by fixed column widths, not by their content: the long ones by key
// (2023级汽车运用与维修1班), the rest by their title.
const WIDE_COLUMNS: Record<string, number> = { idCard: 190, majorName: 170, className: 210, teachingMajor: 170, actions: 180 };
export const rosterColumnWidth = (c: { key?: unknown; title?: unknown }) => WIDE_COLUMNS[String(c.key)] ?? Math.max(120, String(c.title ?? '').length * 14 + 56);

/**
 * A roster table (学生, 教职工) of up to a city's 200,000 people: server pages of up to 500 rows, of which only the
 * rows in view are drawn (antd's virtual table), so a large page scrolls smoothly.
 */
export function rosterTable<R>(
  columns: NonNullable<TableProps<R>['columns']>,
  paging: { page: number; pageSize: number },
  total: number | undefined,
): Pick<TableProps<R>, 'columns' | 'virtual' | 'scroll' | 'pagination'> {
  const sized = columns.map((c) => ({ ...c, width: rosterColumnWidth(c) }));
  return {
    columns: sized,
    virtual: true,
    // the page below the search bar, whatever the window's height
    scroll: { x: sized.reduce((sum, c) => sum + c.width, 0), y: Math.max(320, window.innerHeight - 330) },
    pagination: { ...serverPagination(paging, total, '人'), pageSizeOptions: ROSTER_PAGE_SIZES },
  };
}
