// The staff member's form in a drawer: a new one, or the whole record for editing (from the roster or the
// staff member's own page).
import { App as AntApp, Drawer } from 'antd';
import { staffFields, staffInputSchema, type Staff } from '../../../shared/staff';
import { useApi } from '../../api/ApiContext';
import { RecordForm } from '../../components/RecordForm';

export function StaffFormDrawer({ editing, onClose, onSaved }: { editing: Staff | 'new' | null; onClose: () => void; onSaved: (saved: Staff) => void }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  return (
    <Drawer open={editing !== null} width={760} destroyOnHidden title={editing === 'new' ? '新增教职工' : editing ? `编辑：${editing.name}` : ''} onClose={onClose}>
      {editing !== null && (
        <RecordForm
          name="staff"
          fields={staffFields}
          schema={staffInputSchema}
          initialValues={editing === 'new' ? { status: '在职', postCategory: '专任教师', teachesCourses: false, enterpriseMonths: 0 } : editing}
          onCancel={onClose}
          onSubmit={async (values) => {
            const saved = editing === 'new' ? await api.call('staff.create', values) : await api.call('staff.update', { id: editing.id, values });
            message.success(`已保存 ${saved.name}`);
            onSaved(saved);
          }}
        />
      )}
    </Drawer>
  );
}
