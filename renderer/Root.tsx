// Boot: ask for the school; no school yet → the setup page, else the app.
import { App as AntApp, ConfigProvider, Result, Spin } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import 'dayjs/locale/zh-cn';
import dayjs from 'dayjs';
import type { ApiClient } from './api/client';
import { ApiContext } from './api/ApiContext';
import { useLoad } from './hooks';
import { SetupPage } from './pages/SetupPage';
import { AppShell } from './AppShell';
import { isLanPage } from './api/lanSession';
import { LanGate } from './pages/lan/LanGate';

dayjs.locale('zh-cn');

function Boot({ api }: { api: ApiClient }) {
  const school = useLoad(() => api.call('school.get', {}), [api]);
  if (school.loading && school.data === undefined) return <Spin fullscreen tip="正在打开数据…" />;
  if (school.error) return <Result status="error" title="无法打开数据" subTitle={school.error} />;
  if (!school.data) return <SetupPage onDone={() => school.reload()} />;
  return <AppShell school={school.data} onReload={school.reload} />;
}

export function Root({ api }: { api: ApiClient }) {
  return (
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <ApiContext.Provider value={api}>
          {isLanPage() ? (
            <LanGate>
              <Boot api={api} />
            </LanGate>
          ) : (
            <Boot api={api} />
          )}
        </ApiContext.Provider>
      </AntApp>
    </ConfigProvider>
  );
}
