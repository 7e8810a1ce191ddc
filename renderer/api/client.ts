// A typed client over any transport: api.call('staff.list', {...}) returns the contract's output or throws ApiError.
import type { InputOf, Method, OutputOf } from '@shared/contract';
import type { AppErrorData } from '@shared/errors';
import type { Transport } from './transport';

export class ApiError extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
    this.name = 'ApiError';
  }
}

export interface ApiClient {
  call<M extends Method>(method: M, input: InputOf<M>): Promise<OutputOf<M>>;
}

export function createClient(transport: Transport): ApiClient {
  return {
    async call(method, input) {
      let result;
      try {
        result = await transport(method, input);
      } catch {
        throw new ApiError({ code: 'INTERNAL', message: '无法连接到职教台账的数据服务，请确认程序仍在运行后重试。' });
      }
      if (!result.ok) throw new ApiError(result.error);
      return result.data as never;
    },
  };
}
