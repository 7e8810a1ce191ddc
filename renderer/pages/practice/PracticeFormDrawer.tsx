// Add or edit a practice record in a drawer. Overlaps do not block saving: they are shown once saved.
import { App as AntApp, Drawer } from 'antd';
import { practiceFields, practiceInputSchema, type PracticeRow } from '@shared/practice';
import { useApi } from '../../api/ApiContext';
import { RecordForm } from '../../components/RecordForm';

export type PracticeEditing = { staffId: number; staffName: string; record: PracticeRow | null };

export function PracticeFormDrawer({
  editing,
  onClose,
  onSaved,
  onAdded,
}: {
  editing: PracticeEditing | null;
  onClose: () => void;
  onSaved: () => void;
  /** a record saved by 保存并新增 (the enterprise and dates kept for the next): the drawer stays open */
  onAdded?: () => void;
}) {
  const api = useApi();
  const { message, modal } = AntApp.useApp();
  return (
    <Drawer
      open={editing !== null}
      size={760}
      destroyOnHidden
      title={editing ? `${editing.record ? '编辑' : '新增'}企业实践记录：${editing.staffName}` : ''}
      onClose={onClose}
    >
      {editing && (
        <RecordForm
          name="practice"
          fields={practiceFields}
          schema={practiceInputSchema}
          initialValues={editing.record ?? { form: '集中实践', reviewState: '待审核' }}
          onCancel={onClose}
          onSubmit={async (values) => {
            const { warnings } = editing.record
              ? await api.call('practice.update', { id: editing.record.id, values })
              : await api.call('practice.create', { staffId: editing.staffId, values });
            if (warnings.length)
              modal.warning({
                title: '已保存，但请注意：',
                content: (
                  <ul style={{ paddingLeft: 20, margin: 0 }}>
                    {warnings.map((w) => (
                      <li key={w}>{w}</li>
                    ))}
                  </ul>
                ),
                okText: '知道了',
              });
            else message.success(`已保存 ${editing.staffName} 的企业实践记录`);
            onSaved();
          }}
          onSubmitAndNew={
            editing.record
              ? undefined
              : async (values) => {
                  const { warnings } = await api.call('practice.create', { staffId: editing.staffId, values });
                  message.success(`已保存${warnings.length ? `（请注意：${warnings.join('；')}）` : ''}，请填写下一条`);
                  onAdded?.();
                }
          }
        />
      )}
    </Drawer>
  );
}
