// Who may call what (DESIGN §12), written out here from the roles' descriptions rather than read from the access
// table: 管理员 everything; 教务 every record, import, export and review but not accounts, backups, restore, the
// data package, demo data or the school's own settings; 校领导 reads and exports, changes nothing; 教师 only their
// own practice records and what their page shows. Each refusal is the Chinese sentence of the dispatcher.
import { describe, expect, it } from 'vitest';
import { contract, type Method } from '@shared/contract';
import { authorise, NOT_YOUR_ROLE, type Caller } from '@shared/authorise';
import { ROLES, type Role } from '@shared/users';

const METHODS = Object.keys(contract) as Method[];
const caller = (role: Role, staffId: number | null = 7): Caller => ({ role, staffId, rowOf: () => ({ staffId: 7, reviewed: false }) });

const ADMIN_ONLY = ['school.setup', 'school.update', 'demo.generate', 'backup.create', 'backup.list', 'backup.restore', 'package.export', 'package.import', 'users.list', 'users.create', 'users.resetPassword', 'users.disable', 'network.get', 'network.set'];
/** what reading and exporting is: lists, figures, reports, a job's state */
const READS = /\.(list|get|compute|drill|dataYears|check|rate|summary|statusBoard|teacherSummary|getThresholds|preview|export|fill|status|info)$|\.settings\.get$|\.evidence\.(list|get)$/;
const TEACHER = ['school.get', 'app.info', 'staff.get', 'dualTeacher.list', 'staffCertificate.list', 'honour.list', 'practice.list', 'practice.create', 'practice.update', 'practice.delete', 'practice.teacherSummary', 'practice.settings.get', 'practice.evidence.list', 'practice.evidence.add', 'practice.evidence.get', 'practice.evidence.delete'];

function allowed(role: Role, method: Method): boolean {
  if (role === '管理员') return true;
  if (role === '教务') return !ADMIN_ONLY.includes(method);
  // the 操作记录 and full 身份证号 are the registrar's and the administrator's to read
  if (role === '校领导') return !ADMIN_ONLY.includes(method) && (READS.test(method) || method === 'jobs.start' || method === 'jobs.cancel') && !['staff.reveal', 'audit.list'].includes(method);
  return TEACHER.includes(method);
}

describe('the access of every method for every role', () => {
  it.each(ROLES)('%s', (role) => {
    const refused: string[] = [];
    const wrong: string[] = [];
    for (const method of METHODS) {
      // a teacher's own rows: every id names their unreviewed record (rowOf says staff 7, theirs)
      const input = { staffId: 7, id: 7, practiceId: 7, method: 'indicators.compute', input: {} };
      const r = authorise(method, input, caller(role));
      if (!r.ok) {
        refused.push(method);
        if (r.error.code !== 'FORBIDDEN' || !/^没有权限：/.test(r.error.message)) wrong.push(`${method}: ${r.error.message}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(refused.sort()).toEqual(METHODS.filter((m) => !allowed(role, m)).sort());
  });

  it('refuses a job whose method the role may not call, though the role may start jobs', () => {
    expect(authorise('jobs.start', { method: 'import.commit', input: {} }, caller('校领导'))).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: NOT_YOUR_ROLE('校领导') } });
    expect(authorise('jobs.start', { method: 'reports.export', input: { id: 'roster' } }, caller('校领导')).ok).toBe(true);
    expect(authorise('jobs.start', { method: 'reports.export', input: {} }, caller('教师')).ok).toBe(false);
  });

  it('refuses a 教师 account that is linked to no staff record', () => {
    const r = authorise('practice.list', {}, caller('教师', null));
    expect(r.ok ? null : r.error.message).toContain('还没有关联教职工');
  });
});
