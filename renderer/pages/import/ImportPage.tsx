// 数据导入 (DESIGN §10): choose the file → check the column mapping → see what a dry run would do → commit.
// Each step says what to do next; nothing is written before “确认导入”.
import { useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { App as AntApp, Alert, Button, Card, Radio, Result, Segmented, Select, Space, Steps, Table, Tag, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import type { OutputOf } from '@shared/contract';
import {
  IMPORT_KIND_LABELS, IMPORT_KINDS, IMPORT_MODE_LABELS, IMPORT_MODES, IMPORT_TOO_LARGE, MAX_IMPORT_BYTES, type ImportKind, type ImportMode, type ValueChoice,
} from '@shared/import';
import { useApi } from '../../api/ApiContext';
import { errorText } from '../../format';
import { JobProgress, useJob } from '../../components/JobProgress';
import { downloadBase64, readAsBase64, XLSX_MIME } from '../../platform/files';
import { ValueMapping } from './ValueMapping';
import { LIST_PAGE } from './listPages';

type Inspection = OutputOf<'import.inspect'>;
type DryRun = OutputOf<'import.dryRun'>;
type Commit = OutputOf<'import.commit'>;

/** The field moves to this column: a column that had it is left out, so no field is mapped twice. */
function assign(mapping: Map<number, string | null>, column: number, field: string | null): Map<number, string | null> {
  const next = new Map([...mapping].map(([c, f]) => [c, field !== null && f === field ? null : f]));
  return next.set(column, field);
}

/** What a registrar needs to know before choosing the file. */
const KIND_HINTS: Partial<Record<ImportKind, string>> = {
  certificates: '每一行用学号、身份证号或姓名找到学生，请先导入学生。',
  practice: '每一行用工号、身份证号或姓名找到教师，请先导入教职工。',
  qualifications: '每一行用工号、身份证号或姓名找到教师，请先导入教职工；一行可同时有双师型认定、证书和名优称号。',
  awards: '参赛者和指导教师写在一格里，多人用顿号分隔，按学号/工号或姓名找到本校师生；找不到的按校外人员登记。',
  staff: '花名册里的“是否双师型、认定等级、认定时间”列会一并导入为双师型认定。从另一台电脑搬来全部信息，请在那里导出“教职工信息明细”（勾选含完整身份证号和含联系电话）。',
};

interface PreviewRow {
  key: string;
  row: number;
  outcome: '新增' | '更新' | '未通过';
  what: string;
  column: string;
  value: string;
  reason: string;
}

export function ImportPage() {
  const api = useApi();
  const navigate = useNavigate();
  const { message } = AntApp.useApp();
  const [step, setStep] = useState(0);
  // an empty list's 从 Excel 导入 says which record type
  const handedKind = (useLocation().state as { kind?: ImportKind } | null)?.kind;
  const [kind, setKind] = useState<ImportKind>(handedKind && IMPORT_KINDS.includes(handedKind) ? handedKind : 'staff');
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [mapping, setMapping] = useState<Map<number, string | null>>(new Map());
  const [mode, setMode] = useState<ImportMode>('upsert');
  const [choices, setChoices] = useState<ValueChoice[]>([]);
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [committed, setCommitted] = useState<Commit | null>(null);
  const [onlyRejected, setOnlyRejected] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const jobs = useJob();

  const attempt = async (what: string, fn: () => Promise<void>) => {
    setBusy(what);
    setError(null);
    try {
      await fn();
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(null);
    }
  };

  const source = (sheet?: string) => ({ kind, fileName: file!.name, base64: file!.base64, sheet: sheet ?? inspection?.sheet });
  const runInput = (m: ImportMode = mode, values: ValueChoice[] = choices) => ({ ...source(), mapping: [...mapping].map(([column, field]) => ({ column, field })), mode: m, values });

  const inspect = (f: { name: string; base64: string }, sheet?: string) =>
    attempt('inspect', async () => {
      const r = await api.call('import.inspect', { kind, fileName: f.name, base64: f.base64, sheet });
      setInspection(r);
      setMapping(new Map(r.columns.map((c) => [c.column, c.field])));
      setChoices(r.values);
      setStep(1);
    });

  const chooseFile = async (picked: File) => {
    if (picked.size > MAX_IMPORT_BYTES) {
      setError(IMPORT_TOO_LARGE);
      return;
    }
    const f = { name: picked.name, base64: await readAsBase64(picked) };
    setFile(f);
    await inspect(f);
  };

  /** The dry run and the commit run as jobs, with their progress; both can be cancelled, the commit until it commits
   * (its rows are then rolled back), so a cancel never leaves anything written. */
  const check = (m: ImportMode = mode, values: ValueChoice[] = choices) =>
    attempt('dryRun', async () => {
      const r = await jobs.run('import.dryRun', runInput(m, values));
      if (!r) return void message.info('已取消检查，没有写入任何数据');
      setDryRun(r);
      setStep(2);
    });

  const commit = () =>
    attempt('commit', async () => {
      const r = await jobs.run('import.commit', runInput());
      if (!r) return void message.info('已取消导入，没有写入任何数据');
      setCommitted(r);
      setStep(3);
      message.success(`已导入：新增 ${r.imported} 条，更新 ${r.updated} 条`);
    });

  const download = (what: 'template' | 'rejected') =>
    attempt(what, async () => {
      const r = what === 'template' ? await api.call('import.template', { kind }) : await api.call('import.rejectedWorkbook', runInput());
      downloadBase64(r.fileName, XLSX_MIME, r.base64);
    });

  /** A value mapped (or rejected) in the value-mapping step: the rows holding it are checked again at once. */
  const choose = (c: ValueChoice) => {
    const next = [...choices.filter((x) => !(x.field === c.field && x.from === c.from)), c];
    setChoices(next);
    void check(mode, next);
  };

  const restart = () => {
    setStep(0);
    setFile(null);
    setInspection(null);
    setDryRun(null);
    setCommitted(null);
    setError(null);
  };

  const fieldOptions = useMemo(
    () => [
      { value: '', label: '（不导入）' },
      ...(inspection?.fields ?? []).map((f) => ({ value: f.key, label: f.required ? `${f.label}（必填）` : f.label })),
    ],
    [inspection],
  );
  const missingRequired = (inspection?.fields ?? []).filter((f) => f.required && ![...mapping.values()].includes(f.key));

  const previewRows: PreviewRow[] = useMemo(() => {
    if (!dryRun) return [];
    const planned = dryRun.planned.map((p): PreviewRow => ({ key: `p${p.row}`, row: p.row, outcome: p.action === 'add' ? '新增' : '更新', what: p.label, column: '', value: '', reason: '' }));
    const rejected = dryRun.rejected.map(
      (r, i): PreviewRow => ({ key: `r${i}`, row: r.row, outcome: '未通过', what: r.label, column: r.column, value: r.value, reason: r.message }),
    );
    return [...planned, ...rejected].sort((a, b) => a.row - b.row);
  }, [dryRun]);
  const rejectedRows = dryRun ? new Set(dryRun.rejected.map((r) => r.row)).size : 0;
  const good = dryRun ? dryRun.toAdd + dryRun.toUpdate : 0;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small">
        <Steps
          current={step}
          status={step === 3 ? 'finish' : 'process'}
          size="small"
          items={[{ title: '选择文件' }, { title: '核对列' }, { title: '检查数据' }, { title: '完成导入' }]}
        />
      </Card>
      {error && <Alert type="error" showIcon title={error} closable onClose={() => setError(null)} />}

      {step === 0 && (
        <Card size="small" title="第一步：选择要导入的记录类型和文件">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Radio.Group value={kind} onChange={(e) => setKind(e.target.value)} aria-label="记录类型">
              <Space wrap>
                {IMPORT_KINDS.map((k) => (
                  <Radio key={k} value={k}>
                    {IMPORT_KIND_LABELS[k]}
                  </Radio>
                ))}
              </Space>
            </Radio.Group>
            {KIND_HINTS[kind] && <Alert type="info" showIcon title={KIND_HINTS[kind]} />}
            <Upload.Dragger
              accept=".xlsx,.xls,.csv,.ods"
              showUploadList={false}
              beforeUpload={(f) => {
                void chooseFile(f);
                return false;
              }}
              disabled={busy !== null}
            >
              <p className="ant-upload-drag-icon">
                <InboxOutlined />
              </p>
              <p className="ant-upload-text">点击选择文件，或把文件拖到这里</p>
              <p className="ant-upload-hint">支持 Excel（.xlsx、.xls）、CSV（UTF-8 或 GBK 编码）和 .ods；表头上方的标题行、两行合并表头都能识别。</p>
            </Upload.Dragger>
            <Space>
              <Typography.Text type="secondary">没有现成的表格？</Typography.Text>
              <Button icon={<DownloadOutlined />} loading={busy === 'template'} onClick={() => void download('template')}>
                下载{IMPORT_KIND_LABELS[kind].replace(/（.*）/, '')}导入模板
              </Button>
            </Space>
          </Space>
        </Card>
      )}

      {step === 1 && inspection && (
        <Card
          size="small"
          title={`第二步：核对每一列对应的字段（${file?.name}）`}
          extra={
            inspection.sheets.length > 1 && (
              <Space>
                工作表
                <Select
                  aria-label="工作表"
                  value={inspection.sheet}
                  style={{ minWidth: 160 }}
                  options={inspection.sheets.map((s) => ({ value: s.name, label: s.name }))}
                  onChange={(s) => file && void inspect(file, s)}
                />
              </Space>
            )
          }
        >
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Alert
              type="info"
              showIcon
              title={`在工作表“${inspection.sheet}”第 ${inspection.headerRows.join('、')} 行找到表头，下面有 ${inspection.dataRows} 行数据。`}
              description="请逐列核对“对应字段”：自动识别不了的列显示“（不导入）”，如果它有用，请选择它对应的字段。核对好后点“下一步：检查数据”，这一步不会写入任何数据。"
            />
            {missingRequired.length > 0 && (
              <Alert type="warning" showIcon title={`还没有为必填项选择列：${missingRequired.map((f) => f.label).join('、')}。缺少必填项的行不能导入。`} />
            )}
            <Table
              size="small"
              rowKey="column"
              pagination={false}
              dataSource={inspection.columns}
              columns={[
                {
                  title: '文件中的列',
                  dataIndex: 'header',
                  width: 220,
                  render: (h: string, c) => (
                    <Space size={4} wrap>
                      {h}
                      {c.similar && mapping.get(c.column) === c.field && <Tag color="orange">按相近的列名对应，请核对</Tag>}
                    </Space>
                  ),
                },
                { title: '前几行的内容', dataIndex: 'samples', render: (s: string[]) => <Typography.Text type="secondary">{s.join('　')}</Typography.Text> },
                {
                  title: '对应字段',
                  width: 260,
                  render: (_: unknown, c) => (
                    <Select
                      aria-label={`“${c.header}”对应的字段`}
                      style={{ width: '100%' }}
                      showSearch={{ optionFilterProp: 'label' }}
                      value={mapping.get(c.column) ?? ''}
                      options={fieldOptions}
                      onChange={(v: string) => setMapping(assign(mapping, c.column, v === '' ? null : v))}
                    />
                  ),
                },
              ]}
            />
            <Space>
              <Button onClick={restart}>重新选择文件</Button>
              <Button type="primary" loading={busy === 'dryRun'} onClick={() => void check()}>
                下一步：检查数据
              </Button>
              <JobProgress job={jobs.job} onCancel={() => void jobs.cancel()} />
            </Space>
          </Space>
        </Card>
      )}

      {step === 2 && dryRun && (
        <Card size="small" title="第三步：检查结果（还没有写入）">
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Space wrap>
              导入方式
              <Radio.Group
                value={mode}
                onChange={(e) => {
                  setMode(e.target.value);
                  void check(e.target.value);
                }}
              >
                {IMPORT_MODES.map((m) => (
                  <Radio key={m} value={m}>
                    {IMPORT_MODE_LABELS[m]}
                  </Radio>
                ))}
              </Radio.Group>
            </Space>
            <Alert
              type={rejectedRows ? 'warning' : 'success'}
              showIcon
              title={`共读取 ${dryRun.read} 行：可新增 ${dryRun.toAdd} 条，可更新 ${dryRun.toUpdate} 条，${rejectedRows ? `有 ${rejectedRows} 行未通过` : '全部通过'}。`}
              description={
                rejectedRows
                  ? '未通过的行不会导入，原因见下表。可以先导入通过的行，再下载“未通过的行”，改正后重新导入；也可以返回修改列的对应关系。'
                  : '核对无误后点“确认导入”。导入前会自动备份数据。'
              }
            />
            {dryRun.toCreate.length > 0 && (
              <Alert
                type="info"
                showIcon
                title={`将新建 ${dryRun.toCreate.length} 项：文件中用到的这些专业和班级还没有，会和学生一起导入`}
                description={
                  <ul style={{ margin: 0, paddingLeft: 20 }}>
                    {dryRun.toCreate.map((c) => (
                      <li key={`${c.what}${c.name}`}>
                        将新建{c.what}“{c.name}”（{c.detail}）
                      </li>
                    ))}
                  </ul>
                }
              />
            )}
            <ValueMapping
              unmapped={dryRun.unmapped}
              choices={choices}
              disabled={busy !== null}
              columnOf={(field) => inspection?.columns.find((c) => mapping.get(c.column) === field)?.header ?? field}
              optionsOf={(field) => inspection?.fields.find((f) => f.key === field)?.options ?? []}
              onChoose={choose}
            />
            {dryRun.warnings.map((w) => (
              <Alert key={w} type="info" showIcon title={w} />
            ))}
            <Segmented
              value={onlyRejected ? 'rejected' : 'all'}
              onChange={(v) => setOnlyRejected(v === 'rejected')}
              options={[
                { value: 'all', label: `全部（${previewRows.length}）` },
                { value: 'rejected', label: `只看未通过（${dryRun.rejected.length}）` },
              ]}
            />
            <Table
              size="small"
              rowKey="key"
              dataSource={onlyRejected ? previewRows.filter((r) => r.outcome === '未通过') : previewRows}
              pagination={{ pageSize: 50, showSizeChanger: false }}
              columns={[
                { title: '行号', dataIndex: 'row', width: 70 },
                {
                  title: '结果',
                  dataIndex: 'outcome',
                  width: 80,
                  render: (o: PreviewRow['outcome']) => <Tag color={o === '未通过' ? 'red' : o === '新增' ? 'green' : 'blue'}>{o}</Tag>,
                },
                { title: '记录', dataIndex: 'what', width: 220 },
                { title: '列', dataIndex: 'column', width: 140 },
                { title: '内容', dataIndex: 'value', width: 180, ellipsis: true },
                { title: '原因', dataIndex: 'reason' },
              ]}
            />
            <Space wrap>
              <Button onClick={() => setStep(1)}>返回修改列</Button>
              {rejectedRows > 0 && (
                <Button icon={<DownloadOutlined />} loading={busy === 'rejected'} onClick={() => void download('rejected')}>
                  下载未通过的行
                </Button>
              )}
              <Button type="primary" disabled={good === 0} loading={busy === 'commit'} onClick={() => void commit()}>
                确认导入 {good} 条
              </Button>
              <JobProgress job={jobs.job} onCancel={() => void jobs.cancel()} />
            </Space>
          </Space>
        </Card>
      )}

      {step === 3 && committed && (
        <Card size="small">
          <Result
            status="success"
            title={`导入完成：新增 ${committed.imported} 条，更新 ${committed.updated} 条`}
            subTitle={`${committed.rejected.length ? `有 ${new Set(committed.rejected.map((r) => r.row)).size} 行未通过，没有导入。` : ''}导入前的数据已自动备份（${committed.backup}），可在“数据与备份”中恢复。`}
            extra={[
              <Button key="list" type="primary" onClick={() => navigate(LIST_PAGE[kind].path)}>
                {LIST_PAGE[kind].label}
              </Button>,
              <Button key="again" onClick={restart}>
                继续导入其他文件
              </Button>,
            ]}
          />
        </Card>
      )}
    </Space>
  );
}
