// 企业实践: the school's ledger of records, the status board and the 待审核 queue, as tabs (?tab=board opens the board).
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PracticeLedgerTab } from './PracticeLedgerTab';
import { StatusBoardTab } from './StatusBoardTab';
import { ReviewQueueTab } from './ReviewQueueTab';

export function PracticeAreaPage() {
  const [params, setParams] = useSearchParams();
  return (
    <Tabs
      activeKey={['board', 'review'].includes(params.get('tab') ?? '') ? params.get('tab')! : 'ledger'}
      onChange={(key) => setParams({ tab: key }, { replace: true })}
      destroyOnHidden
      items={[
        { key: 'ledger', label: '实践台账', children: <PracticeLedgerTab /> },
        { key: 'board', label: '达标情况', children: <StatusBoardTab /> },
        { key: 'review', label: '待审核', children: <ReviewQueueTab /> },
      ]}
    />
  );
}
