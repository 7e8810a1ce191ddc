// Formula injection (DESIGN §9): records whose text begins with = + - @ tab CR or LF, exported in every
// workbook (the 质量年报 pack and the record lists it leaves out), come out as inert text — no formula cell, no text
// cell starting with those characters.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as XLSX from '@e965/xlsx';
import { openApp, type App } from '../../../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { generateDemoSchool } from '../../../seeds/demo';
import { REPORTS, type ReportDefinition } from '../../../electron/reports';
import { tempDataDir } from '../../helpers/dataDir';

const HOSTILE = ['=HYPERLINK("http://x","点我")', '+1+1', '-2-2', '@SUM(A1)', '\t=1', '\r=1', '\n=1'];
const TRIGGER = /^[=+\-@\t\r\n]/;

describe('every workbook, fed hostile text', () => {
  const data = tempDataDir();
  let app: App;

  beforeAll(async () => {
    app = await openApp({ dataDir: data.dir });
    generateDemoSchool(app.store.sqlite, { type: '中职', seed: 7, staff: 40, students: 120, asOf: '2025-10-31' });
    // hostile text in every kind of record a workbook prints
    const sqlite = app.store.sqlite;
    const put = (sql: string) => HOSTILE.forEach((text, i) => sqlite.prepare(sql).run(text, i + 1));
    put('update staff set name = ?, teaching_major = name where id = ?');
    put('update practice_records set enterprise_name = ?, content = enterprise_name where id = ?');
    put('update students set name = ? where id = ?');
    put('update majors set name = ? where id = ?');
    put('update classes set name = ? || id where id = ?');
    put('update awards set competition = ?, event = competition where id = ?');
    put('update staff_skill_certificates set name = ? where id = ?');
  });
  afterAll(() => {
    app.close();
    data.cleanup();
  });

  it('writes every cell of the 质量年报 pack (all reports) and of the record lists as inert values', async () => {
    const ids = ['quality-pack', ...(Object.values(REPORTS) as ReportDefinition[]).filter((r) => r.recordList).map((r) => r.id)];
    const sheets: [string, XLSX.WorkSheet][] = [];
    for (const id of ids) {
      const result = await dispatch(app.handlers, 'reports.export', { id, asOf: '2025-10-31', year: 2025, includeFullIdCard: true });
      expect(result.ok, id).toBe(true);
      const book = XLSX.read(Buffer.from((result as { data: { base64: string } }).data.base64, 'base64'), { cellFormula: true });
      sheets.push(...book.SheetNames.map((name): [string, XLSX.WorkSheet] => [`${id} ${name}`, book.Sheets[name]]));
    }
    let texts = 0;
    let neutralised = 0;
    for (const [name, sheet] of sheets) {
      for (const [ref, cell] of Object.entries(sheet)) {
        if (ref.startsWith('!')) continue;
        const c = cell as XLSX.CellObject;
        expect(c.f, `${name}!${ref} is a formula`).toBeUndefined();
        if (c.t === 's') {
          texts++;
          expect(String(c.v), `${name}!${ref}`).not.toMatch(TRIGGER);
          if (String(c.v).startsWith("'")) neutralised++;
        }
      }
    }
    expect(texts).toBeGreaterThan(100);
    // the hostile names really reached the sheets, and were neutralised there
    expect(neutralised).toBeGreaterThanOrEqual(HOSTILE.length);
  });
});
