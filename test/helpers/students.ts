import { createClient, type ApiClient } from '../../renderer/api/client';
import { openApp, type App } from '../../electron/appContext';
import type { StudentInput } from '@shared/students';
import type { SchoolType } from '@shared/vocab';
import { tempDataDir } from './dataDir';
import { inProcessTransport } from './transports';
import { makeIdCard } from './people';

/** A set-up school on a fresh data folder, called through the dispatcher as the UI calls it. */
export async function openSchool(type: SchoolType = '中职'): Promise<{ app: App; api: ApiClient; close: () => void }> {
  const data = tempDataDir();
  const app = await openApp({ dataDir: data.dir });
  const api = createClient(inProcessTransport(app.handlers));
  await api.call('school.setup', { name: '测试职业学校', type, cutoffDate: '2025-08-31' });
  return { app, api, close: () => (app.close(), data.cleanup()) };
}

export function studentInput(seq: number, overrides: Partial<StudentInput> = {}): StudentInput {
  return {
    studentNo: `S${String(seq).padStart(5, '0')}`,
    name: `学生${seq}`,
    idCard: makeIdCard('2007-05-01', seq % 2 ? '男' : '女', seq, '331101'),
    entryYear: 2022,
    schoolingSystem: '三年制',
    status: '在籍',
    ...overrides,
  };
}

/** What a rejected call says: code and field issues. */
export async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string; fieldErrors?: { field: string; message: string }[] }> {
  try {
    await p;
  } catch (e) {
    return (e as { error: { code: string; message: string } }).error;
  }
  throw new Error('expected the call to be rejected');
}
