// 技能大赛: the year's awards with who took part and who advised, and the summary by level × prize with students
// and staff counted apart (DESIGN §4.3 awardCounts).
import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Drawer, InputNumber, Select, Space, Table, Tag } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import type { Award, AwardPerson, AwardSummaryRow } from '@shared/awards';
import { AWARD_LEVELS } from '@shared/vocab';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { useActionsColumn } from '../../components/listTable';
import { currentYear, formatNumber } from '../../format';
import { AwardForm } from './AwardForm';
import { BatchEntryButton } from '../batch/BatchEntryButton';
import { FirstSteps } from '../../components/FirstSteps';

const names = (people: AwardPerson[]) => (people.length ? people.map((p) => (p.number ? p.name : `${p.name}（校外）`)).join('、') : '—');

const count = (title: string, key: keyof AwardSummaryRow) => ({ key, title, dataIndex: key, align: 'right' as const, render: formatNumber });

export function AwardsPage() {
  const api = useApi();
  const { message } = AntApp.useApp();
  const [year, setYear] = useState<number | null>(currentYear());
  const [level, setLevel] = useState<Award['level']>();
  const [editing, setEditing] = useState<Award | 'new' | null>(null);
  const filter = { year: year ?? undefined };
  const awards = useLoad(() => api.call('awards.list', { ...filter, level }), [api, year, level]);
  const summary = useLoad(() => api.call('awards.summary', filter), [api, year]);
  const reload = () => {
    awards.reload();
    summary.reload();
  };
  const actions = useActionsColumn<Award>(setEditing, (a) => ({
    title: `确定删除“${a.competition} ${a.event} ${a.prize}”吗？`,
    content: '参赛者和指导教师的关联将一并删除。删除会记入操作记录。',
    remove: () => api.call('awards.delete', { id: a.id }),
    done: '已删除获奖记录',
    after: reload,
  }));

  return (
    <div>
      <Space style={{ marginBottom: 16, width: '100%', justifyContent: 'space-between' }} wrap>
        <Space wrap>
          <span>年度</span>
          <InputNumber aria-label="获奖年度" placeholder="全部年度" min={2000} max={2100} value={year} onChange={setYear} />
          <Select allowClear aria-label="按级别筛选" placeholder="级别" style={{ width: 120 }} value={level} onChange={setLevel} options={AWARD_LEVELS.map((l) => ({ value: l, label: l }))} />
        </Space>
        <Space>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
            新增获奖
          </Button>
          <BatchEntryButton kind="awards" />
        </Space>
      </Space>
      <Card title={`获奖统计${year ? `（${year}年）` : '（全部年度）'}`} style={{ marginBottom: 16 }}>
        {summary.error && <Alert type="error" showIcon title={summary.error} />}
        <Table<AwardSummaryRow>
          rowKey={(r) => `${r.year}-${r.level}-${r.prize}`}
          size="small"
          pagination={false}
          loading={summary.loading}
          dataSource={summary.data ?? []}
          locale={{ emptyText: '这一年还没有获奖记录' }}
          columns={[
            ...(year ? [] : [{ key: 'year', title: '年度', dataIndex: 'year' }]),
            { key: 'level', title: '级别', dataIndex: 'level' },
            { key: 'prize', title: '奖项', dataIndex: 'prize' },
            count('学生获奖（项）', 'studentAwards'),
            count('获奖学生（人次）', 'students'),
            count('教职工获奖（项）', 'staffAwards'),
            count('获奖教职工（人次）', 'staff'),
            count('指导教师（人次）', 'advisors'),
          ]}
        />
      </Card>
      <Card title="获奖明细">
        {awards.error && <Alert type="error" showIcon title={awards.error} />}
        <Table<Award>
          rowKey="id"
          size="middle"
          loading={awards.loading}
          dataSource={awards.data ?? []}
          scroll={{ x: 'max-content' }}
          locale={{ emptyText: year !== null || level ? `${year !== null ? `${year}年` : ''}${level ?? ''}没有获奖记录：清空“年度”可查看全部年度` : <FirstSteps what="获奖记录" kind="awards" onAdd={() => setEditing('new')} before="参赛学生和指导教师按学号、工号或姓名对应，请先导入学生和教职工。" /> }}
          columns={[
            { key: 'year', title: '年度', dataIndex: 'year' },
            { key: 'competition', title: '比赛名称', dataIndex: 'competition' },
            { key: 'event', title: '赛项', dataIndex: 'event' },
            { key: 'level', title: '级别', dataIndex: 'level' },
            { key: 'prize', title: '奖项', dataIndex: 'prize', render: (p: string) => <Tag color={p.startsWith('一') || p === '金奖' ? 'gold' : undefined}>{p}</Tag> },
            { key: 'isTeam', title: '形式', dataIndex: 'isTeam', render: (t: boolean) => (t ? '团体' : '个人') },
            { key: 'participants', title: '参赛者', render: (_: unknown, a: Award) => names(a.participants) },
            { key: 'advisors', title: '指导教师', render: (_: unknown, a: Award) => names(a.advisors) },
            actions,
          ]}
        />
      </Card>
      <Drawer open={editing !== null} size={720} destroyOnHidden title={editing === 'new' ? '新增获奖' : '编辑获奖'} onClose={() => setEditing(null)}>
        {editing !== null && (
          <AwardForm
            award={editing === 'new' ? null : editing}
            defaultYear={year ?? currentYear()}
            onCancel={() => setEditing(null)}
            onSubmit={async (values) => {
              if (editing === 'new') await api.call('awards.create', values);
              else await api.call('awards.update', { id: editing.id, values });
              message.success('已保存获奖记录');
              setEditing(null);
              reload();
            }}
          />
        )}
      </Drawer>
    </div>
  );
}
