import path from 'node:path';

/** The browser host and the CLI keep their data in --data DIR, else $VET_LEDGER_DATA, else ./vet-ledger-data. */
export function resolveDataDir(flag: string | undefined): string {
  return path.resolve(flag ?? process.env.VET_LEDGER_DATA ?? 'vet-ledger-data');
}
