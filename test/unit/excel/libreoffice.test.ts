// Renders the bureau's workbooks as a registrar would print them: LibreOffice converts each workbook to PDF,
// pdftoppm turns each page into a PNG under test/artifacts/reports/ for a person to look at. The 教职工花名册 on
// hostile and long values; then every registered report on a demo school, exported through the reports handler.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceMigrationsDir } from '../../../electron/appContext';
import { writeReportWorkbook } from '../../../electron/excel/styledWorkbook';
import { buildRosterSheet } from '../../../electron/reports/roster';
import { Store } from '../../../db/store';
import { saveSchool, type SchoolRecord } from '../../../db/queries/school';
import { allStaff, insertStaff } from '../../../db/queries/staff';
import { staffInputSchema } from '@shared/staff';
import { EDUCATION_LEVELS, POST_CATEGORIES, PROFESSIONAL_TITLES, TEACHER_CERT_TYPES } from '@shared/vocab';
import { makeIdCard, staffInput } from '../../helpers/people';
import { tempDataDir } from '../../helpers/dataDir';
import { openApp, type App } from '../../../electron/appContext';
import { REPORTS } from '../../../electron/reports';
import { generateDemoSchool } from '../../../seeds/demo';
import { dispatch } from '@shared/dispatch';
import { bureauTemplate } from '../../helpers/bureauTemplates';

