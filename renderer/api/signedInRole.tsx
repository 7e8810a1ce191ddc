// The role of whoever signed in on the school network (DESIGN §12); null in the window at the school's computer,
// which may do everything. The menu shows a role the areas it may use, from the contract's one access table.
import { createContext, useContext } from 'react';
import type { Method } from '@shared/contract';
import { roleMayCall } from '@shared/authorise';
import type { Role } from '@shared/users';

export const SignedInRole = createContext<Role | null>(null);

/** Whether the person using the page may call the method: always at the school's computer. */
export function useMayCall(): (method: Method) => boolean {
  const role = useContext(SignedInRole);
  return (method) => role === null || roleMayCall(role, method);
}
