// `npm test`: typecheck, lint, build the renderer (the e2e tests drive it), then every vitest project.
// Ends with one plain line, "N passed, N failed", where typecheck and lint count as one check each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const extraArgs = process.argv.slice(2);
// the full crash loop is `npm run test:crash`; its short version is in the unit project
const PROJECTS = ['unit', 'contract', 'component', 'e2e'];
let passed = 0;
let failed = 0;

function step(label, cmd, args) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  return r.status === 0;
}

for (const [label, args] of [
  ['typecheck', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', ['eslint', '--max-warnings', '0', '.']],
]) {
  if (step(label, 'npx', args)) passed++;
  else failed++;
}

if (!step('build renderer', 'npx', ['vite', 'build', '--logLevel', 'warn'])) failed++;

fs.mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
fs.rmSync(report, { force: true });
step('vitest', 'npx', ['vitest', 'run', ...PROJECTS.flatMap((p) => ['--project', p]), '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...extraArgs]);
if (fs.existsSync(report)) {
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests + (r.numRuntimeErrorTestSuites ?? 0);
  // a test file that failed to load has no tests but must still count as a failure
  failed += r.testResults.filter((t) => t.status === 'failed' && t.assertionResults.length === 0).length;
} else {
  failed++;
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
