// The command line over the same handlers (DESIGN §6): for administrators and automation.
// Prints only the command's own output; with --json exactly one JSON document.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { dispatch, reportUnexpected } from '@shared/dispatch';
import type { Method, InputOf, OutputOf } from '@shared/contract';
import { AppError, INTERNAL_FAILURE, userFacingError, type AppErrorData } from '@shared/errors';
import { openApp, type App } from './appContext';
import { resolveDataDir } from './dataDir';
import { anyFieldLabel } from '@shared/auditLabels';
import { REJECT_ROW, type ImportInspection, type ValueChoice } from '@shared/import';
import { formatIndicatorValue, formatMet, formatNumber, formatTarget } from '@shared/format';

const USAGE = `用法：npm run --silent cli -- --data 数据文件夹 <命令> [选项]
命令：
  init --name 学校名称 --type 中职|高职|技工院校 [--code 学校标识码] [--region 所在县市区] [--cutoff YYYY-MM-DD]
  demo [--type 中职|高职|技工院校]     生成一所演示学校（仅限空数据库）
  staff list [--json]                 列出教职工（身份证号已脱敏）
  practice-status [--as-of YYYY-MM-DD] [--json]
                                      企业实践达标情况：每位在职专任教师的实践天数、状态、差额和期限
                                      （不指定日期时按学校的统计截止日期）
  indicators [--as-of YYYY-MM-DD] [--year YYYY] [--preset 方案] [--json]
                                      质量年报指标：分子、分母、数值、目标与是否达标
  export <roster|practice-ledger|practice-status|dual-teachers|certificates|awards|quality-data|quality-tables
          |status-teachers|quality-pack|staff|students|student-certificates|teacher-qualifications>
         --out 文件.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--preset 方案] [--full-id] [--phone]
                                      导出教育局报表或记录明细（--full-id 导出完整身份证号，默认隐去中间部分；
                                      --phone 在教职工信息明细中导出联系电话，默认不导出）；
                                      各类记录的导出都可用 import 导回（名册和明细需 --full-id，联系电话需 --phone）；
                                      quality-tables 为本校类型的质量年报数据表，status-teachers 为状态数据平台 A6 教师表，
                                      --year 为统计年度（学年，2025 即 2024-09-01 至 2025-08-31）
  import <staff|practice|qualifications|students|certificates|awards> 文件 [--sheet 工作表] [--mode add|update|upsert]
         [--map "表头=字段" ...] [--value "列名:原值=规范值" ...] [--dry-run] [--json]
                                      从 Excel/CSV 导入（默认新增并更新；--dry-run 只检查不写入；
                                      --map 指定某列对应的字段，字段可写英文键名或中文名称，“表头=”表示不导入该列；
                                      --value 指定某列中无法识别的值对应的规范值，“=拒绝该行”表示不导入含该值的行，
                                      下次导入同类记录时自动沿用；JSON 输出的 unmapped 列出仍未识别的值）
  template add 文件.xlsx --name 模板名称 --fill <报表> [--sheet 工作表]
                                      保存教育局的空白模板：自动找到表头和第一行数据，按列名对应报表的列并列出
                                      （对应不对时请在“报表导出 › 使用教育局模板”中修改）
  template list [--json]              列出已保存的报表模板
  template fill 模板名称 --out 文件.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--full-id]
                                      用模板填写报表：教育局的工作簿原样保留，只填入数据行
  user add --login 登录名 --name 姓名 --role 管理员|教务|校领导|教师 [--staff-no 工号]
                                      创建局域网账号（教师账号关联其工号），显示一次性密码
  user list [--json]                  列出账号、角色和状态
  user reset-password 登录名           重置密码（显示新的一次性密码，并解除锁定）
  user disable 登录名                  停用账号（不能再登录，记录保留）
  backup                              立即备份
  restore 备份文件                     从备份恢复（恢复前自动备份当前数据）
通用选项：--data 数据文件夹  --json 以 JSON 输出`;

class CliError extends Error {
  constructor(readonly error: AppErrorData) {
    super(error.message);
  }
}

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

async function call<M extends Method>(app: App, method: M, input: InputOf<M>): Promise<OutputOf<M>> {
  const result = await dispatch(app.handlers, method, input);
  if (!result.ok) throw new CliError(result.error);
  return result.data as OutputOf<M>;
}

