// First start: the school's basic facts, or a demo school to look around with.
import { App as AntApp, Button, Card, Space, Typography } from 'antd';
import { schoolFields, schoolInputSchema } from '@shared/school';
import { lastSchoolYearEnd, todayIso } from '@shared/dates';
import { useApi } from '../api/ApiContext';
import { RecordForm } from '../components/RecordForm';
import { JobProgress, useJob } from '../components/JobProgress';
import type { School } from '@shared/school';
import { useState } from 'react';

export function SetupPage({ onDone }: { onDone: (school: School) => void }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const [demoBusy, setDemoBusy] = useState(false);
  const jobs = useJob();

  const makeDemo = async () => {
    setDemoBusy(true);
    try {
      const counts = await jobs.run('demo.generate', { type: '中职' });
      if (!counts) return;
      message.success(`已生成演示学校：教职工 ${counts.staff} 人`);
      const school = await api.call('school.get', {});
      if (school) onDone(school);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setDemoBusy(false);
    }
  };

  return (
    <div style={{ maxWidth: 760, margin: '40px auto', padding: '0 16px' }}>
      <Card>
        <Typography.Title level={3}>欢迎使用职教台账</Typography.Title>
        <Typography.Paragraph type="secondary">
          先填写学校的基本信息。所有数据只保存在这台电脑上，不会上传到网络。想先看看效果，可以生成一所演示学校。
        </Typography.Paragraph>
        <RecordForm
          name="setup"
          fields={schoolFields}
          schema={schoolInputSchema}
          initialValues={{ type: '中职', cutoffDate: lastSchoolYearEnd(todayIso()) }}
          submitText="完成设置"
          onSubmit={async (values) => onDone(await api.call('school.setup', values))}
          extraActions={
            <Space>
              <Button onClick={makeDemo} loading={demoBusy}>
                生成演示学校
              </Button>
              <JobProgress job={jobs.job} />
            </Space>
          }
        />
      </Card>
    </div>
  );
}
