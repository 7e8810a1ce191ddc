// Hostile input at every entrance (DESIGN §9): every contract method, fed random and boundary values, answers with a
// typed error in Chinese or a result — never a crash, an untyped error, or a write when it refuses.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { contract, type Method } from '@shared/contract';
import { dispatch } from '@shared/dispatch';
import type { ErrorCode } from '@shared/errors';
import { openApp, type App } from '../../../electron/appContext';
import { tempDataDir } from '../../helpers/dataDir';

const CODES: ErrorCode[] = ['VALIDATION', 'CONFLICT', 'NOT_FOUND', 'UNKNOWN_METHOD', 'FORBIDDEN', 'NOT_SET_UP', 'DATABASE'];
// Whole-database operations are exercised by their own tests; fuzzing them would only replace the data under test.
const SKIPPED: Method[] = ['demo.generate', 'backup.create', 'backup.restore', 'reports.export', 'reports.preview'];

/** Values a hostile caller might send: anything JSON can carry, and near-misses of real inputs. */
const hostile = fc.oneof(
  fc.jsonValue(),
  fc.dictionary(fc.constantFrom('id', 'staffId', 'studentId', 'values', 'page', 'year', 'asOf', 'name', 'idCard', 'file', '__proto__', 'constructor'), fc.jsonValue()),
  fc.record({ id: fc.oneof(fc.integer(), fc.double(), fc.string()), values: fc.object() }),
  fc.constantFrom(null, undefined, '', 0, -1, 2 ** 53, 'x'.repeat(100_000), [], {}, { id: 1 }, { id: -1 }, { asOf: '2025-02-30' }),
);

describe('handlers under hostile input', () => {
  const data = tempDataDir();
  let app: App;
  const changes = () => app.store.sqlite.prepare('select total_changes()').pluck().get() as number;

  beforeAll(async () => {
    app = await openApp({ dataDir: data.dir });
    await dispatch(app.handlers, 'school.setup', { name: '测试学校', type: '中职', cutoffDate: '2025-08-31' });
  });
  afterAll(() => {
    app.close();
    data.cleanup();
  });

  const methods = (Object.keys(contract) as Method[]).filter((m) => !SKIPPED.includes(m));

  it.each(methods)('%s answers every input with a result or a typed error, and writes nothing when it refuses', async (method) => {
    await fc.assert(
      fc.asyncProperty(hostile, async (input) => {
        const before = changes();
        const result = await dispatch(app.handlers, method, input);
        if (result.ok) return;
        expect(CODES).toContain(result.error.code);
        expect(result.error.message.length).toBeGreaterThan(0);
        expect(changes()).toBe(before);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses unknown methods, including prototype names', async () => {
    for (const name of ['__proto__', 'constructor', 'toString', 'staff.drop', '', 'staff.list ']) {
      const result = await dispatch(app.handlers, name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
