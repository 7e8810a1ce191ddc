// The generic record form: sections and inputs from field descriptors, validated by the same zod schema the
// handlers use, with the handlers' own field errors (a duplicate 工号…) shown under the field too.
import { useState, type ReactNode } from 'react';
import { Alert, Button, Col, Divider, Form, Row, Space } from 'antd';
import type { z } from 'zod';
import { sectionsOf, type FieldDescriptor } from '@shared/fields';
import { checkIdCard } from '@shared/rules/idcard';
import { toFieldIssues } from '@shared/schemaKit';
import type { FieldIssue } from '@shared/errors';
import { ApiError } from '../api/client';
import { FieldInput } from './FieldInput';

export interface RecordFormProps<S extends z.ZodType> {
  name: string;
  fields: readonly FieldDescriptor[];
  schema: S;
  initialValues?: Record<string, unknown>;
  submitText?: string;
  onSubmit: (values: z.output<S>) => Promise<void>;
  /** given for a new record: 保存并新增 (and Ctrl+Enter) saves this way, then opens an empty form keeping the sticky
   * fields */
  onSubmitAndNew?: (values: z.output<S>) => Promise<void>;
  onCancel?: () => void;
  extraActions?: ReactNode;
}

/** Fields derived from an ID (birth date, sex) fill themselves when a valid ID is typed. */
function derivedValues(fields: readonly FieldDescriptor[], changed: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (f.kind !== 'idCard' || typeof changed[f.key] !== 'string') continue;
    const id = checkIdCard(changed[f.key] as string);
    if (!id.ok) continue;
    for (const d of fields.filter((x) => x.derivedFrom === f.key)) out[d.key] = d.kind === 'date' ? id.birthDate : id.sex;
  }
  return out;
}

export function RecordForm<S extends z.ZodType>(props: RecordFormProps<S>) {
  const { fields, schema } = props;
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const showIssues = (issues: FieldIssue[]) => {
    const byField = new Map<string, string[]>();
    for (const i of issues) byField.set(i.field, [...(byField.get(i.field) ?? []), i.message]);
    form.setFields(fields.map((f) => ({ name: f.key, errors: byField.get(f.key) ?? [] })));
    const recordLevel = issues.filter((i) => !fields.some((f) => f.key === i.field));
    setFormError(recordLevel.length ? recordLevel.map((i) => i.message).join('；') : issues.length ? '有内容需要修改，请查看标红的项目。' : null);
    // The save button is at the bottom of a long form: bring the first problem into view.
    const first = fields.find((f) => byField.has(f.key));
    if (first) form.scrollToField(first.key, { block: 'center' });
  };

  const firstKey = fields[0]?.key;
  const submit = async (andNew = false) => {
    const parsed = schema.safeParse(form.getFieldsValue(true));
    if (!parsed.success) return showIssues(toFieldIssues(parsed.error));
    showIssues([]);
    setSaving(true);
    try {
      if (andNew && props.onSubmitAndNew) {
        await props.onSubmitAndNew(parsed.data);
        const kept = Object.fromEntries(fields.filter((f) => f.sticky).map((f) => [f.key, form.getFieldValue(f.key)]));
        form.resetFields();
        form.setFieldsValue(kept);
        if (firstKey) form.focusField(firstKey);
      } else await props.onSubmit(parsed.data);
    } catch (e) {
      if (e instanceof ApiError && e.error.fieldErrors?.length) showIssues(e.error.fieldErrors);
      else setFormError(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form
      form={form}
      name={props.name}
      layout="vertical"
      initialValues={props.initialValues}
      onValuesChange={(changed) => {
        const derived = derivedValues(fields, changed);
        if (Object.keys(derived).length) form.setFieldsValue(derived);
        form.setFields(Object.keys(changed).map((k) => ({ name: k, errors: [] })));
      }}
      onFinish={() => submit()}
      onKeyDown={(e) => {
        // Ctrl+Enter (⌘+Enter on a Mac): 保存并新增 where the form has it, else 保存
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void submit(Boolean(props.onSubmitAndNew));
        }
      }}
    >
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      {sectionsOf(fields).map(({ section, fields: group }) => (
        <div key={section}>
          <Divider titlePlacement="start">{section}</Divider>
          <Row gutter={16}>
            {group.map((f) => (
              <Col key={f.key} xs={24} md={f.kind === 'textarea' ? 24 : 12}>
                <Form.Item name={f.key} label={f.label} required={f.required} extra={f.help}>
                  <FieldInput field={f} autoFocus={f.key === firstKey} />
                </Form.Item>
              </Col>
            ))}
          </Row>
        </div>
      ))}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {props.submitText ?? '保存'}
        </Button>
        {props.onSubmitAndNew && (
          <Button loading={saving} onClick={() => void submit(true)} title="Ctrl+Enter">
            保存并新增
          </Button>
        )}
        {props.onCancel && <Button onClick={props.onCancel}>取消</Button>}
        {props.extraActions}
      </Space>
    </Form>
  );
}
