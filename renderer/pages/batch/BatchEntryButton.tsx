// A list page's way into 批量录入: the button, and Ctrl+V of a block of cells anywhere on the page.
import { Button, Tooltip } from 'antd';
import { TableOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import type { ImportKind } from '@shared/import';
import { usePasteToBatch } from './usePasteToBatch';

export function BatchEntryButton({ kind }: { kind: ImportKind }) {
  const navigate = useNavigate();
  usePasteToBatch(kind);
  return (
    <Tooltip title="从 Excel 或 WPS 复制多行，在这一页按 Ctrl+V 也可以直接打开">
      <Button icon={<TableOutlined />} onClick={() => void navigate(`/batch?kind=${kind}`)}>
        批量录入
      </Button>
    </Tooltip>
  );
}