type Command = (app: App, args: { positionals: string[]; values: Record<string, string | boolean | string[] | undefined> }, io: CliIo) => Promise<unknown>;

const today = () => new Date().toISOString().slice(0, 10);

/** --as-of, --year and --preset, as the indicator and export methods take them. */
function period(values: Record<string, string | boolean | string[] | undefined>) {
  return {
    asOf: values['as-of'] as string | undefined,
    year: values.year === undefined ? undefined : Number(values.year),
    presetId: values.preset as string | undefined,
  };
}

/** --value "列名:原值=规范值" → the value choice for the field that column is mapped to; 规范值 拒绝该行 (or empty)
 * rejects the rows holding the value. */
function valueChoiceOf(pair: string, inspection: ImportInspection, mapping: readonly { column: number; field: string | null }[]): ValueChoice {
  const colon = pair.search(/[:：]/);
  const equals = Math.max(pair.lastIndexOf('='), pair.lastIndexOf('＝'));
  const usage = `--value ${pair}：应写成 --value "列名:原值=规范值"，如 --value "实践形式:顶岗=集中实践"`;
  if (colon <= 0 || equals <= colon) throw new CliError({ code: 'VALIDATION', message: usage });
  const header = pair.slice(0, colon).trim();
  const column = inspection.columns.find((c) => c.header === header || c.header.split('·').pop() === header);
  if (!column) throw new CliError({ code: 'VALIDATION', message: `--value ${pair}：文件中没有表头“${header}”。表头有：${inspection.columns.map((c) => c.header).join('、')}` });
  const field = mapping.find((m) => m.column === column.column)?.field;
  if (!field) throw new CliError({ code: 'VALIDATION', message: `--value ${pair}：“${header}”这一列没有对应的字段，请先用 --map 指定` });
  const to = pair.slice(equals + 1).trim();
  return { field, from: pair.slice(colon + 1, equals), to: to === '' || to === REJECT_ROW ? null : to };
}

