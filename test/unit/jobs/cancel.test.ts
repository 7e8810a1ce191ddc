// A job's cancel against its point of no return: whichever comes first wins, and each side is told which. (The
// worker side is held to it in jobs.test.ts, by an import cancelled as it writes.)
import { describe, expect, it } from 'vitest';
import { JobCancel } from '../../../electron/jobs/cancel';

describe('JobCancel', () => {
  it('is heard by the job, which then may not commit', () => {
    const cancel = new JobCancel();
    expect(cancel.requested).toBe(false);
    expect(cancel.request()).toBe(true);
    expect(cancel.requested).toBe(true);
    expect(cancel.enterCommit()).toBe(false);
    expect(cancel.request()).toBe(true);
  });

  it('is refused once the job has begun to commit', () => {
    const cancel = new JobCancel();
    expect(cancel.enterCommit()).toBe(true);
    expect(cancel.request()).toBe(false);
    expect(cancel.requested).toBe(false);
  });
});
