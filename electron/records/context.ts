import type { Store } from '../../db/store';
import type { AuditVia } from '../../db/queries/audit';
import type { JobCancel } from '../jobs/cancel';

/** What every handler works with: the data folder's store, and how the call came in (for the audit trail). */
export interface HandlerContext {
  store: Store;
  via: AuditVia;
  version: string;
  /** the account acting (signed in on the school network), for the 操作记录 */
  by?: () => string | null;
  /** the 教师 account acting, if one is: a practice record it logs or changes awaits 教务's review (DESIGN §12) */
  teacher?: () => number | null;
  /** jobs (DESIGN §7) run in a worker thread when true: the desktop app and the browser host; inline for the CLI */
  backgroundWorkers?: boolean;
  /** set for a call made as a job: where its progress goes, and its cancel */
  progress?: (done: number, total: number) => void;
  cancel?: JobCancel;
  /** the program serving the window serves the school network through this, once it has set it (DESIGN §12);
   * the CLI and a job's worker have none */
  network?: { control?: NetworkControl };
}

/** The school's certificate the network is served with (HTTPS): what the page shows to check it by. */
export interface NetworkCertificate {
  /** SHA-256, AB:CD:… */
  fingerprint: string;
  validTo: string;
  /** where it can be downloaded on the network */
  path: string;
}

/** Serving the school network from the program that holds the data folder: started on a port, stopped. */
export interface NetworkControl {
  status(): { enabled: boolean; port: number | null; urls: string[]; certificate: NetworkCertificate | null };
  start(port: number): Promise<void>;
  stop(): Promise<void>;
}

/** Runs fn in one SQLite transaction: all of it is written, or none of it. IMMEDIATE: it takes the write lock at
 * the start, waiting its turn (busy_timeout), so a read-then-write never fails because another connection (a job's
 * worker, the school network's other callers) wrote in between. */
export function inTransaction<T>(ctx: HandlerContext, fn: () => T): T {
  return ctx.store.sqlite.transaction(fn).immediate();
}
