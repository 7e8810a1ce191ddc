// The records behind a figure's numerator or denominator.
import { Alert, Modal, Table } from 'antd';
import type { IndicatorId } from '@shared/indicators';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';

export interface DrillRequest {
  id: IndicatorId;
  part: 'numerator' | 'denominator';
  asOf: string;
  year: number;
}

export function DrillModal({ request, onClose }: { request: DrillRequest; onClose: () => void }) {
  const api = useApi();
  const table = useLoad(() => api.call('indicators.drill', request), [api, request]);
  const rows = (table.data?.rows ?? []).map((cells, i) => ({ key: i, ...Object.fromEntries(cells.map((c, j) => [j, c])) }));
  return (
    <Modal open width={900} title={table.data?.title ?? '正在读取…'} footer={null} onCancel={onClose}>
      {table.error && <Alert type="error" showIcon title={table.error} />}
      <Table
        size="small"
        loading={table.loading}
        dataSource={rows}
        columns={(table.data?.columns ?? []).map((title, j) => ({ key: j, dataIndex: String(j), title }))}
        pagination={{ pageSize: 10, showTotal: (t) => `共 ${t} 条` }}
        locale={{ emptyText: '没有记录' }}
      />
    </Modal>
  );
}
