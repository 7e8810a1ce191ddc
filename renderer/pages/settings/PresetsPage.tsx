// 设置 › 指标方案: choose the plan whose targets the overview checks; copy one and edit the copy's targets.
import { useState } from 'react';
import { App as AntApp, Alert, Button, Card, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { INDICATORS, INDICATOR_IDS, type IndicatorId, type PlanPreset, type Target } from '@shared/indicators';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';
import { errorText } from '../../format';
import { formatTarget } from '../overview/indicatorText';

/** Shares are edited in percent, other figures as they are. */
const isShare = (id: IndicatorId) => INDICATORS[id].unit === '%';

function TargetsEditor({ preset, onSaved }: { preset: PlanPreset; onSaved: () => void }) {
  const api = useApi();
  const { message } = AntApp.useApp();
  const [name, setName] = useState(preset.name);
  const [targets, setTargets] = useState(preset.targets);
  const setTarget = (id: IndicatorId, t: Target | undefined) => setTargets((all) => ({ ...all, [id]: t }));
  const save = async () => {
    try {
      const cleaned = Object.fromEntries(Object.entries(targets).filter(([, t]) => t !== undefined));
      await api.call('presets.save', { id: preset.id, name, targets: cleaned });
      message.success('方案已保存');
      onSaved();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Input aria-label="方案名称" value={name} onChange={(e) => setName(e.target.value)} />
      <Table
        size="small"
        pagination={false}
        rowKey="id"
        dataSource={INDICATOR_IDS.map((id) => ({ id }))}
        columns={[
          { key: 'label', title: '指标', render: (_: unknown, r: { id: IndicatorId }) => INDICATORS[r.id].label },
          {
            key: 'direction',
            title: '方向',
            render: (_: unknown, r: { id: IndicatorId }) => (
              <Select
                aria-label={`${INDICATORS[r.id].label}方向`}
                style={{ width: 110 }}
                allowClear
                placeholder="不考核"
                value={targets[r.id]?.direction}
                options={[{ value: '>=', label: '不低于 ≥' }, { value: '<=', label: '不高于 ≤' }]}
                onChange={(direction) => setTarget(r.id, direction ? { value: targets[r.id]?.value ?? 0, direction } : undefined)}
              />
            ),
          },
          {
            key: 'value',
            title: '目标值',
            render: (_: unknown, r: { id: IndicatorId }) => (
              <InputNumber
                aria-label={`${INDICATORS[r.id].label}目标值`}
                disabled={!targets[r.id]}
                min={0}
                addonAfter={isShare(r.id) ? '%' : INDICATORS[r.id].unit}
                value={targets[r.id] ? (isShare(r.id) ? Math.round(targets[r.id]!.value * 1000) / 10 : targets[r.id]!.value) : null}
                onChange={(v) => targets[r.id] && setTarget(r.id, { ...targets[r.id]!, value: isShare(r.id) ? (v ?? 0) / 100 : (v ?? 0) })}
              />
            ),
          },
        ]}
      />
      <Button type="primary" onClick={save}>
        保存方案
      </Button>
    </Space>
  );
}

export function PresetsPage() {
  const api = useApi();
  const { message, modal } = AntApp.useApp();
  const list = useLoad(() => api.call('presets.list', {}), [api]);
  const [editing, setEditing] = useState<string | null>(null);

  const select = async (id: string) => {
    try {
      await api.call('presets.select', { id });
      message.success('已更换指标方案');
      list.reload();
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const copy = async (p: PlanPreset) => {
    try {
      const saved = await api.call('presets.save', { name: `${p.name}（本校副本）`, targets: p.targets });
      list.reload();
      setEditing(saved.id);
    } catch (e) {
      message.error(errorText(e));
    }
  };
  const remove = (p: PlanPreset) =>
    modal.confirm({
      title: `删除方案“${p.name}”？`,
      okText: '删除',
      okButtonProps: { danger: true },
      cancelText: '取消',
      onOk: async () => {
        try {
          await api.call('presets.delete', { id: p.id });
          list.reload();
        } catch (e) {
          message.error(errorText(e));
        }
      },
    });

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Paragraph type="secondary">
        概览和质量年报按所选方案的目标判断“达标/未达标”。内置方案来自市级行动计划；可以复制一份，按本地区要求修改目标。
      </Typography.Paragraph>
      {list.error && <Alert type="error" showIcon title={list.error} />}
      <Radio.Group value={list.data?.selectedId} onChange={(e) => void select(e.target.value)} style={{ width: '100%' }}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          {(list.data?.presets ?? []).map((p) => (
            <Card
              key={p.id}
              size="small"
              title={
                <Radio value={p.id} aria-label={p.name}>
                  {p.name} {p.builtin ? <Tag>内置</Tag> : <Tag color="blue">本校</Tag>}
                </Radio>
              }
              extra={
                <Space>
                  <Button size="small" onClick={() => void copy(p)}>复制</Button>
                  {!p.builtin && <Button size="small" onClick={() => setEditing(editing === p.id ? null : p.id)}>编辑目标</Button>}
                  {!p.builtin && <Button size="small" danger onClick={() => remove(p)}>删除</Button>}
                </Space>
              }
            >
              {editing === p.id ? (
                <TargetsEditor key={p.id} preset={p} onSaved={() => { setEditing(null); list.reload(); }} />
              ) : (
                <Space wrap>
                  {(Object.entries(p.targets) as [IndicatorId, Target][]).map(([id, t]) => (
                    <Tag key={id}>
                      {INDICATORS[id].label} {formatTarget({ unit: INDICATORS[id].unit, target: t.value, direction: t.direction })}
                    </Tag>
                  ))}
                </Space>
              )}
            </Card>
          ))}
        </Space>
      </Radio.Group>
    </Space>
  );
}
