// `npm run test:crash`: the importing process killed with SIGKILL 100 times at random moments.
import { describe, expect, it } from 'vitest';
import { runCrashLoop } from '../helpers/crashLoop';
import { tempDataDir } from '../helpers/dataDir';

describe('crash safety, full loop', () => {
  it('survives 100 kills with every committed import whole', async () => {
    const data = tempDataDir();
    try {
      const { committedBatches } = await runCrashLoop(data.dir, 100);
      console.log(`100 kills survived; ${committedBatches} imports committed whole`);
      expect(committedBatches).toBeGreaterThan(10);
    } finally {
      data.cleanup();
    }
  }, 1_800_000);
});
