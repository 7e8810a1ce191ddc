// What an empty list says: what to do first, with the ways to do it (a file from Excel, a block pasted into
// 批量录入, one record by hand), and what must exist before (students before their certificates).
import type { ReactNode } from 'react';
import { Button, Empty, Space, Typography } from 'antd';
import { useNavigate } from 'react-router';
import type { ImportKind } from '@shared/import';

export function FirstSteps({ what, kind, onAdd, before }: {
  /** 教职工, 学生… */
  what: string;
  kind: ImportKind;
  onAdd?: () => void;
  /** what has to be in first, said before the ways in */
  before?: ReactNode;
}) {
  const navigate = useNavigate();
  return (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={
        <Space orientation="vertical" size={4}>
          <Typography.Text>还没有{what}。</Typography.Text>
          {before && <Typography.Text type="secondary">{before}</Typography.Text>}
          <Typography.Text type="secondary">已有 Excel 表格的，导入或复制粘贴最快；也可以逐条添加。</Typography.Text>
        </Space>
      }
    >
      <Space wrap style={{ justifyContent: 'center' }}>
        <Button type="primary" onClick={() => void navigate('/import', { state: { kind } })}>
          从 Excel 导入
        </Button>
        <Button onClick={() => void navigate(`/batch?kind=${kind}`)}>粘贴到批量录入</Button>
        {onAdd && <Button onClick={onAdd}>逐条添加</Button>}
      </Space>
    </Empty>
  );
}
