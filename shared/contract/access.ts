// Who may call each contract method (DESIGN §12), declared once here and enforced by the one dispatcher for a
// signed-in caller, whatever the transport. A method missing from the table does not compile. The local window and
// the CLI act for the person at the school's computer and pass no caller: they keep every right they have today.
import type { Role } from '../users';
import type { Method } from './index';

/** For a 教师, the row a call touches must be theirs: the input's `field` names a staff member, a practice record or
 * an evidence file whose teacher is the caller. `force` (lists): the field is set to the caller's staff id. */
export interface OwnRows {
  kind: 'staff' | 'practice' | 'evidence';
  field: string;
  force?: true;
  /** the practice record (or the evidence's record) must still be 待审核: reviewed, it is 教务's to change */
  unreviewed?: true;
}

export interface Access {
  roles: readonly Role[];
  /** how a 教师's call is narrowed to their own rows; a method 教师 may call without it touches no one's records */
  own?: OwnRows;
  /** values a 教师's call gets whatever it sent, by path ('values.reviewState'): a teacher's record enters 待审核 */
  teacherPins?: Readonly<Record<string, unknown>>;
}

const ADMIN: Access = { roles: ['管理员'] };
const EDIT: Access = { roles: ['管理员', '教务'] };
const READ: Access = { roles: ['管理员', '教务', '校领导'] };
const EVERYONE: Access = { roles: ['管理员', '教务', '校领导', '教师'] };
const readOwn = (own: OwnRows): Access => ({ roles: [...READ.roles, '教师'], own });
const editOwn = (own: OwnRows, teacherPins?: Access['teacherPins']): Access => ({ roles: [...EDIT.roles, '教师'], own, ...(teacherPins ? { teacherPins } : {}) });
const PENDING = { 'values.reviewState': '待审核' } as const;

const OWN_STAFF = { kind: 'staff', field: 'staffId' } as const;
const OWN_PENDING_PRACTICE = { kind: 'practice', field: 'id', unreviewed: true } as const;
const OWN_EVIDENCE = { kind: 'evidence', field: 'id' } as const;

export const METHOD_ACCESS: { readonly [M in Method]: Access } = {
  'school.get': EVERYONE,
  'school.setup': ADMIN,
  'school.update': ADMIN,
  'app.info': EVERYONE,

  'staff.list': READ,
  'staff.get': readOwn({ kind: 'staff', field: 'id' }),
  // the full 身份证号 and phone
  'staff.reveal': EDIT,
  'staff.create': EDIT,
  'staff.update': EDIT,
  'staff.delete': EDIT,
  'dualTeacher.list': readOwn(OWN_STAFF),
  'dualTeacher.create': EDIT,
  'dualTeacher.update': EDIT,
  'dualTeacher.delete': EDIT,
  'staffCertificate.list': readOwn(OWN_STAFF),
  'staffCertificate.create': EDIT,
  'staffCertificate.update': EDIT,
  'staffCertificate.delete': EDIT,
  'honour.list': readOwn(OWN_STAFF),
  'honour.create': EDIT,
  'honour.update': EDIT,
  'honour.delete': EDIT,

  'practice.list': readOwn({ ...OWN_STAFF, force: true }),
  'practice.create': editOwn(OWN_STAFF, PENDING),
  'practice.update': editOwn(OWN_PENDING_PRACTICE, PENDING),
  'practice.delete': editOwn(OWN_PENDING_PRACTICE),
  'practice.review': EDIT,
  'practice.statusBoard': READ,
  'practice.teacherSummary': readOwn(OWN_STAFF),
  'practice.settings.get': EVERYONE,
  'practice.settings.set': EDIT,
  'practice.evidence.list': readOwn({ kind: 'practice', field: 'practiceId' }),
  'practice.evidence.add': editOwn({ kind: 'practice', field: 'practiceId', unreviewed: true }),
  'practice.evidence.get': readOwn(OWN_EVIDENCE),
  'practice.evidence.delete': editOwn({ ...OWN_EVIDENCE, unreviewed: true }),

  'demo.generate': ADMIN,
  'backup.create': ADMIN,
  'backup.list': ADMIN,
  'backup.restore': ADMIN,
  'package.export': ADMIN,
  'package.import': ADMIN,

  'majors.list': READ,
  'majors.create': EDIT,
  'majors.update': EDIT,
  'majors.delete': EDIT,
  'classes.list': READ,
  'classes.create': EDIT,
  'classes.update': EDIT,
  'classes.delete': EDIT,
  'students.list': READ,
  'students.get': READ,
  'students.create': EDIT,
  'students.update': EDIT,
  'students.delete': EDIT,
  'certificates.list': READ,
  'certificates.create': EDIT,
  'certificates.bulkCreate': EDIT,
  'certificates.update': EDIT,
  'certificates.delete': EDIT,
  'certificates.rate': READ,
  'certificates.getThresholds': READ,
  'certificates.setThresholds': EDIT,
  'awards.list': READ,
  'awards.create': EDIT,
  'awards.update': EDIT,
  'awards.delete': EDIT,
  'awards.summary': READ,
  'annualData.get': READ,
  'annualData.save': EDIT,

  'indicators.compute': READ,
  'indicators.drill': READ,
  'indicators.dataYears': READ,
  'quality.check': READ,
  'presets.list': READ,
  'presets.select': EDIT,
  'presets.save': EDIT,
  'presets.delete': EDIT,
  'reports.list': READ,
  'reports.preview': READ,
  'reports.export': READ,
  'templates.list': READ,
  'templates.get': READ,
  'templates.fill': READ,
  'templates.inspect': EDIT,
  'templates.save': EDIT,
  'templates.rename': EDIT,
  'templates.delete': EDIT,

  'import.fields': EDIT,
  'import.inspect': EDIT,
  'import.dryRun': EDIT,
  'import.commit': EDIT,
  'import.rejectedWorkbook': EDIT,
  'import.template': EDIT,
  // a job runs one of the methods above: the dispatcher checks that method's access too
  'jobs.start': READ,
  'jobs.status': READ,
  'jobs.cancel': READ,
  'audit.list': EDIT,
  'users.list': ADMIN,
  'users.create': ADMIN,
  'users.resetPassword': ADMIN,
  'users.disable': ADMIN,
  'network.get': ADMIN,
  'network.set': ADMIN,
};
