// A browser host in a process of its own, for tests of two programs on one data folder: prints its address and
// token as one JSON line, serves a stand-in page (the tests call the data, not the UI), stops on SIGTERM.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startWebHost } from '../../electron/web';

const [dataDir] = process.argv.slice(2);
const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vet-ledger-page-'));
fs.writeFileSync(path.join(rendererDir, 'index.html'), '<html><head></head><body></body></html>');
const host = await startWebHost({ dataDir, rendererDir });
process.stdout.write(JSON.stringify({ url: host.url, token: host.token }) + '\n');
process.on('SIGTERM', () => void host.close().then(() => process.exit(0)));
