// A fresh process that reads one untrusted file as the import does and reports what became of it and its peak
// memory: the measure of a zip bomb is the memory it made the reader take, which only a clean process shows.
import fs from 'node:fs';
import { readWorkbook } from '../../electron/import/reader';

const file = process.argv[2];
let outcome: { ok: true; rows: number[]; columns: number[] } | { ok: false; message: string };
try {
  const sheets = readWorkbook(fs.readFileSync(file));
  outcome = { ok: true, rows: sheets.map((s) => s.rows.length), columns: sheets.map((s) => s.rows[0]?.length ?? 0) };
} catch (e) {
  outcome = { ok: false, message: e instanceof Error ? e.message : String(e) };
}
process.stdout.write(JSON.stringify({ ...outcome, peakMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
