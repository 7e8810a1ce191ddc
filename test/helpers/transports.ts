import { dispatch } from '@shared/dispatch';
import type { Handlers } from '@shared/contract';
import type { Transport } from '../../renderer/api/transport';

/** In-process: the same dispatcher, with a JSON round trip so that only what survives JSON crosses (DESIGN §6). */
export function inProcessTransport(handlers: Handlers): Transport {
  return async (method, input) => JSON.parse(JSON.stringify(await dispatch(handlers, method, JSON.parse(JSON.stringify(input ?? null)))));
}
