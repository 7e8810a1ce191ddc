// A call straight to a running host's handlers, for a test's set-up: the data, or the call's Chinese message thrown.
import { dispatch } from '@shared/dispatch';
import type { WebHost } from '../../electron/web';

export function handlerCall(of: { host: WebHost }) {
  return async (method: string, input: unknown): Promise<never> => {
    const r = await dispatch(of.host.app.handlers, method, input);
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
    return r.data as never;
  };
}
