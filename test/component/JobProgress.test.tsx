// A job as the registrar sees it: rows done of total, the time so far, and a cancel only while the job can still take
// back everything it did; useJob polls to the end and hands back the method's output, null for a cancel, or the
// refusal as an error.
import { describe, expect, it, vi } from 'vitest';
import { act, render, renderHook, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { ApiContext } from '../../renderer/api/ApiContext';
import type { ApiClient } from '../../renderer/api/client';
import { JobProgress, useJob } from '../../renderer/components/JobProgress';
import type { Job } from '@shared/jobs';

const running = (over: Partial<Job> = {}): Job => ({
  jobId: 'j1', method: 'import.dryRun', state: 'running', done: 1200, total: 10_000, elapsedMs: 3400, cancellable: true, result: null, error: null, ...over,
});

describe('JobProgress', () => {
  it('shows rows done of total, the seconds so far and a cancel for a cancellable job', async () => {
    const onCancel = vi.fn();
    render(<JobProgress job={running()} onCancel={onCancel} />);
    expect(screen.getByText('1200/10000 行')).toBeInTheDocument();
    expect(screen.getByText('正在检查导入数据…已用 3 秒')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /取\s*消/ }));
    expect(onCancel).toHaveBeenCalled();
  });

  it('offers no cancel once the job can no longer take back its writes, and shows nothing when no job runs', () => {
    const { rerender } = render(<JobProgress job={running({ method: 'import.commit', cancellable: false })} onCancel={() => {}} />);
    expect(screen.getByText('正在导入…已用 3 秒')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /取\s*消/ })).toBeNull();
    rerender(<JobProgress job={null} />);
    expect(screen.queryByText(/正在/)).toBeNull();
  });
});

describe('useJob', () => {
  const wrapperFor = (call: ApiClient['call']) =>
    function Wrapper({ children }: { children: ReactNode }) {
      return <ApiContext.Provider value={{ call }}>{children}</ApiContext.Provider>;
    };

  it('polls until done and returns the output; a failed job throws its Chinese reason', async () => {
    const states = [running(), running({ done: 10_000 }), running({ state: 'done', done: 10_000, result: { read: 10_000 } })];
    const call = vi.fn(async (method: string) => (method === 'jobs.start' ? { jobId: 'j1' } : states.shift())) as unknown as ApiClient['call'];
    const { result } = renderHook(() => useJob(), { wrapper: wrapperFor(call) });
    let output: unknown;
    await act(async () => {
      output = await result.current.run('import.dryRun', { kind: 'staff', fileName: 'a.xlsx', base64: '', mapping: [], mode: 'add' });
    });
    expect(output).toEqual({ read: 10_000 });
    expect(call).toHaveBeenCalledTimes(4);

    const failing = vi.fn(async (method: string) =>
      method === 'jobs.start' ? { jobId: 'j2' } : running({ state: 'failed', error: { code: 'VALIDATION', message: '这个文件不是电子表格。' } }),
    ) as unknown as ApiClient['call'];
    const { result: second } = renderHook(() => useJob(), { wrapper: wrapperFor(failing) });
    await act(async () => {
      await expect(second.current.run('reports.export', { id: 'roster' })).rejects.toThrow('这个文件不是电子表格。');
    });
  });

  it('returns null for a cancelled job', async () => {
    const call = vi.fn(async (method: string) => (method === 'jobs.start' ? { jobId: 'j3' } : running({ state: 'cancelled' }))) as unknown as ApiClient['call'];
    const { result } = renderHook(() => useJob(), { wrapper: wrapperFor(call) });
    let output: unknown = 'unset';
    await act(async () => {
      output = await result.current.run('package.export', {});
    });
    expect(output).toBeNull();
  });
});
