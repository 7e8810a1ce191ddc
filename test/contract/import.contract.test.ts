// The import over the in-process and the loopback HTTP transport: the file's bytes travel as base64, and the
// inspection, dry run, commit and the workbooks handed back are the same either way.
import { describe, expect, it } from 'vitest';
import type { Transport } from '../../renderer/api/transport';
import { onBothTransports } from '../helpers/twoTransports';
import { staffRosterXlsx } from '../fixtures/generate';

async function scenario(call: Transport) {
  const data = async <T>(m: string, input: unknown) => ((await call(m, input)) as { data: T }).data;
  await data('school.setup', { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' });
  const source = { kind: 'staff', fileName: '花名册.xlsx', base64: staffRosterXlsx().toString('base64') };
  const inspection = await data<{ sheet: string; columns: { column: number; header: string; field: string | null }[] }>('import.inspect', source);
  const mapping = inspection.columns.map((c) => ({ column: c.column, field: c.header === '技术职称' ? 'title' : c.field }));
  const input = { ...source, sheet: inspection.sheet, mapping, mode: 'upsert' };
  const dryRun = await data('import.dryRun', input);
  const rejected = await data<{ fileName: string; base64: string }>('import.rejectedWorkbook', input);
  const commit = await data<{ backup: string }>('import.commit', input);
  const list = await data<{ rows: { staffNo: string }[] }>('staff.list', { pageSize: 50 });
  const notSheet = await call('import.inspect', { ...source, base64: Buffer.from('%PDF-1.7\n\0\0\0binary').toString('base64') });
  return {
    inspection,
    dryRun,
    rejectedFile: rejected.fileName,
    commit: { ...commit, backup: commit.backup.replace(/\d{8}-\d+/, '<time>') },
    staffNos: list.rows.map((r) => r.staffNo),
    notSheet,
  };
}

describe('import over two transports', () => {
  const both = onBothTransports(scenario);

  it('gives identical results in-process and over HTTP', () => {
    const [local, http] = both.results();
    expect(http).toEqual(local);
  });

  it('imports the six good rows and refuses a file that is no spreadsheet', () => {
    const r = both.results()[1] as { commit: { imported: number; rejected: unknown[] }; staffNos: string[]; notSheet: { ok: boolean; error: { code: string } } };
    expect(r.commit).toMatchObject({ imported: 6 });
    expect(r.commit.rejected).toHaveLength(2);
    expect(r.staffNos).toEqual(['T001', 'T002', 'T003', 'T004', 'T005', 'T006']);
    expect(r.notSheet).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
