// 企业实践: the school's ledger of records and the status board, as two tabs (?tab=board opens the board).
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PracticeLedgerTab } from './PracticeLedgerTab';
import { StatusBoardTab } from './StatusBoardTab';

export function PracticeAreaPage() {
  const [params, setParams] = useSearchParams();
  return (
    <Tabs
      activeKey={params.get('tab') === 'board' ? 'board' : 'ledger'}
      onChange={(key) => setParams({ tab: key }, { replace: true })}
      destroyOnHidden
      items={[
        { key: 'ledger', label: '实践台账', children: <PracticeLedgerTab /> },
        { key: 'board', label: '达标情况', children: <StatusBoardTab /> },
      ]}
    />
  );
}
