// A few kills on every `npm test`; `npm run test:crash` runs the full loop of 100.
import { describe, it } from 'vitest';
import { runCrashLoop } from '../helpers/crashLoop';
import { tempDataDir } from '../helpers/dataDir';

describe('crash safety', () => {
  it('keeps every committed import whole and no partial one when the importing process is killed', async () => {
    const data = tempDataDir();
    try {
      // every kill is followed by the checks inside the loop: opens, integrity_check ok, no partial import
      await runCrashLoop(data.dir, 4);
    } finally {
      data.cleanup();
    }
  }, 120_000);
});
