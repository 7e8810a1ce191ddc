// 企业实践: the school's ledger of records, the status board and the 待审核 queue, as tabs (?tab=board opens the board).
// The queue is for those who may review (not 校领导 on the school network).
import { Tabs } from 'antd';
import { useSearchParams } from 'react-router';
import { PracticeLedgerTab } from './PracticeLedgerTab';
import { StatusBoardTab } from './StatusBoardTab';
import { ReviewQueueTab } from './ReviewQueueTab';
import { useMayCall } from '../../api/signedInRole';

export function PracticeAreaPage() {
  const [params, setParams] = useSearchParams();
  const mayReview = useMayCall()('practice.review');
  const tabs = ['board', ...(mayReview ? ['review'] : [])];
  return (
    <Tabs
      activeKey={tabs.includes(params.get('tab') ?? '') ? params.get('tab')! : 'ledger'}
      onChange={(key) => setParams({ tab: key }, { replace: true })}
      destroyOnHidden
      items={[
        { key: 'ledger', label: '实践台账', children: <PracticeLedgerTab /> },
        { key: 'board', label: '达标情况', children: <StatusBoardTab /> },
        ...(mayReview ? [{ key: 'review', label: '待审核', children: <ReviewQueueTab /> }] : []),
      ]}
    />
  );
}
