import type { Handlers } from '@shared/contract';
import { IMPORT_KIND_LABELS } from '@shared/import';
import { getSchool } from '../../db/queries/school';
import { adapterOf, importFields, inspect, run } from '../import/engine';
import { rejectedWorkbook, templateWorkbook } from '../import/workbooks';
import type { HandlerContext } from '../records/context';

type ImportHandlers = Pick<Handlers, 'import.fields' | 'import.inspect' | 'import.dryRun' | 'import.commit' | 'import.rejectedWorkbook' | 'import.template'>;

const baseName = (fileName: string) => fileName.replace(/\.[^.]*$/, '').replace(/[\\/:*?"<>|]/g, '_');

/** The import's steps (DESIGN §10); writes go through the record types' own handlers, made for the import's audit.
 * Run as a job, the dry run and the commit report their progress and hear a cancel between chunks of rows: a commit
 * that hears one before it commits rolls every row back. */
export function importHandlers(ctx: HandlerContext, makeHandlers: (ctx: HandlerContext) => Handlers): ImportHandlers {
  const asJob = { onProgress: ctx.progress, cancel: ctx.cancel };
  return {
    'import.fields': ({ kind }) => importFields(kind),
    'import.inspect': (input) => inspect(ctx, input),
    'import.dryRun': async (input) => {
      const { read, toAdd, toUpdate, planned, rejected, unmapped, toCreate, warnings } = await run(ctx, makeHandlers, input, true, asJob);
      return { read, toAdd, toUpdate, planned, rejected, unmapped, toCreate, warnings };
    },
    'import.commit': async (input) => {
      const r = await run(ctx, makeHandlers, input, false, asJob);
      return { read: r.read, imported: r.imported, updated: r.updated, rejected: r.rejected, unmapped: r.unmapped, created: r.toCreate, warnings: r.warnings, backup: r.backup ?? '' };
    },
    'import.rejectedWorkbook': async (input) => {
      const result = await run(ctx, makeHandlers, input, true);
      const bytes = await rejectedWorkbook(result, adapterOf(input.kind), input.mapping, getSchool(ctx.store.db)?.name ?? '', input.fileName);
      return { fileName: `${baseName(input.fileName)}-未通过的行.xlsx`, base64: bytes.toString('base64') };
    },
    'import.template': async ({ kind }) => {
      const bytes = await templateWorkbook(adapterOf(kind));
      return { fileName: `${IMPORT_KIND_LABELS[kind].replace(/（.*）/, '')}导入模板.xlsx`, base64: bytes.toString('base64') };
    },
  };
}
