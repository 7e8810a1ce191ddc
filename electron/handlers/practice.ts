// 企业实践: records with their overlap warnings, evidence files kept in the data folder, the settings of the
// compliance rule, and the status of every teacher (DESIGN §4.1).
import fs from 'node:fs';
import type { Handlers } from '@shared/contract';
import { AppError } from '@shared/errors';
import { todayIso } from '@shared/dates';
import { EVIDENCE_MAX_BYTES, overlapWarnings, type PracticeValues } from '@shared/practice';
import { COMPLIANCE_STATUSES, practiceWindow, preServicePracticeFlag, reviewCountingStatement, type ComplianceSettings } from '@shared/rules/practice';
import { getSchool, putSetting } from '../../db/queries/school';
import {
  complianceRows, deleteEvidence, deletePracticeWithEvidence, getEvidence, getPractice, getPracticeRow, insertEvidence, insertPractice, listEvidence,
  listPractice, practiceOfStaff, practiceRowsInWindow, updatePractice, type EvidenceRecord, type PracticeRecord,
} from '../../db/queries/practice';
import { auditChange } from '../../db/queries/audit';
import type { StaffRecord } from '../../db/queries/staff';
import { inTransaction, type HandlerContext } from '../records/context';
import { evidenceFilePath, removeEvidenceFiles, writeEvidenceFile } from '../../db/evidenceFiles';
import { requireOwner } from '../records/guards';
import { COMPLIANCE_SETTINGS_KEY, complianceSettingsOf } from '../records/settings';

type PracticeHandlers = Pick<Handlers, Extract<keyof Handlers, `practice.${string}`>>;

