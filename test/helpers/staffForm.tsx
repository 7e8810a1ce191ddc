// The staff form as a drawer shows it, in the app's locale: what the form's component tests render.
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { RecordForm } from '../../renderer/components/RecordForm';
import { staffFields, staffInputSchema } from '@shared/staff';

export function renderStaffForm(props: {
  initialValues: Record<string, unknown>;
  onSubmit: (values: Record<string, unknown>) => Promise<void>;
  onSubmitAndNew?: (values: Record<string, unknown>) => Promise<void>;
}) {
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <RecordForm name="staff" fields={staffFields} schema={staffInputSchema} {...props} />
      </AntApp>
    </ConfigProvider>,
  );
}
