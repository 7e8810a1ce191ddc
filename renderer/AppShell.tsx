// The layout after setup: a side menu of the areas that exist, and the page of the chosen one.
import { useState, type ReactNode } from 'react';
import { Layout, Menu, Typography } from 'antd';
import { AimOutlined, AuditOutlined, DatabaseOutlined, FileExcelOutlined, HomeOutlined, ImportOutlined, TableOutlined, TeamOutlined, ToolOutlined, WifiOutlined } from '@ant-design/icons';
import { studentAreas } from './pages/studentAreas';
import { HashRouter, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import type { School } from '@shared/school';
import { HomePage } from './pages/HomePage';
import { StaffListPage } from './pages/staff/StaffListPage';
import { StaffDetailPage } from './pages/staff/StaffDetailPage';
import { PracticeAreaPage } from './pages/practice/PracticeAreaPage';
import { BackupPage } from './pages/BackupPage';
import { PresetsPage } from './pages/settings/PresetsPage';
import { ReportsPage } from './pages/reports/ReportsPage';
import { ImportPage } from './pages/import/ImportPage';
import { BatchEntryPage } from './pages/batch/BatchEntryPage';
import { AuditPage } from './pages/settings/AuditPage';
import { NetworkPage } from './pages/settings/NetworkPage';
import type { Method } from '@shared/contract';
import { useMayCall } from './api/signedInRole';

export interface Area {
  path: string;
  label: string;
  icon: ReactNode;
  page: ReactNode;
  /** the call the area cannot do without: a role on the school network that may not make it does not see the area */
  needs: Method;
}

function Shell({ school, onReload }: { school: School; onReload: () => void }) {
  const navigate = useNavigate();
  const location = useLocation();
  const [collapsed, setCollapsed] = useState(false);
  const mayCall = useMayCall();
  const allAreas: Area[] = [
    { path: '/', label: '概览', icon: <HomeOutlined />, page: <HomePage school={school} />, needs: 'indicators.compute' },
    { path: '/staff', label: '教职工', icon: <TeamOutlined />, page: <StaffListPage />, needs: 'staff.list' },
    { path: '/practice', label: '企业实践', icon: <ToolOutlined />, page: <PracticeAreaPage />, needs: 'practice.statusBoard' },
    ...studentAreas(school),
    { path: '/import', label: '数据导入', icon: <ImportOutlined />, page: <ImportPage />, needs: 'import.inspect' },
    { path: '/batch', label: '批量录入', icon: <TableOutlined />, page: <BatchEntryPage />, needs: 'import.commit' },
    { path: '/reports', label: '报表导出', icon: <FileExcelOutlined />, page: <ReportsPage school={school} />, needs: 'reports.export' },
    { path: '/settings/presets', label: '指标方案', icon: <AimOutlined />, page: <PresetsPage />, needs: 'presets.list' },
    { path: '/settings/audit', label: '操作记录', icon: <AuditOutlined />, page: <AuditPage />, needs: 'audit.list' },
    { path: '/settings/data', label: '数据与备份', icon: <DatabaseOutlined />, page: <BackupPage onRestored={onReload} />, needs: 'backup.list' },
    { path: '/settings/network', label: '局域网访问', icon: <WifiOutlined />, page: <NetworkPage />, needs: 'network.get' },
  ];
  const areas = allAreas.filter((a) => mayCall(a.needs));
  // A page inside an area (/staff/12) keeps its area's menu item and title.
  const current =
    areas.find((a) => a.path === location.pathname) ?? areas.find((a) => a.path !== '/' && location.pathname.startsWith(`${a.path}/`)) ?? areas[0];
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} theme="light" width={200}>
        <div style={{ padding: '16px', fontWeight: 600, fontSize: collapsed ? 14 : 18, whiteSpace: 'nowrap', overflow: 'hidden' }}>
          {collapsed ? '台账' : '职教台账'}
        </div>
        <Menu
          mode="inline"
          selectedKeys={[current.path]}
          items={areas.map((a) => ({ key: a.path, icon: a.icon, label: a.label }))}
          onClick={({ key }) => navigate(key)}
        />
      </Layout.Sider>
      <Layout>
        <Layout.Header style={{ background: '#fff', padding: '0 24px', display: 'flex', alignItems: 'center', gap: 16 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {current.label}
          </Typography.Title>
          <Typography.Text type="secondary">{school.name}</Typography.Text>
        </Layout.Header>
        <Layout.Content style={{ margin: 24 }}>
          <Routes>
            {areas.map((a) => (
              <Route key={a.path} path={a.path} element={a.page} />
            ))}
            <Route path="/staff/:id" element={<StaffDetailPage />} />
            <Route path="*" element={<Navigate to="/" replace />} />
          </Routes>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

export function AppShell(props: { school: School; onReload: () => void }) {
  return (
    <HashRouter>
      <Shell {...props} />
    </HashRouter>
  );
}
