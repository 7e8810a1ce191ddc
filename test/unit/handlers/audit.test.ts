// 操作记录: every change is there, searchable, with fields in Chinese, and never a full 身份证号.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type App } from '../../../electron/appContext';
import { dispatch } from '@shared/dispatch';
import { fieldLabel, entityLabel } from '@shared/auditLabels';
import { tempDataDir } from '../../helpers/dataDir';
import { makeIdCard, staffInput } from '../../helpers/people';

describe('audit trail', () => {
  const data = tempDataDir();
  let app: App;
  const call = async (method: string, input: unknown) => {
    const r = await dispatch(app.handlers, method, input);
    if (!r.ok) throw new Error(r.error.message);
    return r.data as never;
  };

  beforeAll(async () => {
    app = await openApp({ dataDir: data.dir });
    await call('school.setup', { name: '测试学校', type: '中职', cutoffDate: '2025-08-31' });
    const first = makeIdCard('1980-01-01', '男', 1);
    const created = (await call('staff.create', staffInput({ name: '周强', idCard: first }, 1))) as { id: number };
    await call('staff.update', { id: created.id, values: staffInput({ name: '周强', idCard: makeIdCard('1980-01-01', '男', 3), title: '中级' }, 1) });
    await call('staff.delete', { id: created.id });
  });
  afterAll(() => {
    app.close();
    data.cleanup();
  });

  it('records create, each changed field, and delete, newest first', async () => {
    const { rows } = (await call('audit.list', { search: '周强' })) as { rows: { action: string; entity: string; field: string | null; oldValue: string | null; newValue: string | null }[] };
    expect(rows.map((r) => [r.action, r.field])).toEqual([
      ['删除', null],
      ['修改', 'title'],
      ['修改', 'idCard'],
      ['新增', null],
    ]);
    const idChange = rows.find((r) => r.field === 'idCard')!;
    expect(idChange.oldValue).toMatch(/^3311\*{10}/);
    expect(idChange.newValue).toMatch(/^3311\*{10}/);
    expect(fieldLabel('staff', 'idCard')).toBe('身份证号');
    expect(entityLabel('staff')).toBe('教职工');
  });

  it('never stores a full 身份证号 anywhere in the trail', () => {
    const values = app.store.sqlite.prepare("select coalesce(old_value, '') || coalesce(new_value, '') || coalesce(label, '') from audit_log").pluck().all() as string[];
    for (const v of values) expect(v).not.toMatch(/\d{17}[\dX]/);
  });

  it('shows the full 身份证号 only on the explicit reveal, and records who looked', async () => {
    const id = makeIdCard('1975-05-05', '女', 7);
    const created = (await call('staff.create', staffInput({ name: '吴敏', idCard: id, phone: '13912345678' }, 7))) as { id: number };
    const shown = (await call('staff.get', { id: created.id })) as { idCard: string; phone: string };
    expect(shown.idCard).toBe(`${id.slice(0, 4)}**********${id.slice(-4)}`);
    expect(shown.phone).toBe('139****5678');
    const full = (await call('staff.reveal', { id: created.id })) as { idCard: string; phone: string };
    expect(full).toMatchObject({ idCard: id, phone: '13912345678' });
    const { rows } = (await call('audit.list', { action: '查看' })) as { rows: { label: string }[] };
    expect(rows.map((r) => r.label)).toEqual(['吴敏（T0007）：显示完整身份证号与电话']);
  });

  it('filters by action', async () => {
    const { total } = (await call('audit.list', { action: '删除' })) as { total: number };
    expect(total).toBe(1);
  });

  // The trail read raw English (awards, certificates, students) for imports, and said nothing of an export
  // carrying full 身份证号 or of a change of the target preset
  it('names every import by its record type in Chinese', () => {
    for (const [kind, label] of [['staff', '教职工'], ['students', '学生'], ['awards', '技能大赛获奖'], ['certificates', '学生证书'], ['practice', '企业实践'], ['qualifications', '教师资质']])
      expect(entityLabel(kind), kind).toContain(label.slice(0, 2));
    expect(entityLabel('students')).not.toMatch(/[a-z]/);
  });

  it('records an export that carries full 身份证号 or phone numbers, and not one that masks them', async () => {
    const before = ((await call('audit.list', { action: '导出', page: 1, pageSize: 50 })) as { total: number }).total;
    await call('reports.export', { id: 'staff', includeFullIdCard: false, includePhone: false });
    expect(((await call('audit.list', { action: '导出', page: 1, pageSize: 50 })) as { total: number }).total).toBe(before);
    await call('reports.export', { id: 'staff', includeFullIdCard: true, includePhone: true });
    const { rows } = (await call('audit.list', { action: '导出', page: 1, pageSize: 50 })) as { rows: { entity: string; label: string }[] };
    expect(rows[0]).toMatchObject({ entity: 'report', label: expect.stringMatching(/导出“教职工信息明细”.*含完整身份证号和联系电话/) });
    expect(entityLabel(rows[0].entity)).toBe('报表');
  });

  it('records a change of the target preset by the names of the presets, under a Chinese field name', async () => {
    await call('presets.select', { id: 'wenzhou-2023' });
    const { rows } = (await call('audit.list', { search: '指标方案', page: 1, pageSize: 10 })) as { rows: { entity: string; field: string; newValue: string }[] };
    const change = rows.find((r) => r.field === 'planPreset')!;
    expect(fieldLabel(change.entity, change.field)).toBe('选用的指标方案');
    expect(change.newValue).toMatch(/温州/);
  });

  it('records a data package leaving, a change of a setting and a restore, each in Chinese', async () => {
    await call('package.export', {});
    const settings = (await call('practice.settings.get', {})) as Record<string, unknown>;
    await call('practice.settings.set', { ...settings, requiredDays: 200 });
    const backup = (await call('backup.create', {})) as { file: string };
    await call('backup.restore', { file: backup.file });
    const { rows } = (await call('audit.list', { page: 1, pageSize: 50 })) as { rows: { action: string; entity: string; label: string | null; field: string | null }[] };
    expect(rows.find((r) => r.action === '导出' && r.entity === 'database')?.label).toBe('导出数据包（全部数据，含完整身份证号和联系电话）');
    const setting = rows.find((r) => r.entity === 'practiceSettings')!;
    expect(entityLabel(setting.entity)).toBe('企业实践设置');
    expect(rows.find((r) => r.action === '恢复')?.label).toMatch(/^从备份 .+ 恢复；恢复前的数据已备份为 /);
    for (const r of rows) expect(entityLabel(r.entity), r.entity).not.toMatch(/^[a-z]+$/i);
  });
});