const commands: Record<string, Command> = {
  init: async (app, { values }) => {
    const school = await call(app, 'school.setup', {
      name: String(values.name ?? ''),
      type: values.type as never,
      code: values.code as string | undefined,
      region: values.region as string | undefined,
      cutoffDate: (values.cutoff as string | undefined) ?? today(),
    });
    return { json: school, text: `已创建学校：${school.name}（${school.type}）` };
  },
  demo: async (app, { values }) => {
    const counts = await call(app, 'demo.generate', { type: (values.type as never) ?? '中职' });
    return { json: counts, text: `已生成演示学校：教职工 ${counts.staff} 人` };
  },
  'staff list': async (app) => {
    const rows = [];
    for (let page = 1; ; page++) {
      const { rows: batch, total } = await call(app, 'staff.list', { page, pageSize: 500 });
      rows.push(...batch);
      if (rows.length >= total || batch.length === 0) break;
    }
    return { json: rows, text: rows.map((r) => [r.staffNo, r.name, r.sex, r.idCard, r.postCategory, r.teachingCategory ?? '', r.status].join('\t')).join('\n') };
  },
  'practice-status': async (app, { values }) => {
    const board = await call(app, 'practice.statusBoard', { asOf: values['as-of'] as string | undefined });
    const rows = board.rows.map((r) => ({ staffNo: r.staffNo, name: r.name, days: r.days, status: r.status, shortfallDays: r.shortfallDays, deadline: r.deadline }));
    const header = `截至 ${board.asOf}（统计区间 ${board.window.start}～${board.window.end}，要求 ${board.settings.requiredDays} 天）`;
    const table = [['工号', '姓名', '实践天数', '状态', '差额（天）', '完成期限'], ...rows.map((r) => [r.staffNo, r.name, String(r.days), r.status, String(r.shortfallDays), r.deadline ?? '—'])];
    return { json: rows, text: [header, ...table.map((cells) => cells.join('\t'))].join('\n') };
  },
  indicators: async (app, { values }) => {
    const report = await call(app, 'indicators.compute', period(values));
    const indicators = report.indicators.map((i) => ({
      id: i.id, label: i.label, numerator: i.numerator, denominator: i.denominator, value: i.value, target: i.target, direction: i.direction, met: i.met,
    }));
    const header = `${report.year}年度，统计截止日期 ${report.asOf}，对照方案：${report.preset?.name ?? '无'}`;
    const lines = report.indicators.map((i) =>
      [i.label, formatIndicatorValue(i.unit, i.value), `${formatNumber(i.numerator)}/${formatNumber(i.denominator)}`, formatTarget(i), formatMet(i.met)].join('\t'),
    );
    return { json: { asOf: report.asOf, year: report.year, preset: report.preset?.id ?? null, indicators }, text: [header, ...lines].join('\n') };
  },
  export: async (app, { positionals, values }) => {
    const id = positionals[1];
    const out = values.out as string | undefined;
    if (!id || !out) throw new CliError({ code: 'VALIDATION', message: '用法：export <报表> --out 文件.xlsx' });
    const file = await call(app, 'reports.export', { id, ...period(values), includeFullIdCard: Boolean(values['full-id']), includePhone: Boolean(values.phone) });
    fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
    return { json: { file: path.resolve(out), title: file.fileName, size: file.size }, text: `已导出：${path.resolve(out)}（${formatNumber(file.size)} 字节）` };
  },
  import: async (app, { positionals, values }) => {
    const [, kind, file] = positionals;
    if (!kind || !file) throw new CliError({ code: 'VALIDATION', message: '用法：import <记录类型> 文件 [--sheet 工作表] [--mode add|update|upsert] [--map "表头=字段"] [--value "列名:原值=规范值"] [--dry-run]' });
    if (!fs.existsSync(file)) throw new CliError({ code: 'VALIDATION', message: `找不到文件：${file}` });
    const source = { kind: kind as never, fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64'), sheet: values.sheet as string | undefined };
    const inspection = await call(app, 'import.inspect', source);
    const mapping = inspection.columns.map((c) => ({ column: c.column, field: c.field }));
    for (const pair of (values.map as string[] | undefined) ?? []) {
      const [header, wanted] = [pair.slice(0, pair.lastIndexOf('=')), pair.slice(pair.lastIndexOf('=') + 1).trim()];
      const column = inspection.columns.find((c) => c.header === header.trim() || c.header.split('·').pop() === header.trim());
      if (!pair.includes('=') || !column) throw new CliError({ code: 'VALIDATION', message: `--map ${pair}：文件中没有表头“${header}”。表头有：${inspection.columns.map((c) => c.header).join('、')}` });
      const field = wanted === '' ? null : (inspection.fields.find((f) => f.key === wanted || f.label === wanted)?.key ?? wanted);
      // The field moves to this column: another column that matched it is left out.
      for (const m of mapping) if (m.column === column.column) m.field = field;
      else if (field !== null && m.field === field) m.field = null;
    }
    const choices = ((values.value as string[] | undefined) ?? []).map((pair) => valueChoiceOf(pair, inspection, mapping));
    const run = { ...source, sheet: inspection.sheet, mapping, mode: ((values.mode as string | undefined) ?? 'upsert') as never, values: choices };
    const r = values['dry-run']
      ? await call(app, 'import.dryRun', run).then((d) => ({ read: d.read, imported: d.toAdd, updated: d.toUpdate, rejected: d.rejected, unmapped: d.unmapped, created: d.toCreate, warnings: [...inspection.warnings, ...d.warnings] }))
      : await call(app, 'import.commit', run).then((d) => ({ read: d.read, imported: d.imported, updated: d.updated, rejected: d.rejected, unmapped: d.unmapped, created: d.created, warnings: [...inspection.warnings, ...d.warnings] }));
    const verb = values['dry-run'] ? '检查完成（未写入）：可新增' : '导入完成：新增';
    const lines = [
      `${verb} ${r.imported} 条，${values['dry-run'] ? '可更新' : '更新'} ${r.updated} 条，共读取 ${r.read} 行，未通过 ${new Set(r.rejected.map((x) => x.row)).size} 行`,
      ...r.created.map((c) => `  ${values['dry-run'] ? '将新建' : '已新建'}${c.what}：${c.name}（${c.detail}）`),
      ...r.rejected.map((x) => `  ${x.sheet} 第${x.row}行${x.label ? ` ${x.label}` : ''} ${x.column}${x.value ? `（${x.value}）` : ''}：${x.message}`),
      ...r.unmapped.map((u) => `  未能识别的值：${u.column}“${u.value}”（${u.rows} 行）；可用 --value "${u.column}:${u.value}=${u.candidates[0] ?? u.options[0] ?? '规范值'}" 指定${u.options.length ? `，可选：${u.options.join('、')}` : ''}`),
      ...r.warnings.map((w) => `  提示：${w}`),
    ];
    return { json: r, text: lines.join('\n') };
  },
  'template add': async (app, { positionals, values }) => {
    const file = positionals[2];
    const name = values.name as string | undefined;
    const fill = values.fill as string | undefined;
    if (!file || !name || !fill) throw new CliError({ code: 'VALIDATION', message: '用法：template add 文件.xlsx --name 模板名称 --fill <报表> [--sheet 工作表]' });
    if (!fs.existsSync(file)) throw new CliError({ code: 'VALIDATION', message: `找不到文件：${file}` });
    const upload = { fileName: path.basename(file), base64: fs.readFileSync(file).toString('base64') };
    const layout = await call(app, 'templates.inspect', { ...upload, fill, sheet: values.sheet as string | undefined });
    const saved = await call(app, 'templates.save', { name, fill, sheet: layout.sheet, file: upload, columns: layout.columns.map((c) => ({ column: c.column, source: c.source })) });
    const said = (c: (typeof layout.columns)[number]) =>
      c.source.kind === 'column' ? c.source.column : c.source.kind === 'serial' ? '（序号）' : c.source.kind === 'fixed' ? `（固定文字：${c.source.text}）` : '（留空）';
    const lines = [
      `已保存模板“${saved.name}”：工作表“${layout.sheet}”，表头在第 ${layout.headerRows.join('、')} 行，从第 ${layout.firstDataRow} 行起填写${saved.fillTitle}`,
      ...layout.columns.map((c) => `  ${c.letter} ${c.header} ← ${said(c)}${c.similar ? '（按相近的列名对应，请核对）' : ''}`),
    ];
    return { json: { ...saved, layout }, text: lines.join('\n') };
  },
  'template list': async (app) => {
    const list = await call(app, 'templates.list', {});
    return { json: list, text: list.length ? list.map((t) => [t.name, t.fillTitle, t.fileName, t.sheet, t.updatedAt].join('\t')).join('\n') : '还没有保存的报表模板' };
  },
  'template fill': async (app, { positionals, values }) => {
    const name = positionals[2];
    const out = values.out as string | undefined;
    if (!name || !out) throw new CliError({ code: 'VALIDATION', message: '用法：template fill 模板名称 --out 文件.xlsx [--as-of YYYY-MM-DD] [--year YYYY] [--full-id]' });
    const list = await call(app, 'templates.list', {});
    const template = list.find((t) => t.name === name);
    if (!template) throw new CliError({ code: 'NOT_FOUND', message: `没有名为“${name}”的报表模板。${list.length ? `已有：${list.map((t) => t.name).join('、')}` : '请先用 template add 保存模板'}` });
    const { asOf, year } = period(values);
    const file = await call(app, 'templates.fill', { id: template.id, asOf, year, includeFullIdCard: Boolean(values['full-id']) });
    fs.writeFileSync(out, Buffer.from(file.base64, 'base64'));
    return { json: { file: path.resolve(out), rows: file.rows }, text: `已按模板“${name}”填写 ${file.rows} 行：${path.resolve(out)}` };
  },
  'user add': async (app, { values }) => {
    const [login, name, role] = [values.login, values.name, values.role] as (string | undefined)[];
    if (!login || !name || !role) throw new CliError({ code: 'VALIDATION', message: '用法：user add --login 登录名 --name 姓名 --role 管理员|教务|校领导|教师 [--staff-no 工号]' });
    const made = await call(app, 'users.create', { login, name, role: role as never, staffNo: values['staff-no'] as string | undefined });
    return { json: made, text: `已创建账号 ${made.user.login}（${made.user.name}，${made.user.role}）。一次性密码：${made.password}\n请交给本人，首次登录后修改；此密码不会再显示。` };
  },
  'user list': async (app) => {
    const list = await call(app, 'users.list', {});
    const state = (u: (typeof list)[number]) => (u.disabled ? '已停用' : u.lockedUntil && u.lockedUntil > new Date().toISOString() ? '已锁定' : '正常');
    return { json: list, text: list.length ? list.map((u) => [u.login, u.name, u.role, u.staffNo ?? '', state(u), u.lastLoginAt ?? '从未登录'].join('\t')).join('\n') : '还没有账号' };
  },
  'user reset-password': async (app, { positionals }) => {
    const login = positionals[2];
    if (!login) throw new CliError({ code: 'VALIDATION', message: '用法：user reset-password 登录名' });
    const r = await call(app, 'users.resetPassword', { login });
    return { json: r, text: `已重置 ${r.user.login} 的密码。一次性密码：${r.password}\n请交给本人，首次登录后修改；此密码不会再显示。` };
  },
  'user disable': async (app, { positionals }) => {
    const login = positionals[2];
    if (!login) throw new CliError({ code: 'VALIDATION', message: '用法：user disable 登录名' });
    const user = await call(app, 'users.disable', { login });
    return { json: user, text: `已停用账号 ${user.login}（${user.name}）：不能再登录，记录保留` };
  },
  backup: async (app) => {
    const b = await call(app, 'backup.create', {});
    return { json: b, text: `已备份：${path.join(app.store.backupDir, b.file)}` };
  },
  restore: async (app, { positionals }) => {
    const file = positionals[1];
    if (!file) throw new CliError({ code: 'VALIDATION', message: '请指定要恢复的备份文件：restore 备份文件' });
    const r = await call(app, 'backup.restore', { file });
    return { json: r, text: `已从 ${r.restored} 恢复；恢复前的数据已备份为 ${r.safetyBackup}` };
  },
};

/** Commands that only read: they run beside the desktop app or the browser host that holds the folder. Every other
 * command (an import, a restore, a backup, an export that records itself) is refused then, naming that program. */
const READ_ONLY_COMMANDS = new Set(['staff list', 'practice-status', 'indicators', 'template list']);

/** Runs one command line; returns the exit code. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean', default: false },
        name: { type: 'string' },
        type: { type: 'string' },
        code: { type: 'string' },
        region: { type: 'string' },
        cutoff: { type: 'string' },
        'as-of': { type: 'string' },
        year: { type: 'string' },
        preset: { type: 'string' },
        out: { type: 'string' },
        'full-id': { type: 'boolean', default: false },
        phone: { type: 'boolean', default: false },
        sheet: { type: 'string' },
        mode: { type: 'string' },
        map: { type: 'string', multiple: true },
        value: { type: 'string', multiple: true },
        'dry-run': { type: 'boolean', default: false },
        fill: { type: 'string' },
        login: { type: 'string' },
        role: { type: 'string' },
        'staff-no': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    io.err(`${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`);
    return 2;
  }
  const { positionals, values } = parsed;
  const key = ['staff', 'template', 'user'].includes(positionals[0] ?? '') ? `${positionals[0]} ${positionals[1] ?? ''}` : (positionals[0] ?? '');
  const command = commands[key];
  if (values.help || !command) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  let app: App | undefined;
  try {
    app = await openApp({ dataDir: resolveDataDir(values.data), via: '命令行', owner: 'cli', readBesideOwner: READ_ONLY_COMMANDS.has(key) });
    const result = (await command(app, { positionals, values }, io)) as { json: unknown; text: string };
    io.out(values.json ? JSON.stringify(result.json, null, 2) : result.text);
    return 0;
  } catch (e) {
    const error: AppErrorData = e instanceof CliError ? e.error : (userFacingError(e) ?? { code: 'INTERNAL', message: INTERNAL_FAILURE });
    if (!(e instanceof CliError) && !(e instanceof AppError)) reportUnexpected('cli', e);
    if (values.json) io.out(JSON.stringify({ error }, null, 2));
    else io.err(`错误：${error.message}${error.fieldErrors?.length ? '\n' + error.fieldErrors.map((f) => `  ${anyFieldLabel(f.field)}：${f.message}`).join('\n') : ''}`);
    return 1;
  } finally {
    app?.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  // every file this program writes (exports with full 身份证号 included) is private to the user who runs it
  process.umask(0o077);
  void runCli(process.argv.slice(2), { out: (t) => process.stdout.write(t + '\n'), err: (t) => process.stderr.write(t + '\n') }).then((code) => {
    process.exitCode = code;
  });
}
