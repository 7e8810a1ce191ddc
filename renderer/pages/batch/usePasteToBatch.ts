// Ctrl+V on a list page: a block of cells copied from Excel or WPS opens the 批量录入 grid of that record type with
// the block pasted, instead of doing nothing. A paste into a search box or a form field stays there.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import type { ImportKind } from '@shared/import';
import type { PastedHandOver } from './BatchEntryPage';

const typingInto = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

export function usePasteToBatch(kind: ImportKind) {
  const navigate = useNavigate();
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (typingInto(e.target) || document.querySelector('.ant-drawer-open, .ant-modal-wrap')) return;
      const text = e.clipboardData?.getData('text/plain') ?? '';
      // one cell is not a block of rows: only cells in columns or rows open the grid
      if (!/[\t\n]/.test(text.trim())) return;
      e.preventDefault();
      const state: PastedHandOver = { pasted: text };
      void navigate(`/batch?kind=${kind}`, { state });
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, [kind, navigate]);
}
