// 使用教育局模板: the registrar brings the bureau's blank workbook, confirms which of our columns fills each of its
// columns, saves it as a 报表模板, and fills it with one click, this year and the next.
import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Checkbox, Input, Popconfirm, Select, Space, Table, Tag, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { School } from '@shared/school';
import { MAX_TEMPLATE_BYTES, TEMPLATE_TOO_LARGE, type TemplateColumn, type TemplateLayout, type TemplateSource, type TemplateSummary } from '@shared/templates';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { errorText } from '../../format';
import { downloadBase64, readAsBase64, XLSX_MIME } from '../../platform/files';
import { PeriodControls, usePeriod } from '../../components/PeriodControls';

/** A source as the drop-down holds it. */
const encode = (s: TemplateSource) => (s.kind === 'column' ? `column:${s.column}` : s.kind);
const decode = (v: string, text = ''): TemplateSource =>
  v.startsWith('column:') ? { kind: 'column', column: v.slice(7) } : v === 'serial' ? { kind: 'serial' } : v === 'fixed' ? { kind: 'fixed', text } : { kind: 'empty' };

interface Draft {
  id?: number;
  name: string;
  fill: string;
  file?: { fileName: string; base64: string };
  layout: TemplateLayout;
}

export function BureauTemplates({ school }: { school: School }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const reports = useLoad(() => api.call('reports.list', {}), [api]);
  const templates = useLoad(() => api.call('templates.list', {}), [api]);
  const period = usePeriod(school.cutoffDate);
  const [fullId, setFullId] = useState(false);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [fill, setFill] = useState('staff');
  const [busy, setBusy] = useState<string | null>(null);

  const attempt = async (what: string, fn: () => Promise<void>) => {
    setBusy(what);
    try {
      await fn();
    } catch (e) {
      message.error(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const upload = (picked: File, id?: number) =>
    attempt('inspect', async () => {
      if (picked.size > MAX_TEMPLATE_BYTES) throw new Error(TEMPLATE_TOO_LARGE);
      const file = { fileName: picked.name, base64: await readAsBase64(picked) };
      const report = draft?.fill ?? fill;
      const layout = await api.call('templates.inspect', { ...file, fill: report, id });
      setDraft({ id, name: draft?.name || picked.name.replace(/\.xlsx$/i, ''), fill: report, file, layout });
    });

  const reinspect = (changes: Partial<Pick<Draft, 'fill'>> & { sheet?: string }) =>
    attempt('inspect', async () => {
      if (!draft?.file) return;
      const layout = await api.call('templates.inspect', { ...draft.file, fill: changes.fill ?? draft.fill, sheet: changes.sheet, id: draft.id });
      setDraft({ ...draft, ...changes, layout });
    });

  const edit = (t: TemplateSummary) =>
    attempt('edit', async () => {
      const detail = await api.call('templates.get', { id: t.id });
      setDraft({ id: t.id, name: t.name, fill: t.fill, layout: detail.layout });
    });

  const setSource = (column: number, source: TemplateSource) =>
    draft && setDraft({ ...draft, layout: { ...draft.layout, columns: draft.layout.columns.map((c) => (c.column === column ? { ...c, source, similar: false } : c)) } });

  const save = () =>
    attempt('save', async () => {
      if (!draft) return;
      const saved = await api.call('templates.save', {
        id: draft.id,
        name: draft.name,
        fill: draft.fill,
        sheet: draft.layout.sheet,
        file: draft.file,
        columns: draft.layout.columns.map((c) => ({ column: c.column, source: c.source })),
      });
      message.success(`已保存模板“${saved.name}”`);
      setDraft(null);
      templates.reload();
    });

  const fillOne = (t: TemplateSummary) =>
    attempt(`fill-${t.id}`, async () => {
      const file = await api.call('templates.fill', { id: t.id, asOf: period.asOf, year: period.year, includeFullIdCard: fullId });
      downloadBase64(file.fileName, XLSX_MIME, file.base64);
      message.success(`已按模板填写 ${file.rows} 行：${file.fileName}`);
    });

  const reportTitle = (id: string) => reports.data?.find((r) => r.id === id)?.title ?? id;
  const sourceOptions = (layout: TemplateLayout) => [
    ...layout.sourceColumns.map((c) => ({ value: `column:${c}`, label: c })),
    { value: 'serial', label: '（序号 1、2、3…）' },
    { value: 'fixed', label: '（固定文字）' },
    { value: 'empty', label: '（留空）' },
  ];

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="已保存的教育局模板">
        {templates.error && <Alert type="error" showIcon title={templates.error} />}
        <Space wrap size="large" style={{ marginBottom: 12 }}>
          <PeriodControls period={period} />
          <Checkbox checked={fullId} onChange={(e) => setFullId(e.target.checked)}>
            含完整身份证号（默认隐去中间部分）
          </Checkbox>
        </Space>
        <Table<TemplateSummary>
          size="small"
          rowKey="id"
          pagination={false}
          loading={templates.loading}
          dataSource={templates.data ?? []}
          locale={{ emptyText: '还没有保存的模板：在下面上传教育局发来的空白表格' }}
          columns={[
            { title: '模板名称', dataIndex: 'name' },
            { title: '填写内容', dataIndex: 'fillTitle' },
            { title: '模板文件', dataIndex: 'fileName' },
            { title: '保存时间', dataIndex: 'updatedAt', width: 170 },
            {
              title: '操作',
              width: 300,
              render: (_: unknown, t) => (
                <Space>
                  <Button type="primary" size="small" loading={busy === `fill-${t.id}`} onClick={() => void fillOne(t)}>
                    填写并下载
                  </Button>
                  <Button size="small" onClick={() => void edit(t)}>
                    修改
                  </Button>
                  <Popconfirm
                    title={`删除模板“${t.name}”？`}
                    description="只删除保存的模板和对应关系，不影响任何记录。删除会记入操作记录。"
                    okText="删除"
                    cancelText="取消"
                    okButtonProps={{ danger: true }}
                    onConfirm={() =>
                      void attempt('delete', async () => {
                        await api.call('templates.delete', { id: t.id });
                        message.success(`已删除模板“${t.name}”`);
                        templates.reload();
                      })
                    }
                  >
                    <Button size="small" danger>
                      删除
                    </Button>
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      </Card>

      <Card size="small" title={draft?.id ? `修改模板“${draft.name}”` : '新建模板：上传教育局的空白表格'}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space wrap>
            用什么填写
            <Select
              aria-label="用什么填写"
              style={{ width: 280 }}
              value={draft?.fill ?? fill}
              onChange={(v: string) => (draft ? void reinspect({ fill: v }) : setFill(v))}
              options={(reports.data ?? []).filter((r) => r.id !== 'quality-pack').map((r) => ({ value: r.id, label: r.title }))}
            />
            <Upload accept=".xlsx" showUploadList={false} beforeUpload={(f) => (void upload(f, draft?.id), false)}>
              <Button icon={<UploadOutlined />} loading={busy === 'inspect'}>
                {draft ? '换一个模板文件' : '选择模板文件（.xlsx）'}
              </Button>
            </Upload>
            {draft && <Button onClick={() => setDraft(null)}>取消</Button>}
          </Space>
          {!draft && (
            <Typography.Text type="secondary">
              程序会自动找到表头和第一行数据，按列名把表格的每一列对应到所选报表的列；请核对后保存。填写时教育局表格的标题、表头、合计行、下拉列表、打印设置和其他工作表都原样保留。
            </Typography.Text>
          )}
          {draft && <DraftEditor draft={draft} reportTitle={reportTitle(draft.fill)} options={sourceOptions(draft.layout)} onSheet={(sheet) => void reinspect({ sheet })} onSource={setSource} />}
          {draft && (
            <Space wrap>
              模板名称
              <Input aria-label="模板名称" style={{ width: 280 }} value={draft.name} maxLength={60} onChange={(e) => setDraft({ ...draft, name: e.target.value })} />
              <Button type="primary" loading={busy === 'save'} disabled={!draft.name.trim()} onClick={() => void save()}>
                保存模板
              </Button>
            </Space>
          )}
        </Space>
      </Card>
    </Space>
  );
}

function DraftEditor({ draft, reportTitle, options, onSheet, onSource }: {
  draft: Draft;
  reportTitle: string;
  options: { value: string; label: string }[];
  onSheet: (sheet: string) => void;
  onSource: (column: number, source: TemplateSource) => void;
}) {
  const { layout } = draft;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Alert
        type="info"
        showIcon
        title={`在工作表“${layout.sheet}”第 ${layout.headerRows.join('、')} 行找到表头，从第 ${layout.firstDataRow} 行起填写${reportTitle}。`}
        description="请逐列核对“填入”：认不出的列为“（留空）”；也可以填固定文字或序号。"
      />
      {layout.changes.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title="新模板的表头与上次保存的不同，请核对："
          description={
            <ul style={{ margin: 0, paddingLeft: 20 }}>
              {layout.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          }
        />
      )}
      {layout.sheets.length > 1 && (
        <Space>
          工作表
          <Select aria-label="模板工作表" style={{ width: 200 }} value={layout.sheet} onChange={onSheet} options={layout.sheets.map((s) => ({ value: s, label: s }))} />
        </Space>
      )}
      <Table<TemplateColumn>
        size="small"
        rowKey="column"
        pagination={false}
        dataSource={layout.columns}
        columns={[
          { title: '列', dataIndex: 'letter', width: 50 },
          {
            title: '模板中的列名',
            dataIndex: 'header',
            render: (h: string, c) => (
              <Space size={4} wrap>
                {h}
                {c.similar && <Tag color="orange">按相近的列名对应，请核对</Tag>}
              </Space>
            ),
          },
          {
            title: '填入',
            width: 420,
            render: (_: unknown, c) => (
              <Space>
                <Select
                  aria-label={`“${c.header}”填入`}
                  style={{ width: 220 }}
                  showSearch={{ optionFilterProp: 'label' }}
                  value={encode(c.source)}
                  options={options}
                  onChange={(v: string) => onSource(c.column, decode(v))}
                />
                {c.source.kind === 'fixed' && (
                  <Input aria-label={`“${c.header}”的固定文字`} style={{ width: 160 }} value={c.source.text} maxLength={200} onChange={(e) => onSource(c.column, decode('fixed', e.target.value))} />
                )}
              </Space>
            ),
          },
        ]}
      />
    </Space>
  );
}
