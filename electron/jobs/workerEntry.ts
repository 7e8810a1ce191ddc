// A job's worker thread: for each job it is sent, it opens the data folder's database on its own connection, runs
// the contract method through the dispatcher, reports progress, posts the result and closes the connection. The
// thread serving the window stays free; the worker stays warm for the next job.
import { parentPort } from 'node:worker_threads';
import { logErrorsTo } from '../errorLog';
import { dispatch } from '@shared/dispatch';
import { Store } from '../../db/store';
import { createHandlers } from '../handlers';
import { JobCancel } from './cancel';
import type { JobMessage, JobWorkerData } from './messages';

const port = parentPort!;
const post = (m: JobMessage) => port.postMessage(m);

port.on('message', async ({ dataDir, method, input, via, version, cancel, by }: JobWorkerData) => {
  logErrorsTo(dataDir);
  const store = Store.attach(dataDir);
  try {
    const handlers = createHandlers({ store, via, version, by: () => by, progress: (done, total) => post({ type: 'progress', done, total }), cancel: new JobCancel(cancel) });
    post({ type: 'result', result: await dispatch(handlers, method, input) });
  } finally {
    store.close();
  }
});
