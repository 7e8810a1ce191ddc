// The staff member's form in a drawer: a new one, or an existing one for editing (from the roster or the staff
// member's own page). Editing needs the full 身份证号, so the drawer asks for it itself: an explicit, audited action.
import { App as AntApp, Alert, Drawer, Spin } from 'antd';
import { staffFields, staffInputSchema, type Staff } from '@shared/staff';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { RecordForm } from '../../components/RecordForm';

type Editing = Pick<Staff, 'id' | 'name'> | 'new' | null;

const NEW_STAFF = { status: '在职', postCategory: '专任教师', teachesCourses: false, enterpriseMonths: 0 };

export function StaffFormDrawer({
  editing,
  onClose,
  onSaved,
  onAdded,
}: {
  editing: Editing;
  onClose: () => void;
  onSaved: (saved: Staff) => void;
  /** a staff member saved by 保存并新增: the drawer stays open for the next */
  onAdded?: () => void;
}) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const existingId = editing !== null && editing !== 'new' ? editing.id : null;
  const full = useLoad(async () => (existingId === null ? null : api.call('staff.reveal', { id: existingId })), [api, existingId]);
  const ready = editing === 'new' || (full.data && full.data.id === existingId);
  return (
    <Drawer open={editing !== null} width={760} destroyOnHidden title={editing === 'new' ? '新增教职工' : editing ? `编辑：${editing.name}` : ''} onClose={onClose}>
      {full.error && <Alert type="error" showIcon title={full.error} />}
      {editing !== null && !ready && !full.error && <Spin />}
      {editing !== null && ready && (
        <RecordForm
          name="staff"
          fields={staffFields}
          schema={staffInputSchema}
          initialValues={editing === 'new' ? NEW_STAFF : (full.data ?? undefined)}
          onCancel={onClose}
          onSubmit={async (values) => {
            const saved = editing === 'new' ? await api.call('staff.create', values) : await api.call('staff.update', { id: editing.id, values });
            message.success(`已保存 ${saved.name}`);
            onSaved(saved);
          }}
          onSubmitAndNew={
            editing === 'new'
              ? async (values) => {
                  const saved = await api.call('staff.create', values);
                  message.success(`已保存 ${saved.name}，请填写下一位`);
                  onAdded?.();
                }
              : undefined
          }
        />
      )}
    </Drawer>
  );
}
