// What would make a figure wrong, with the records to fix.
import { Alert, Card, Collapse, List, Tag, Typography } from 'antd';
import { useApi } from '../../api/ApiContext';
import { useLoad } from '../../hooks';

export function QualityPanel() {
  const api = useApi();
  const report = useLoad(() => api.call('quality.check', {}), [api]);
  const problems = (report.data ?? []).filter((c) => c.count > 0);
  return (
    <Card size="small" title="数据质量检查" loading={report.loading}>
      {report.error && <Alert type="error" showIcon title={report.error} />}
      {report.data && problems.length === 0 && <Alert type="success" showIcon title="没有发现会影响指标的数据问题。" />}
      {problems.length > 0 && (
        <Collapse
          size="small"
          items={problems.map((c) => ({
            key: c.id,
            label: (
              <span>
                {c.label} <Tag color="orange">{c.count}</Tag>
              </span>
            ),
            children: (
              <List
                size="small"
                dataSource={c.items}
                footer={c.count > c.items.length ? <Typography.Text type="secondary">仅列出前 {c.items.length} 条，共 {c.count} 条</Typography.Text> : undefined}
                renderItem={(item) => (
                  <List.Item>
                    <Typography.Text strong>{item.name}</Typography.Text>（{item.ref}）：{item.detail}
                  </List.Item>
                )}
              />
            ),
          }))}
        />
      )}
    </Card>
  );
}
