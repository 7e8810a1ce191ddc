// The authorisation step of the dispatcher (DESIGN §12): a signed-in caller's role against the method's declared
// access (shared/contract/access.ts), and for a 教师 the rows the call names against their own. A refusal says so in
// Chinese and never whether another teacher's record exists.
import { METHOD_ACCESS, type Access } from './contract/access';
import type { Method } from './contract';
import { isMethod } from './contract';
import type { Result } from './errors';
import type { Role } from './users';

export interface Caller {
  role: Role;
  /** the staff record a 教师 account is linked to */
  staffId: number | null;
  /** the practice record a practice or evidence id names: whose it is and whether 教务 has reviewed it; undefined
   * when there is no such row */
  rowOf(kind: 'practice' | 'evidence', id: number): { staffId: number; reviewed: boolean } | undefined;
}

export const NOT_YOUR_ROLE = (role: Role) => `没有权限：${role}账号不能进行这项操作`;
export const NOT_YOUR_RECORD = '没有权限：教师账号只能查看和修改本人的记录';
export const ALREADY_REVIEWED = '这条记录已审核，不能再修改或撤回；如需更正，请联系教务';

const refuse = (message: string): Result<never> => ({ ok: false, error: { code: 'FORBIDDEN', message } });

/** Whether the role may call the method at all (its rows aside): the dispatcher's first check, and what the menu
 * on the school network shows each role. */
export function roleMayCall(role: Role, method: Method): boolean {
  return METHOD_ACCESS[method].roles.includes(role);
}

/** The input the method may run with for this caller (a 教师's list narrowed to their own rows), or the refusal. */
export function authorise(method: Method, rawInput: unknown, caller: Caller): Result<unknown> {
  const access = METHOD_ACCESS[method];
  if (!roleMayCall(caller.role, method)) return refuse(NOT_YOUR_ROLE(caller.role));
  const input = (rawInput ?? {}) as Record<string, unknown>;
  if (method === 'jobs.start') {
    const inner = String(input.method);
    if (!isMethod(inner)) return { ok: true, data: rawInput };
    const checked = authorise(inner, input.input, caller);
    return checked.ok ? { ok: true, data: { ...input, input: checked.data } } : checked;
  }
  if (caller.role !== '教师' || !access.own) return { ok: true, data: rawInput };
  const { kind, field, force, unreviewed } = access.own;
  if (caller.staffId === null) return refuse('没有权限：这个教师账号还没有关联教职工，请管理员在账号中填写工号');
  const pinned = pin(input, access.teacherPins);
  const named = input[field];
  if (kind === 'staff') {
    if (named === undefined && force) return { ok: true, data: { ...pinned, [field]: caller.staffId } };
    return named === caller.staffId ? { ok: true, data: pinned } : refuse(NOT_YOUR_RECORD);
  }
  const row = typeof named === 'number' ? caller.rowOf(kind, named) : undefined;
  if (row?.staffId !== caller.staffId) return refuse(NOT_YOUR_RECORD);
  return unreviewed && row.reviewed ? refuse(ALREADY_REVIEWED) : { ok: true, data: pinned };
}

/** The input with the values a 教师 may not choose set for them ('values.reviewState' → 待审核). */
function pin(input: Record<string, unknown>, pins: Access['teacherPins']): Record<string, unknown> {
  if (!pins) return input;
  const out: Record<string, unknown> = { ...input };
  for (const [path, value] of Object.entries(pins)) {
    const [outer, inner] = path.split('.');
    if (inner === undefined) out[outer] = value;
    else out[outer] = { ...((out[outer] as Record<string, unknown> | undefined) ?? {}), [inner]: value };
  }
  return out;
}
