// One adapter per record type: which fields a sheet maps to, how a mapped row becomes the record's schema input
// (the very schema the form uses), which existing record it updates, and the call that writes it. Writes go through
// the record type's own write path (its handlers, or for students and staff the writer their handlers are built on),
// so uniqueness, references and the audit trail are theirs.
import type { ImportKind } from '@shared/import';
import type { KindAdapter } from './common';
import { staffAdapter } from './staff';
import { studentsAdapter } from './students';
import { certificatesAdapter } from './certificates';
import { practiceAdapter } from './practice';
import { qualificationsAdapter } from './qualifications';
import { awardsAdapter } from './awards';

export type { Created, KindAdapter, Plan, UnmappedIssue, Values } from './common';

export const ADAPTERS: Record<ImportKind, KindAdapter> = {
  staff: staffAdapter,
  students: studentsAdapter,
  certificates: certificatesAdapter,
  practice: practiceAdapter,
  qualifications: qualificationsAdapter,
  awards: awardsAdapter,
};
