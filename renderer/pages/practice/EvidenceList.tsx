// A practice record's evidence: the files with 打开 and 删除, and 上传证明材料 (pictures and PDFs up to 20 MB).
import { useState } from 'react';
import { App as AntApp, Button, List, Modal, Space, Typography, Upload } from 'antd';
import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, type Evidence } from '@shared/practice';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { downloadBase64, readAsBase64 } from '../../platform/files';

function fileSizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function EvidenceList({ practiceId, onChanged }: { practiceId: number; onChanged: () => void }) {
  const api = useApi();
  const { message, modal } = AntApp.useApp();
  const files = useLoad(() => api.call('practice.evidence.list', { practiceId }), [api, practiceId]);
  const [uploading, setUploading] = useState(false);
  const [preview, setPreview] = useState<{ name: string; src: string } | null>(null);

  const changed = () => {
    files.reload();
    onChanged();
  };

  const upload = async (file: File) => {
    if (file.size > EVIDENCE_MAX_BYTES) {
      message.error(`“${file.name}”有 ${fileSizeText(file.size)}，证明材料不能超过 ${fileSizeText(EVIDENCE_MAX_BYTES)}`);
      return;
    }
    setUploading(true);
    try {
      await api.call('practice.evidence.add', { practiceId, fileName: file.name, base64: await readAsBase64(file) });
      message.success(`已添加证明材料 ${file.name}`);
      changed();
    } catch (e) {
      message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setUploading(false);
    }
  };

  const open = async (e: Evidence) => {
    try {
      const file = await api.call('practice.evidence.get', { id: e.id });
      if (file.mimeType.startsWith('image/')) setPreview({ name: file.originalName, src: `data:${file.mimeType};base64,${file.base64}` });
      else downloadBase64(file.originalName, file.mimeType, file.base64);
    } catch (err) {
      message.error(err instanceof Error ? err.message : String(err));
    }
  };

  const remove = (e: Evidence) =>
    modal.confirm({
      title: `确定删除证明材料“${e.originalName}”吗？`,
      content: '文件将从数据文件夹中移除；删除会记入操作记录。',
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('practice.evidence.delete', { id: e.id });
          message.success(`已删除 ${e.originalName}`);
          changed();
        } catch (err) {
          message.error(err instanceof Error ? err.message : String(err));
        }
      },
    });

  return (
    <div>
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>证明材料</Typography.Text>
        <Upload
          accept={EVIDENCE_ACCEPT}
          showUploadList={false}
          beforeUpload={(file) => {
            void upload(file);
            return false; // nothing goes over a network: the bytes go to the handlers
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={uploading}>
            上传证明材料
          </Button>
        </Upload>
        <Typography.Text type="secondary">图片（PNG、JPG、GIF、WEBP）或 PDF，每个不超过 20 MB；文件会复制到数据文件夹中保存</Typography.Text>
      </Space>
      <List<Evidence>
        size="small"
        loading={files.loading}
        dataSource={files.data ?? []}
        locale={{ emptyText: '还没有证明材料' }}
        renderItem={(e) => (
          <List.Item
            actions={[
              <Button key="open" type="link" size="small" onClick={() => void open(e)}>
                {e.mimeType.startsWith('image/') ? '查看' : '下载打开'}
              </Button>,
              <Button key="delete" type="link" size="small" danger onClick={() => remove(e)}>
                删除
              </Button>,
            ]}
          >
            <Space>
              <PaperClipOutlined />
              {e.originalName}
              <Typography.Text type="secondary">{fileSizeText(e.size)}</Typography.Text>
            </Space>
          </List.Item>
        )}
      />
      <Modal open={preview !== null} title={preview?.name} footer={null} width={820} onCancel={() => setPreview(null)}>
        {preview && <img src={preview.src} alt={preview.name} style={{ maxWidth: '100%', display: 'block', margin: '0 auto' }} />}
      </Modal>
    </div>
  );
}
