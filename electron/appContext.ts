// Opens the data folder and builds the handlers: shared by the Electron shell, the browser host and the CLI.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Handlers } from '@shared/contract';
import { Store } from '../db/store';
import type { AuditVia } from '../db/queries/audit';
import type { LockOwner } from '../db/folderLock';
import { createHandlers } from './handlers';
import type { HandlerContext } from './records/context';
import { APP_VERSION } from './version';
import { logErrorsTo } from './errorLog';
import { actingTeacher, actingUser } from './auth/acting';

export interface OpenAppOptions {
  dataDir: string;
  /** where drizzle-kit's SQL lives: db/migrations in the source tree, resources/migrations when packaged */
  migrationsDir?: string;
  via?: AuditVia;
  /** which program holds the folder, as a second one is told */
  owner?: LockOwner;
  /** a command that only reads may read beside the program that holds the folder */
  readBesideOwner?: boolean;
  /** the desktop app and the browser host back up at start and daily; the CLI and tests do not */
  automaticBackups?: boolean;
  /** the desktop app and the browser host run jobs in a worker thread; the CLI runs them inline */
  backgroundWorkers?: boolean;
}

export interface App {
  handlers: Handlers;
  store: Store;
  /** set by the program that serves the window (browser host, desktop app) so that 局域网访问 can be switched */
  network: NonNullable<HandlerContext['network']>;
  close(): void;
}

/** Computed on demand: the Electron bundle is CommonJS, where import.meta.url is empty, and always passes its own. */
export function sourceMigrationsDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'db', 'migrations');
}

export async function openApp(opts: OpenAppOptions): Promise<App> {
  logErrorsTo(opts.dataDir);
  const store = await Store.open({ dataDir: opts.dataDir, migrationsDir: opts.migrationsDir ?? sourceMigrationsDir(), owner: opts.owner, readBesideOwner: opts.readBesideOwner });
  if (opts.automaticBackups) store.startAutomaticBackups();
  const network: NonNullable<HandlerContext['network']> = {};
  const handlers = createHandlers({ store, via: opts.via ?? '表单', version: APP_VERSION, backgroundWorkers: opts.backgroundWorkers, network, by: actingUser, teacher: actingTeacher });
  return { handlers, store, network, close: () => store.close() };
}
