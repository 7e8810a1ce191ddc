// 设置 › 数据与备份: where the data lives, back up now, restore (the current data is backed up first).
import { App as AntApp, Alert, Button, Card, Descriptions, Space, Table, Typography, Upload } from 'antd';
import { downloadBase64, readAsBase64 } from '../platform/files';
import { MAX_PACKAGE_BYTES, PACKAGE_TOO_LARGE, type BackupInfo } from '@shared/contract/system';
import { useApi } from '../api/ApiContext';
import { useLoad } from '../hooks';
import { JobProgress, useJob } from '../components/JobProgress';

function formatSize(bytes: number): string {
  return bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(0)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function BackupPage({ onRestored }: { onRestored: () => void }) {
  const api = useApi();
  const { message, modal } = AntApp.useApp();
  const jobs = useJob();
  const info = useLoad(() => api.call('app.info', {}), [api]);
  const backups = useLoad(() => api.call('backup.list', {}), [api]);

  const backupNow = async () => {
    try {
      const b = await jobs.run('backup.create', {});
      if (!b) return;
      message.success(`已备份：${b.file}`);
      backups.reload();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const restore = (b: BackupInfo) =>
    modal.confirm({
      title: `从 ${b.createdAt} 的备份恢复？`,
      content: '当前的全部数据会被这个备份替换。替换前会先自动备份当前数据，需要时可以再恢复回来。',
      okText: '恢复',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await api.call('backup.restore', { file: b.file });
          message.success(`已恢复。恢复前的数据已备份为 ${r.safetyBackup}`);
          backups.reload();
          onRestored();
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });

  const exportPackage = async () => {
    try {
      const file = await jobs.run('package.export', {});
      if (!file) return void message.info('已取消导出数据包');
      downloadBase64(file.fileName, 'application/octet-stream', file.base64);
      message.success(`已导出数据包：${file.fileName}`);
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const importPackage = (file: File) => {
    if (file.size > MAX_PACKAGE_BYTES) {
      message.error(PACKAGE_TOO_LARGE);
      return;
    }
    modal.confirm({
      title: `用数据包“${file.name}”替换这台电脑上的全部数据？`,
      content: '替换前会先自动备份当前数据，需要时可以在下面的备份列表中恢复回来。',
      okText: '导入并替换',
      cancelText: '取消',
      onOk: async () => {
        try {
          const r = await api.call('package.import', { fileName: file.name, base64: await readAsBase64(file) });
          message.success(`已导入数据包（含 ${r.evidenceFiles} 个佐证材料）。原有数据已备份为 ${r.safetyBackup}`);
          backups.reload();
          onRestored();
        } catch (e) {
          message.error(e instanceof Error ? e.message : String(e));
        }
      },
    });
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="large">
      <Card title="数据文件">
        {info.error && <Alert type="error" showIcon title={info.error} />}
        <Descriptions column={1}>
          <Descriptions.Item label="数据文件夹">
            <Typography.Text copyable>{info.data?.dataDir ?? ''}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label="程序版本">{info.data?.version ?? ''}</Descriptions.Item>
        </Descriptions>
        <Typography.Paragraph type="secondary">
          全部数据保存在上面的文件夹中。备份文件位于其中的 backups 文件夹，可以复制到 U 盘等其他地方长期保存。
        </Typography.Paragraph>
      </Card>
      <Card title="换电脑：数据包">
        <Typography.Paragraph type="secondary">
          数据包是一个文件，包含全部记录和企业实践佐证材料。在旧电脑上导出，复制到新电脑后在这里导入。
        </Typography.Paragraph>
        <Space>
          <Button onClick={exportPackage} disabled={jobs.job !== null}>导出数据包</Button>
          <Upload accept=".vldata" showUploadList={false} beforeUpload={(file) => (importPackage(file), false)}>
            <Button>导入数据包…</Button>
          </Upload>
        </Space>
      </Card>
      <JobProgress job={jobs.job} onCancel={() => void jobs.cancel()} unit="页" />
      <Card title="备份" extra={<Button type="primary" onClick={backupNow} disabled={jobs.job !== null}>立即备份</Button>}>
        {backups.error && <Alert type="error" showIcon title={backups.error} />}
        <Table<BackupInfo>
          rowKey="file"
          size="small"
          loading={backups.loading}
          dataSource={backups.data ?? []}
          pagination={false}
          locale={{ emptyText: '还没有备份' }}
          columns={[
            { key: 'createdAt', dataIndex: 'createdAt', title: '备份时间' },
            { key: 'reason', dataIndex: 'reason', title: '原因' },
            { key: 'size', dataIndex: 'size', title: '大小', render: (s: number) => formatSize(s) },
            {
              key: 'counts',
              title: '包含记录',
              render: (_: unknown, b: BackupInfo) =>
                b.counts ? `教职工 ${b.counts.staff.toLocaleString('zh-CN')} 人，学生 ${b.counts.students.toLocaleString('zh-CN')} 人，企业实践 ${b.counts.practice.toLocaleString('zh-CN')} 条` : '无法读取',
            },
            {
              key: 'actions',
              title: '操作',
              render: (_: unknown, b: BackupInfo) => (
                <Button type="link" size="small" onClick={() => restore(b)}>
                  恢复
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </Space>
  );
}
