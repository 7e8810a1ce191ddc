import type { Handlers } from '../../shared/contract';
import type { HandlerContext } from './context';
import { schoolHandlers } from './school';
import { staffHandlers } from './staff';
import { systemHandlers } from './system';
import { studentsHandlers } from './students';
import { certificatesHandlers } from './certificates';
import { awardsHandlers } from './awards';
import { annualDataHandlers } from './annualData';

/** Every contract method's implementation; the Handlers type makes a missing one a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  return {
    ...schoolHandlers(ctx),
    ...staffHandlers(ctx),
    ...systemHandlers(ctx),
    ...studentsHandlers(ctx),
    ...certificatesHandlers(ctx),
    ...awardsHandlers(ctx),
    ...annualDataHandlers(ctx),
  };
}
