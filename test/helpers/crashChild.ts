// The child of the crash loop: imports one staff roster after another through the CLI's own code path, until killed.
import fs from 'node:fs';
import path from 'node:path';
import { runCli } from '../../electron/cli';
import { makeIdCard } from './people';

const [dataDir, iteration] = process.argv.slice(2);
const ROWS = 40;
const DAY = 86_400_000;

for (let batch = 0; ; batch++) {
  const tag = `C${iteration}B${batch}`;
  // each batch has its own birth date, so its 身份证号 never clash with another batch's
  const birth = new Date(Date.UTC(1960, 0, 1) + (Number(iteration) * 200 + batch) * DAY).toISOString().slice(0, 10);
  const lines = ['工号,姓名,身份证号,来校日期,岗位类别,任教类别'];
  for (let row = 0; row < ROWS; row++) lines.push(`${tag}-${row},测试${row},${makeIdCard(birth, row % 2 ? '男' : '女', row)},2015-09-01,专任教师,专业课`);
  const file = path.join(dataDir, `roster-${tag}.csv`);
  fs.writeFileSync(file, lines.join('\n'));
  process.stdout.write(`${tag}\n`);
  const out: string[] = [];
  const code = await runCli(['--data', dataDir, 'import', 'staff', file, '--mode', 'add', '--json'], { out: (t) => out.push(t), err: (t) => out.push(t) });
  if (code !== 0) throw new Error(`import failed: ${out.join('\n')}`);
  fs.rmSync(file);
}
