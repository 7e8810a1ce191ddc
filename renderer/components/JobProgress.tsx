// A job as the registrar sees it (DESIGN §7): started, a progress bar with rows done of total and the time so far,
// and a cancel while the job can still take back everything it did (an import until it commits). The window stays
// usable meanwhile.
import { useCallback, useRef, useState } from 'react';
import { Button, Progress, Space, Spin, Typography } from 'antd';
import type { InputOf, OutputOf } from '@shared/contract';
import type { AppErrorData } from '@shared/errors';
import { BACKGROUND_METHODS, type BackgroundMethod, type Job } from '@shared/jobs';
import { useApi } from '../api/ApiContext';
import { ApiError } from '../api/client';

const POLL_MS = 150;

/** run() starts a job and resolves with its output, or null when cancelled; job is the one running, for display. */
export function useJob() {
  const api = useApi();
  const [job, setJob] = useState<Job | null>(null);
  const current = useRef<string | null>(null);

  const run = useCallback(
    async <M extends BackgroundMethod>(method: M, input: InputOf<M>): Promise<OutputOf<M> | null> => {
      const { jobId } = await api.call('jobs.start', { method, input });
      current.current = jobId;
      try {
        for (;;) {
          const j = await api.call('jobs.status', { jobId });
          setJob(j);
          if (j.state === 'done') return j.result as OutputOf<M>;
          if (j.state === 'failed') throw new ApiError(j.error as AppErrorData);
          if (j.state === 'cancelled') return null;
          await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
      } finally {
        current.current = null;
        setJob(null);
      }
    },
    [api],
  );

  const cancel = useCallback(async () => {
    if (current.current) setJob(await api.call('jobs.cancel', { jobId: current.current }));
  }, [api]);

  return { run, job, cancel };
}

export function JobProgress({ job, onCancel, unit = '行' }: { job: Job | null; onCancel?: () => void; unit?: string }) {
  if (!job || job.state !== 'running') return null;
  const label = BACKGROUND_METHODS[job.method].label;
  const seconds = `已用 ${Math.floor(job.elapsedMs / 1000)} 秒`;
  return (
    <Space aria-label={`${label}进度`} wrap>
      {job.total > 0 ? (
        <Progress style={{ width: 260 }} percent={Math.floor((job.done / job.total) * 100)} format={() => `${job.done}/${job.total} ${unit}`} />
      ) : (
        <Spin size="small" />
      )}
      <Typography.Text type="secondary">
        正在{label}…{seconds}
      </Typography.Text>
      {onCancel && job.cancellable && <Button onClick={onCancel}>取消</Button>}
    </Space>
  );
}
