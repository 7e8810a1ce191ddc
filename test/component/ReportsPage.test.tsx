// The export page offers each privacy choice only on the reports it concerns (DESIGN §9): 含完整身份证号 where a
// report prints 身份证号, 含联系电话 on the 教职工信息明细 alone, and sends exactly what the registrar ticked.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { ApiContext } from '../../renderer/api/ApiContext';
import type { ApiClient } from '../../renderer/api/client';
import { ReportsPage } from '../../renderer/pages/reports/ReportsPage';
import type { School } from '@shared/school';

const REPORTS = [
  { id: 'roster', title: '教职工花名册', period: 'asOf', idCards: true, phones: false, recordList: false },
  { id: 'practice-ledger', title: '企业实践台账', period: 'asOf', idCards: false, phones: false, recordList: false },
  { id: 'staff', title: '教职工信息明细', period: 'asOf', idCards: true, phones: true, recordList: true },
];

function renderPage() {
  // the preview runs as a job, done at its first poll
  const done = { jobId: 'j1', method: 'reports.preview', state: 'done', done: 0, total: 0, elapsedMs: 5, cancellable: true, result: { sheets: [] }, error: null };
  const answers: Record<string, unknown> = { 'reports.list': REPORTS, 'jobs.start': { jobId: 'j1' }, 'jobs.status': done };
  const call = vi.fn(async (method: string) => answers[method]) as unknown as ApiClient['call'];
  const school = { name: '丽水市示范职业技术学校', cutoffDate: '2025-08-31' } as School;
  render(
    <AntApp>
      <ApiContext.Provider value={{ call }}>
        <ReportsPage school={school} />
      </ApiContext.Provider>
    </AntApp>,
  );
  return call as unknown as ReturnType<typeof vi.fn>;
}

describe('ReportsPage', () => {
  it('offers 含联系电话 only for the staff record list, and sends both choices', async () => {
    const call = renderPage();
    await userEvent.click(await screen.findByRole('radio', { name: /教职工花名册/ }));
    expect(screen.getByRole('checkbox', { name: /含完整身份证号/ })).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /含联系电话/ })).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: /企业实践台账/ }));
    expect(screen.queryByRole('checkbox', { name: /含完整身份证号/ })).toBeNull();

    await userEvent.click(screen.getByRole('radio', { name: /教职工信息明细/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /含完整身份证号/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: /含联系电话/ }));
    await userEvent.click(screen.getByRole('button', { name: /预\s*览/ }));
    await waitFor(() =>
      expect(call).toHaveBeenCalledWith('jobs.start', {
        method: 'reports.preview',
        input: { id: 'staff', asOf: '2025-08-31', year: 2025, includeFullIdCard: true, includePhone: true },
      }),
    );
  });
});
