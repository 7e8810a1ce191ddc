// A signed-in account as the dispatcher's caller (shared/authorise.ts): its role, its teacher, and who owns the
// practice record or evidence file a call names, read from the data.
import type { Db } from '../../db/open';
import { getEvidence, getPractice } from '../../db/queries/practice';
import type { UserRecord } from '../../db/queries/users';
import type { Caller } from '@shared/authorise';

export function callerFor(db: Db, user: Pick<UserRecord, 'role' | 'staffId'>): Caller {
  return {
    role: user.role,
    staffId: user.staffId,
    rowOf: (kind, id) => {
      const practiceId = kind === 'practice' ? id : getEvidence(db, id)?.practiceId;
      const record = practiceId === undefined ? undefined : getPractice(db, practiceId);
      return record && { staffId: record.staffId, reviewed: record.reviewState === '已审核' };
    },
  };
}
