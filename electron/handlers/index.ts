import type { Handlers } from '../../shared/contract';
import type { HandlerContext } from './context';
import { schoolHandlers } from './school';
import { staffHandlers } from './staff';
import { systemHandlers } from './system';

/** Every contract method's implementation; the Handlers type makes a missing one a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...schoolHandlers(ctx),
    ...staffHandlers(ctx),
    ...systemHandlers(ctx),
  };
}
