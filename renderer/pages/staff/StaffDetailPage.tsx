// A staff member's page (/staff/:id): 基本信息, 资格与认定 and 企业实践 as tabs; ?tab= opens one directly.
import { useState } from 'react';
import { Alert, Button, Card, Descriptions, Result, Space, Spin, Tabs, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { Link, useParams, useSearchParams } from 'react-router';
import { sectionsOf } from '@shared/fields';
import { staffFields, type Staff } from '@shared/staff';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { cellText } from '../../components/listTable';
import { TeacherPracticeTab } from '../practice/TeacherPracticeTab';
import { QualificationsTab } from './QualificationsTab';
import { StaffFormDrawer } from './StaffFormDrawer';

const TABS = ['basic', 'qualifications', 'practice'] as const;

/** 身份证号 and phone come masked, with only the birth year beside them, which would otherwise rebuild the ID
 * (DESIGN §9); 显示 fetches the full values, an audited action. */
function shownValue(staff: Staff, key: keyof Staff, revealed: Staff | null): string {
  if (revealed && (key === 'idCard' || key === 'phone' || key === 'birthDate')) return cellText(revealed[key]) || '—';
  if (key === 'birthDate') return `${staff.birthDate.slice(0, 4)}年`;
  if (key === 'phone') return staff.phone || '—';
  return cellText(staff[key]);
}

function BasicInfo({ staff, onEdit }: { staff: Staff; onEdit: () => void }) {
  const api = useApi();
  const [revealed, setRevealed] = useState<Staff | null>(null);
  const [error, setError] = useState<string | null>(null);
  const reveal = async () => {
    try {
      setRevealed(await api.call('staff.reveal', { id: staff.id }));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div>
      <Space style={{ marginBottom: 12 }}>
        <Button icon={<EditOutlined />} onClick={onEdit}>
          编辑
        </Button>
        {revealed ? (
          <Button onClick={() => setRevealed(null)}>隐藏完整号码</Button>
        ) : (
          <Button onClick={() => void reveal()}>显示完整身份证号与电话</Button>
        )}
        <Typography.Text type="secondary">查看完整号码会记入操作记录</Typography.Text>
      </Space>
      {error && <Alert type="error" showIcon title={error} />}
      {sectionsOf(staffFields).map(({ section, fields }) => (
        <Card key={section} size="small" title={section} style={{ marginBottom: 16 }}>
          <Descriptions column={{ xs: 1, md: 3 }} size="small">
            {fields.map((f) => (
              <Descriptions.Item key={f.key} label={f.label}>
                {shownValue(staff, f.key, revealed)}
              </Descriptions.Item>
            ))}
          </Descriptions>
        </Card>
      ))}
    </div>
  );
}

export function StaffDetailPage() {
  const api = useApi();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t === params.get('tab')) ?? 'basic';
  const staff = useLoad(() => api.call('staff.get', { id }), [api, id]);
  const [editing, setEditing] = useState<Staff | null>(null);

  if (staff.error) return <Result status="warning" title={staff.error} extra={<Link to="/staff">返回教职工列表</Link>} />;
  if (!staff.data) return <Spin />;
  const s = staff.data;
  return (
    <div>
      <Space style={{ marginBottom: 8 }} align="baseline">
        <Link to="/staff">
          <ArrowLeftOutlined /> 教职工列表
        </Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {s.name}
        </Typography.Title>
        <Typography.Text type="secondary">
          工号 {s.staffNo} · {s.postCategory}
          {s.teachingCategory ? ` · ${s.teachingCategory}` : ''} · {s.status}
        </Typography.Text>
      </Space>
      {s.status !== '在职' && <Alert type="info" showIcon title={`${s.name}已${s.status}，不计入企业实践达标统计。`} style={{ marginBottom: 8 }} />}
      <Tabs
        activeKey={tab}
        onChange={(key) => setParams({ tab: key }, { replace: true })}
        items={[
          { key: 'basic', label: '基本信息', children: <BasicInfo staff={s} onEdit={() => setEditing(s)} /> },
          { key: 'qualifications', label: '资格与认定', children: <QualificationsTab staff={s} /> },
          { key: 'practice', label: '企业实践', children: <TeacherPracticeTab staffId={s.id} staffName={s.name} /> },
        ]}
      />
      <StaffFormDrawer
        editing={editing}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          staff.reload();
        }}
      />
    </div>
  );
}
