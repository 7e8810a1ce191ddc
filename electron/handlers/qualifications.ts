// 双师型认定, 职业资格 / 技能等级证书 and 名优称号 of a staff member: one handler shape for the three, each write
// audited in its transaction.
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { skillLevelLabel } from '@shared/qualifications';
import type { StaffRecord } from '../../db/queries/staff';
import { requireOwner } from '../records/guards';
import { dualTeacherQueries, honourQueries, staffCertificateQueries, type StaffChildQueries } from '../../db/queries/qualifications';
import { auditChange } from '../../db/queries/audit';
import { inTransaction, type HandlerContext } from '../records/context';

type Ops = 'list' | 'create' | 'update' | 'delete';

function staffSubRecordHandlers<P extends 'dualTeacher' | 'staffCertificate' | 'honour', Row extends { id: number; staffId: number }, Values>(
  ctx: HandlerContext,
  spec: { prefix: P; entity: string; noun: string; queries: StaffChildQueries<Row, Values>; describe: (row: Row) => string },
): Pick<Handlers, `${P}.${Ops}`> {
  const { queries, entity } = spec;
  const db = () => ctx.store.db;
  const label = (owner: StaffRecord, row: Row) => `${owner.name}（${owner.staffNo}）的${spec.noun}：${spec.describe(row)}`;
  const requireRow = (id: number) => {
    const row = queries.get(db(), id);
    if (!row) throw new AppError('NOT_FOUND', `找不到这条${spec.noun}，可能已被删除，请刷新后重试。`);
    return row;
  };
  const handlers = {
    list: ({ staffId }: { staffId: number }) => {
      requireOwner(ctx, staffId);
      return queries.listByStaff(db(), staffId);
    },
    create: ({ staffId, values }: { staffId: number; values: Values }) =>
      inTransaction(ctx, () => {
        const owner = requireOwner(ctx, staffId);
        const row = queries.insert(db(), staffId, values);
        auditChange(db(), ctx, entity, row.id, label(owner, row), null, row);
        return row;
      }),
    update: ({ id, values }: { id: number; values: Values }) =>
      inTransaction(ctx, () => {
        const before = requireRow(id);
        const row = queries.update(db(), id, values);
        auditChange(db(), ctx, entity, id, label(requireOwner(ctx, row.staffId), row), before, row);
        return row;
      }),
    delete: ({ id }: { id: number }) =>
      inTransaction(ctx, () => {
        const before = requireRow(id);
        queries.remove(db(), id);
        auditChange(db(), ctx, entity, id, label(requireOwner(ctx, before.staffId), before), before, null);
        return { id };
      }),
  };
  // The keys are `${prefix}.${op}` by construction; TypeScript cannot follow a computed key of a template type.
  return Object.fromEntries(Object.entries(handlers).map(([op, fn]) => [`${spec.prefix}.${op}`, fn])) as unknown as Pick<Handlers, `${P}.${Ops}`>;
}

export function qualificationsHandlers(ctx: HandlerContext) {
  return {
    ...staffSubRecordHandlers(ctx, {
      prefix: 'dualTeacher',
      entity: 'dualTeacherCertification',
      noun: '双师型认定',
      queries: dualTeacherQueries,
      describe: (r) => `${r.level}（${r.certifiedDate}）`,
    }),
    ...staffSubRecordHandlers(ctx, {
      prefix: 'staffCertificate',
      entity: 'staffCertificate',
      noun: '职业资格/技能等级证书',
      queries: staffCertificateQueries,
      describe: (r) => `${r.name} ${skillLevelLabel(r.level)}`,
    }),
    ...staffSubRecordHandlers(ctx, {
      prefix: 'honour',
      entity: 'staffHonour',
      noun: '名优称号',
      queries: honourQueries,
      describe: (r) => `${r.year}年${r.level}${r.name}`,
    }),
  };
}