function onPath(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const hasSoffice = onPath('soffice');
const hasPdftoppm = onPath('pdftoppm');
const ARTIFACTS = path.resolve('test/artifacts/reports');
const NAMES = ['王伟', '李娜', '买买提·艾力', '欧阳晓燕', '张', '钟离子墨', '=HYPERLINK("http://x","y")'];
const MAJORS = ['计算机应用', '电子商务', '机电技术应用', '中餐烹饪', '智能设备运行与维护（含工业机器人方向）'];

if (!hasSoffice) console.log('LibreOffice rendering tests skipped: soffice (LibreOffice) is not on PATH');

/** Pages of a PDF: LibreOffice writes each as a plain /Type /Page object. */
function pdfPageCount(pdf: string): number {
  return (fs.readFileSync(pdf, 'latin1').match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

/**
 * Converts the workbooks (named name.xlsx in workDir) to PDF in one LibreOffice run, copies workbook and PDF to the
 * artifacts, and writes a PNG of each page there when pdftoppm is present. Returns the page count of each.
 */
function render(workDir: string, names: readonly string[]): Record<string, number> {
  // A private LibreOffice profile: a second soffice (another test run, a desktop session) would otherwise hold
  // the profile lock and the conversion would silently do nothing.
  const profile = pathToFileURL(path.join(workDir, 'lo-profile')).href;
  const workbooks = names.map((name) => path.join(workDir, `${name}.xlsx`));
  execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', workDir, ...workbooks], {
    timeout: 60_000 + 30_000 * names.length,
    stdio: 'pipe',
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const pages: Record<string, number> = {};
  for (const name of names) {
    const pdf = path.join(workDir, `${name}.pdf`);
    expect(fs.statSync(pdf).size, name).toBeGreaterThan(1000);
    pages[name] = pdfPageCount(pdf);
    const ownFile = new RegExp(`^${name}(-\\d+\\.png|\\.xlsx|\\.pdf)$`);
    for (const old of fs.readdirSync(ARTIFACTS)) if (ownFile.test(old)) fs.rmSync(path.join(ARTIFACTS, old));
    fs.copyFileSync(path.join(workDir, `${name}.xlsx`), path.join(ARTIFACTS, `${name}.xlsx`));
    fs.copyFileSync(pdf, path.join(ARTIFACTS, `${name}.pdf`));
    if (!hasPdftoppm) continue;
    execFileSync('pdftoppm', ['-png', '-r', '60', pdf, path.join(ARTIFACTS, name)], { timeout: 60_000 });
    expect(fs.readdirSync(ARTIFACTS).filter((f) => ownFile.test(f) && f.endsWith('.png')), name).toHaveLength(pages[name]);
  }
  if (!hasPdftoppm) console.log(`No PNGs of ${names.join(', ')}: pdftoppm (poppler-utils) is not on PATH`);
  return pages;
}

describe.skipIf(!hasSoffice)('教职工花名册 rendered by LibreOffice', () => {
  let data: ReturnType<typeof tempDataDir>;
  let store: Store;
  let school: SchoolRecord;

  beforeAll(async () => {
    data = tempDataDir();
    store = await Store.open({ dataDir: data.dir, migrationsDir: sourceMigrationsDir() });
    school = saveSchool(store.db, { name: '丽水市职业技术学校', code: '3633000001', type: '中职', region: '莲都区', authority: '丽水市教育局', cutoffDate: '2025-08-31' });
    // Enough staff for two pages, with the longest values each column can hold.
    for (let i = 1; i <= 45; i++) {
      const sex = i % 2 ? '男' : '女';
      const birthDate = `${1965 + (i % 30)}-0${1 + (i % 9)}-1${i % 10}`;
      const postCategory = POST_CATEGORIES[i % POST_CATEGORIES.length];
      const teaches = postCategory === '专任教师' || postCategory === '兼职教师';
      insertStaff(
        store.db,
        staffInputSchema.parse(
          staffInput(
            {
              name: NAMES[i % NAMES.length],
              idCard: makeIdCard(birthDate, sex, i),
              ethnicity: i % 7 ? '汉族' : '畲族',
              politicalStatus: i % 3 ? '中共预备党员' : '群众',
              workStartDate: '2008-07-01',
              postCategory,
              teachingCategory: teaches ? (['专业课', '公共基础课', '实习指导'] as const)[i % 3] : null,
              teachingMajor: teaches ? MAJORS[i % MAJORS.length] : null,
              highestEducation: EDUCATION_LEVELS[i % EDUCATION_LEVELS.length],
              highestDegree: i % 4 ? '硕士' : '无',
              title: PROFESSIONAL_TITLES[i % PROFESSIONAL_TITLES.length],
              teacherCertType: TEACHER_CERT_TYPES[i % TEACHER_CERT_TYPES.length],
              status: i % 11 ? '在职' : '退休',
            },
            i,
          ),
        ),
      );
    }
  });

  afterAll(() => {
    store?.close();
    data?.cleanup();
  });

  it('converts to a PDF without error and writes a PNG of each page', async () => {
    const sheet = buildRosterSheet({ school, staff: allStaff(store.db), includeFullIdCard: false });
    fs.writeFileSync(path.join(data.dir, 'roster.xlsx'), await writeReportWorkbook([sheet]));
    const pages = render(data.dir, ['roster']);
    // 45 staff do not fit on one A4 page at a legible size: the sheet is not shrunk to a single page.
    expect(pages.roster).toBeGreaterThanOrEqual(2);
  }, 180_000);
});

describe.skipIf(!hasSoffice)('every registered report rendered by LibreOffice', () => {
  let data: ReturnType<typeof tempDataDir>;
  let app: App;

  beforeAll(async () => {
    data = tempDataDir();
    app = await openApp({ dataDir: data.dir });
    // A small demo school: long enterprise names, every practice status, a cohort with students lacking certificates.
    generateDemoSchool(app.store.sqlite, { type: '中职', seed: 20250901, staff: 60, students: 400, asOf: '2025-08-31' });
  });

  afterAll(() => {
    app?.close();
    data?.cleanup();
  });

  it('converts each to a PDF without error and writes a PNG of each page', async () => {
    const ids = Object.keys(REPORTS);
    for (const id of ids) {
      const result = await dispatch(app.handlers, 'reports.export', { id, year: 2025 });
      if (!result.ok) throw new Error(`${id}: ${JSON.stringify(result.error)}`);
      fs.writeFileSync(path.join(data.dir, `demo-${id}.xlsx`), Buffer.from((result.data as { base64: string }).base64, 'base64'));
    }
    // demo-: apart from the roster above, which is rendered on other data.
    const pages = render(data.dir, ids.map((id) => `demo-${id}`));
    for (const id of ids) expect(pages[`demo-${id}`], id).toBeGreaterThanOrEqual(1);
  }, 300_000);

  it('opens a filled bureau template without repair: the rows past the form, the 合计 recalculated', async () => {
    const call = async (method: string, input: unknown) => {
      const r = await dispatch(app.handlers, method, input);
      if (!r.ok) throw new Error(`${method}: ${JSON.stringify(r.error)}`);
      return r.data as never;
    };
    const file = { fileName: 'bureau.xlsx', base64: (await bureauTemplate({ blankRows: 10, totalRow: true, twoRowHeader: true, notesFormula: true })).toString('base64') };
    const layout = (await call('templates.inspect', { ...file, fill: 'staff' })) as { sheet: string; columns: { column: number; source: unknown }[] };
    const saved = (await call('templates.save', { name: '县教师信息表', fill: 'staff', sheet: layout.sheet, file, columns: layout.columns })) as { id: number };
    const filled = (await call('templates.fill', { id: saved.id })) as { base64: string; rows: number };
    fs.writeFileSync(path.join(data.dir, 'template-filled.xlsx'), Buffer.from(filled.base64, 'base64'));
    const pages = render(data.dir, ['template-filled']);
    expect(pages['template-filled']).toBeGreaterThanOrEqual(2);
    // LibreOffice's own reading: every row there and the 合计 formula recalculated over them
    const profile = pathToFileURL(path.join(data.dir, 'lo-profile')).href;
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', data.dir, path.join(data.dir, 'template-filled.xlsx')], { timeout: 90_000, stdio: 'pipe' });
    const lines = fs.readFileSync(path.join(data.dir, 'template-filled.csv'), 'utf8').split('\n');
    const total = lines.find((l) => l.startsWith('合计'))!;
    expect(total.split(',')[3]).toBe(`${filled.rows}人`);
    expect(lines.indexOf(total)).toBe(4 + filled.rows);
  }, 180_000);
});