/** The files we accept as evidence, recognised by their first bytes (never by the name the user gave). */
const EVIDENCE_TYPES: { ext: string; mimeType: string; matches: (b: Buffer) => boolean }[] = [
  { ext: 'png', mimeType: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { ext: 'jpg', mimeType: 'image/jpeg', matches: (b) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { ext: 'gif', mimeType: 'image/gif', matches: (b) => b.subarray(0, 4).toString('latin1') === 'GIF8' },
  { ext: 'webp', mimeType: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { ext: 'pdf', mimeType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** What the user called the file, without any folders: for display only, never used as a path. */
function displayName(fileName: string): string {
  return fileName.split(/[\\/]/).filter(Boolean).pop()?.slice(0, 200) || '证明材料';
}

/** A record as the 操作记录 compares it: without the account that logged it, an id no registrar could read (the
 * entry's 操作人 names that account). */
function audited({ submittedBy: _by, ...shown }: PracticeRecord) {
  return shown;
}

/** The name in the data folder is the app's own business: the page gets the user's name for the file. */
function withoutStoredName({ storedName: _stored, ...shown }: EvidenceRecord) {
  return shown;
}

export function practiceHandlers(ctx: HandlerContext): PracticeHandlers {
  const db = () => ctx.store.db;
  const settings = (): ComplianceSettings => complianceSettingsOf(db());
  const resolveAsOf = (asOf: string | undefined) => asOf ?? getSchool(db())?.cutoffDate ?? todayIso();
  const recordLabel = (owner: StaffRecord, r: PracticeRecord) => `${owner.name}（${owner.staffNo}）${r.startDate}～${r.endDate} ${r.enterpriseName}`;

  const requirePractice = (id: number) => {
    const row = getPractice(db(), id);
    if (!row) throw new AppError('NOT_FOUND', '找不到这条企业实践记录，可能已被删除，请刷新后重试。');
    return row;
  };
  const requireEvidence = (id: number) => {
    const row = getEvidence(db(), id);
    if (!row) throw new AppError('NOT_FOUND', '找不到这份证明材料，可能已被删除，请刷新后重试。');
    return row;
  };
  const saved = (staffId: number, record: PracticeRecord, values: PracticeValues) => ({
    record: getPracticeRow(db(), record.id)!,
    warnings: overlapWarnings(values, practiceOfStaff(db(), staffId).filter((o) => o.id !== record.id)),
  });
  const flatSettings = (s: ComplianceSettings) => ({
    requiredDays: s.requiredDays,
    windowYears: s.windowYears,
    fixedCycle: s.fixedCycle ? `${s.fixedCycle.start}～${s.fixedCycle.end}` : null,
    countPending: s.countPending ? '计入' : '不计入',
  });

  return {
    'practice.list': (q) => {
      if (q.staffId !== undefined) requireOwner(ctx, q.staffId);
      return listPractice(db(), q);
    },
    'practice.create': ({ staffId, values }) =>
      inTransaction(ctx, () => {
        const owner = requireOwner(ctx, staffId);
        const row = insertPractice(db(), staffId, values, ctx.teacher?.() ?? null);
        auditChange(db(), ctx, 'practice', row.id, recordLabel(owner, row), null, audited(row));
        return saved(staffId, row, values);
      }),
    'practice.update': ({ id, values }) =>
      inTransaction(ctx, () => {
        const before = requirePractice(id);
        const row = updatePractice(db(), before, values, { submittedBy: ctx.teacher?.() });
        auditChange(db(), ctx, 'practice', id, recordLabel(requireOwner(ctx, row.staffId), row), audited(before), audited(row));
        return saved(row.staffId, row, values);
      }),
    'practice.review': ({ id, decision, reason }) =>
      inTransaction(ctx, () => {
        const before = requirePractice(id);
        const { id: _id, staffId: _staff, updatedAt: _at, reviewNote: _note, submittedBy: _by, ...values } = before;
        const reviewed = { ...values, reviewState: decision === '通过' ? ('已审核' as const) : ('已退回' as const) };
        const row = updatePractice(db(), before, reviewed, { reviewNote: decision === '退回' ? (reason ?? null) : null });
        auditChange(db(), ctx, 'practice', id, recordLabel(requireOwner(ctx, row.staffId), row), audited(before), audited(row));
        return saved(row.staffId, row, reviewed);
      }),
    'practice.delete': ({ id }) => {
      const removed = inTransaction(ctx, () => {
        const before = requirePractice(id);
        const label = recordLabel(requireOwner(ctx, before.staffId), before);
        const evidence = deletePracticeWithEvidence(db(), id);
        for (const e of evidence) auditChange(db(), ctx, 'practiceEvidence', e.id, `${label} 的证明材料 ${e.originalName}`, e, null);
        auditChange(db(), ctx, 'practice', id, label, audited(before), null);
        return evidence;
      });
      removeEvidenceFiles(ctx.store.dataDir, removed);
      return { id };
    },
    'practice.statusBoard': ({ asOf, status, limit }) => {
      const when = resolveAsOf(asOf);
      const current = settings();
      const rows = complianceRows(db(), when, current);
      const counts = Object.fromEntries(COMPLIANCE_STATUSES.map((s) => [s, rows.filter((r) => r.status === s).length])) as Record<(typeof COMPLIANCE_STATUSES)[number], number>;
      const shown = status ? rows.filter((r) => r.status === status) : rows;
      return { asOf: when, window: practiceWindow(when, current), settings: current, rows: limit === undefined ? shown : shown.slice(0, limit), counts };
    },
    'practice.teacherSummary': ({ staffId, asOf }) => {
      const owner = requireOwner(ctx, staffId);
      const when = resolveAsOf(asOf);
      const current = settings();
      const window = practiceWindow(when, current);
      return {
        asOf: when,
        window,
        compliance: complianceRows(db(), when, current, staffId)[0] ?? null,
        preServiceFlag: preServicePracticeFlag(owner, practiceOfStaff(db(), staffId)),
        reviewCounting: reviewCountingStatement(current),
        windowRecords: practiceRowsInWindow(db(), staffId, window),
      };
    },
    'practice.settings.get': () => settings(),
    'practice.settings.set': (next) =>
      inTransaction(ctx, () => {
        const before = settings();
        putSetting(db(), COMPLIANCE_SETTINGS_KEY, next);
        auditChange(db(), ctx, 'practiceSettings', 1, '企业实践达标设置', flatSettings(before), flatSettings(next));
        return next;
      }),
    'practice.evidence.list': ({ practiceId }) => {
      requirePractice(practiceId);
      return listEvidence(db(), practiceId).map(withoutStoredName);
    },
    'practice.evidence.add': ({ practiceId, fileName, base64 }) => {
      const practice = requirePractice(practiceId);
      const name = displayName(fileName);
      const bytes = Buffer.from(base64, 'base64');
      if (bytes.length === 0) throw new AppError('VALIDATION', `“${name}”是空文件`, [{ field: 'base64', message: '文件是空的' }]);
      if (bytes.length > EVIDENCE_MAX_BYTES)
        throw new AppError('VALIDATION', `“${name}”有 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，证明材料不能超过 ${EVIDENCE_MAX_BYTES / 1024 / 1024} MB`);
      const type = EVIDENCE_TYPES.find((t) => t.matches(bytes));
      if (!type) throw new AppError('VALIDATION', `“${name}”不是图片（PNG、JPG、GIF、WEBP）或 PDF 文件，不能作为证明材料上传`);
      const { storedName, file } = writeEvidenceFile(ctx.store.dataDir, type.ext, bytes);
      try {
        return inTransaction(ctx, () => {
          const row = insertEvidence(db(), { practiceId, originalName: name, storedName, mimeType: type.mimeType, size: bytes.length });
          const owner = requireOwner(ctx, practice.staffId);
          auditChange(db(), ctx, 'practiceEvidence', row.id, `${recordLabel(owner, practice)} 的证明材料 ${name}`, null, row);
          return withoutStoredName(row);
        });
      } catch (e) {
        fs.rmSync(file, { force: true });
        throw e;
      }
    },
    'practice.evidence.get': ({ id }) => {
      const row = requireEvidence(id);
      const file = evidenceFilePath(ctx.store.dataDir, row.storedName);
      if (!fs.existsSync(file))
        throw new AppError('NOT_FOUND', `证明材料“${row.originalName}”的文件不在数据文件夹中（evidence/${row.storedName}），可能被移走或删除了。`);
      return { ...withoutStoredName(row), base64: fs.readFileSync(file).toString('base64') };
    },
    'practice.evidence.delete': ({ id }) => {
      const row = inTransaction(ctx, () => {
        const before = requireEvidence(id);
        evidenceFilePath(ctx.store.dataDir, before.storedName);
        deleteEvidence(db(), id);
        const practice = requirePractice(before.practiceId);
        auditChange(db(), ctx, 'practiceEvidence', id, `${recordLabel(requireOwner(ctx, practice.staffId), practice)} 的证明材料 ${before.originalName}`, before, null);
        return before;
      });
      removeEvidenceFiles(ctx.store.dataDir, [row]);
      return { id };
    },
  };
}
