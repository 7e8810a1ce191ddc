// The contract: method name → { input, output } schemas. Every transport and every handler is typed from it.
import type { z } from 'zod';
import { practiceContract } from './practice';
import { qualificationsContract } from './qualifications';
import { schoolContract } from './school';
import { staffContract } from './staff';
import { systemContract } from './system';
import { studentsContract } from './students';
import { certificatesContract } from './certificates';
import { awardsContract } from './awards';
import { annualDataContract } from './annualData';
import { indicatorsContract } from './indicators';
import { reportsContract } from './reports';
import { auditContract } from './audit';
import { importContract } from './import';
import { jobsContract } from './jobs';
import { templatesContract } from './templates';
import { usersContract } from './users';
import { networkContract } from './network';

export const contract = {
  ...schoolContract,
  ...staffContract,
  ...qualificationsContract,
  ...practiceContract,
  ...systemContract,
  ...studentsContract,
  ...certificatesContract,
  ...awardsContract,
  ...annualDataContract,
  ...indicatorsContract,
  ...reportsContract,
  ...importContract,
  ...jobsContract,
  ...auditContract,
  ...templatesContract,
  ...usersContract,
  ...networkContract,
};

export type Contract = typeof contract;
export type Method = keyof Contract;
export type InputOf<M extends Method> = z.input<Contract[M]['input']>;
export type ParsedInputOf<M extends Method> = z.output<Contract[M]['input']>;
export type OutputOf<M extends Method> = z.output<Contract[M]['output']>;

/** The implementation of every method: a contract key without a handler does not compile. */
export type Handlers = { [M in Method]: (input: ParsedInputOf<M>) => OutputOf<M> | Promise<OutputOf<M>> };

export function isMethod(name: string): name is Method {
  return Object.prototype.hasOwnProperty.call(contract, name);
}
