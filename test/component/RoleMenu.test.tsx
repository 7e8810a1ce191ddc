// On the school network the side menu shows each role the areas it may use, read from the contract's access table
// (DESIGN §12); at the school's computer, no one signed in, it shows them all. Inside 企业实践, the review queue and
// 达标设置 are for those who may use them.
import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { App as AntApp } from 'antd';
import { ApiContext } from '../../renderer/api/ApiContext';
import type { ApiClient } from '../../renderer/api/client';
import { SignedInRole } from '../../renderer/api/signedInRole';
import { AppShell } from '../../renderer/AppShell';
import { PracticeAreaPage } from '../../renderer/pages/practice/PracticeAreaPage';
import { MemoryRouter } from 'react-router';
import type { School } from '@shared/school';
import type { Role } from '@shared/users';

const ALL = ['概览', '教职工', '企业实践', '学生', '按班级录入证书', '证书获取率', '技能大赛', '学校年度数据', '数据导入', '批量录入', '报表导出', '指标方案', '操作记录', '数据与备份', '局域网访问'];

function menuOf(role: Role | null): string[] {
  // every page stays loading: only the menu is looked at
  const call = (() => new Promise(() => {})) as unknown as ApiClient['call'];
  const school = { name: '丽水市示范职业技术学校', type: '中职', cutoffDate: '2025-08-31' } as School;
  render(
    <AntApp>
      <ApiContext.Provider value={{ call }}>
        <SignedInRole.Provider value={role}>
          <AppShell school={school} onReload={() => {}} />
        </SignedInRole.Provider>
      </ApiContext.Provider>
    </AntApp>,
  );
  return screen.getAllByRole('menuitem').map((item) => item.textContent ?? '');
}

describe('the side menu by role', () => {
  it('shows every area at the school’s computer, where no one signs in', () => {
    expect(menuOf(null)).toEqual(ALL);
  });

  it('shows a 管理员 everything', () => {
    expect(menuOf('管理员')).toEqual(ALL);
  });

  it('shows 教务 the records, imports, exports and the 操作记录, not backups or the network', () => {
    expect(menuOf('教务')).toEqual(ALL.filter((a) => !['数据与备份', '局域网访问'].includes(a)));
  });

  it('shows 校领导 what they may read, nothing to enter, import or administer', () => {
    expect(menuOf('校领导')).toEqual(['概览', '教职工', '企业实践', '学生', '证书获取率', '技能大赛', '学校年度数据', '报表导出', '指标方案']);
  });
});

describe('企业实践 by role', () => {
  function practicePage(role: Role | null) {
    const call = (() => new Promise(() => {})) as unknown as ApiClient['call'];
    render(
      <AntApp>
        <ApiContext.Provider value={{ call }}>
          <SignedInRole.Provider value={role}>
            <MemoryRouter initialEntries={['/practice?tab=board']}>
              <PracticeAreaPage />
            </MemoryRouter>
          </SignedInRole.Provider>
        </ApiContext.Provider>
      </AntApp>,
    );
    return { tabs: screen.getAllByRole('tab').map((t) => t.textContent), settings: screen.queryByRole('button', { name: /达标设置/ }) };
  }

  it('gives 教务 the review queue and the rule’s settings', () => {
    const { tabs, settings } = practicePage('教务');
    expect(tabs).toEqual(['实践台账', '达标情况', '待审核']);
    expect(settings).not.toBeNull();
  });

  it('shows 校领导 the ledger and the board only, without the settings', () => {
    const { tabs, settings } = practicePage('校领导');
    expect(tabs).toEqual(['实践台账', '达标情况']);
    expect(settings).toBeNull();
  });
});
