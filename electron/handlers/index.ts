import type { Handlers } from '@shared/contract';
import type { HandlerContext } from '../records/context';
import { practiceHandlers } from './practice';
import { qualificationsHandlers } from './qualifications';
import { schoolHandlers } from './school';
import { staffHandlers } from './staff';
import { systemHandlers } from './system';
import { studentsHandlers } from './students';
import { certificatesHandlers } from './certificates';
import { awardsHandlers } from './awards';
import { annualDataHandlers } from './annualData';
import { indicatorHandlers } from './indicators';
import { reportHandlers } from './reports';
import { auditHandlers } from './audit';
import { importHandlers } from './import';
import { jobHandlers } from './jobs';
import { templateHandlers } from './templates';
import { userHandlers } from './users';
import { networkHandlers } from './network';

/** Every contract method's implementation; the Handlers type makes a missing one a compile error. */
export function createHandlers(ctx: HandlerContext): Handlers {
  const practice = practiceHandlers(ctx);
  const certificates = certificatesHandlers(ctx);
  const annualData = annualDataHandlers(ctx);
  const indicators = indicatorHandlers(ctx, {
    annualData: annualData['annualData.get'],
    practiceSettings: practice['practice.settings.get'],
    certificateThresholds: certificates['certificates.getThresholds'],
  });
  return {
    ...schoolHandlers(ctx),
    ...staffHandlers(ctx),
    ...qualificationsHandlers(ctx),
    ...practice,
    ...systemHandlers(ctx),
    ...studentsHandlers(ctx),
    ...certificates,
    ...awardsHandlers(ctx),
    ...annualData,
    ...indicators,
    ...reportHandlers(ctx, indicators['indicators.compute']),
    ...templateHandlers(ctx, indicators['indicators.compute']),
    ...auditHandlers(ctx),
    ...userHandlers(ctx),
    ...networkHandlers(ctx),
    ...importHandlers(ctx, createHandlers),
    ...jobHandlers(ctx, createHandlers),
  };
}
