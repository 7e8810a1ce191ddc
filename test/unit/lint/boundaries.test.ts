// The folder rules are lint rules (eslint.config.js): a file below the handlers that imports one fails `npx eslint .`.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function restrictedImports(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['electron/import/probe.ts', "import { staffWriter } from '../handlers/staff';\nexport const w = staffWriter;\n"],
    ['electron/import/kinds/probe.ts', "import { staffHandlers } from '../../handlers/staff';\nexport const h = staffHandlers;\n"],
    ['electron/reports/probe.ts', "import { practiceHandlers } from '../handlers/practice';\nexport const h = practiceHandlers;\n"],
    ['electron/records/probe.ts', "import { staffHandlers } from '../handlers/staff';\nexport const h = staffHandlers;\n"],
  ])('refuses %s importing a handler', async (file, code) => {
    expect(await restrictedImports(file, code)).toEqual([expect.stringContaining('不能引用 handlers/')]);
  });

  it('lets a handler import the room below it', async () => {
    expect(await restrictedImports('electron/handlers/probe.ts', "import { staffWriter } from '../records/staffWriter';\nexport const w = staffWriter;\n")).toEqual([]);
  });

  it('keeps Electron out of every file but the three that host the window', async () => {
    expect(await restrictedImports('electron/records/probe.ts', "import { app } from 'electron';\nexport const a = app;\n")).toEqual([expect.stringContaining("可以引用 'electron'")]);
  });
});
