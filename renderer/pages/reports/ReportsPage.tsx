// 报表导出: choose a bureau workbook and its date or year, preview it as tables, save the styled .xlsx.
import { useEffect, useRef, useState } from 'react';
import { App as AntApp, Alert, Button, Card, Checkbox, Radio, Space, Table, Tabs, Typography } from 'antd';
import { DownloadOutlined, EyeOutlined } from '@ant-design/icons';
import type { School } from '@shared/school';
import type { OutputOf } from '@shared/contract';
import { useApi } from '../../api/ApiContext';
import { BureauTemplates } from './BureauTemplates';
import { PeriodControls, usePeriod } from '../../components/PeriodControls';
import { useLoad } from '../../hooks';
import { errorText } from '../../format';
import { JobProgress, useJob } from '../../components/JobProgress';
import { downloadBase64, XLSX_MIME } from '../../platform/files';

type Preview = OutputOf<'reports.preview'>;

/** 报表导出: our own workbooks, and the bureau's templates filled. */
export function ReportsPage({ school }: { school: School }) {
  return (
    <Tabs
      items={[
        { key: 'ours', label: '导出报表', children: <OwnReports school={school} /> },
        { key: 'bureau', label: '使用教育局模板', children: <BureauTemplates school={school} /> },
      ]}
    />
  );
}

function OwnReports({ school }: { school: School }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const jobs = useJob();
  const reports = useLoad(() => api.call('reports.list', {}), [api]);
  const [id, setId] = useState('quality-pack');
  const period = usePeriod(school.cutoffDate);
  const { asOf, year } = period;
  const [fullId, setFullId] = useState(false);
  const [phone, setPhone] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);
  const previewCard = useRef<HTMLDivElement>(null);
  // The preview opens below the choices, often below the fold at 1366×768: it is brought into view when it arrives.
  useEffect(() => {
    if (preview) previewCard.current?.scrollIntoView?.({ behavior: 'smooth', block: 'start' });
  }, [preview]);
  const [busy, setBusy] = useState<'preview' | 'export' | null>(null);
  const chosen = reports.data?.find((r) => r.id === id);
  const request = { id, asOf, year, includeFullIdCard: fullId, includePhone: phone };

  const run = async (what: 'preview' | 'export') => {
    setBusy(what);
    try {
      // Both as jobs, off the thread that serves the window: a city's 台账 takes seconds to build.
      if (what === 'preview') {
        const built = await jobs.run('reports.preview', request);
        if (built) setPreview(built);
        else message.info('已取消预览');
      } else {
        const file = await jobs.run('reports.export', request);
        if (!file) return void message.info('已取消导出');
        downloadBase64(file.fileName, XLSX_MIME, file.base64);
        message.success(`已导出：${file.fileName}`);
      }
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="选择报表">
        {reports.error && <Alert type="error" showIcon title={reports.error} />}
        <Radio.Group value={id} onChange={(e) => { setId(e.target.value); setPreview(null); }}>
          <Space orientation="vertical">
            {(reports.data ?? []).map((r) => (
              <Radio key={r.id} value={r.id}>
                {r.title}
                {r.note && <Typography.Text type="secondary">（{r.note}）</Typography.Text>}
                {r.recordList && <Typography.Text type="secondary">（记录明细，可在“数据导入”中导回）</Typography.Text>}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      </Card>
      <Card size="small">
        <Space wrap size="large">
          <PeriodControls period={period} showYear={chosen?.period === 'year'} />
          {chosen?.idCards && (
            <Checkbox checked={fullId} onChange={(e) => setFullId(e.target.checked)}>
              含完整身份证号（报送教育局花名册或导入另一台电脑时需要；默认隐去中间部分）
            </Checkbox>
          )}
          {chosen?.phones && (
            <Checkbox checked={phone} onChange={(e) => setPhone(e.target.checked)}>
              含联系电话（导入另一台电脑时需要；默认不导出）
            </Checkbox>
          )}
          <Button icon={<EyeOutlined />} loading={busy === 'preview'} disabled={busy === 'export'} onClick={() => void run('preview')}>
            预览
          </Button>
          <Button type="primary" icon={<DownloadOutlined />} loading={busy === 'export'} disabled={busy === 'preview'} onClick={() => void run('export')}>
            导出 Excel
          </Button>
          <JobProgress job={jobs.job} onCancel={() => void jobs.cancel()} />
        </Space>
      </Card>
      {preview && (
        <Card size="small" title="预览" ref={previewCard}>
          <Tabs
            items={preview.sheets.map((s, n) => ({
              key: String(n),
              label: s.sheetName,
              children: (
                <>
                  <Typography.Text type="secondary">
                    {school.name}{s.title}，共 {s.totalRows.toLocaleString('zh-CN')} 行{s.totalRows > s.rows.length ? `，预览前 ${s.rows.length} 行` : ''}
                  </Typography.Text>
                  <Table
                    size="small"
                    scroll={{ x: 'max-content' }}
                    pagination={{ pageSize: 20 }}
                    dataSource={s.rows.map((cells, r) => ({ key: r, ...Object.fromEntries(cells.map((c, j) => [j, c])) }))}
                    columns={s.headers.map((h, j) => ({ key: j, dataIndex: String(j), title: h }))}
                  />
                </>
              ),
            }))}
          />
        </Card>
      )}
    </Space>
  );
}
