// The award form: the competition's fields from their descriptors, and the people picked from the rosters (a
// typed name only for outsiders). Checked by the same schema as the main process.
import { useState } from 'react';
import { Alert, Button, Col, Divider, Form, Row, Select, Space } from 'antd';
import { awardFields, awardInputSchema, type Award, type AwardValues, type PersonRef } from '@shared/awards';
import { toFieldIssues } from '@shared/schemaKit';
import type { FieldIssue } from '@shared/errors';
import { ApiError } from '../../api/client';
import { FieldInput } from '../../components/FieldInput';
import { errorText } from '../../format';
import { PeopleSelect, type PickedPerson } from './PeopleSelect';

interface PeopleValues {
  studentParticipants: PickedPerson[];
  staffParticipants: PickedPerson[];
  externalParticipants: string[];
  staffAdvisors: PickedPerson[];
  externalAdvisors: string[];
}

/** Where a schema or handler issue about people is shown. */
const PEOPLE_ITEM: Record<string, keyof PeopleValues> = { participants: 'studentParticipants', advisors: 'staffAdvisors' };

function toPeople(award: Award): PeopleValues {
  const picked = (list: Award['participants'], key: 'studentId' | 'staffId') =>
    list.filter((p) => p[key] !== null).map((p) => ({ value: p[key]!, label: `${p.name}（${p.number}）` }));
  const outsiders = (list: Award['participants']) => list.filter((p) => p.externalName !== null).map((p) => p.externalName!);
  return {
    studentParticipants: picked(award.participants, 'studentId'),
    staffParticipants: picked(award.participants, 'staffId'),
    externalParticipants: outsiders(award.participants),
    staffAdvisors: picked(award.advisors, 'staffId'),
    externalAdvisors: outsiders(award.advisors),
  };
}

function toRefs(v: Partial<PeopleValues>): { participants: Partial<PersonRef>[]; advisors: Partial<PersonRef>[] } {
  return {
    participants: [
      ...(v.studentParticipants ?? []).map((p) => ({ studentId: p.value })),
      ...(v.staffParticipants ?? []).map((p) => ({ staffId: p.value })),
      ...(v.externalParticipants ?? []).map((externalName) => ({ externalName })),
    ],
    advisors: [...(v.staffAdvisors ?? []).map((p) => ({ staffId: p.value })), ...(v.externalAdvisors ?? []).map((externalName) => ({ externalName }))],
  };
}

const outsidersSelect = (label: string) => (
  <Select aria-label={label} mode="tags" open={false} suffixIcon={null} placeholder="仅限校外人员：输入姓名后回车" />
);

export function AwardForm({ award, defaultYear, onSubmit, onCancel }: { award: Award | null; defaultYear: number; onSubmit: (v: AwardValues) => Promise<void>; onCancel: () => void }) {
  const [form] = Form.useForm();
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const showIssues = (issues: FieldIssue[]) => {
    const byItem = new Map<string, string[]>();
    for (const i of issues) byItem.set(PEOPLE_ITEM[i.field] ?? i.field, [...(byItem.get(PEOPLE_ITEM[i.field] ?? i.field) ?? []), i.message]);
    const names = [...awardFields.map((f) => f.key as string), ...Object.values(PEOPLE_ITEM)];
    form.setFields(names.map((name) => ({ name, errors: byItem.get(name) ?? [] })));
    setFormError(issues.length ? '有内容需要修改，请查看标红的项目。' : null);
  };

  const submit = async () => {
    const all = form.getFieldsValue(true);
    const parsed = awardInputSchema.safeParse({ ...all, ...toRefs(all) });
    if (!parsed.success) return showIssues(toFieldIssues(parsed.error));
    showIssues([]);
    setSaving(true);
    try {
      await onSubmit(parsed.data);
    } catch (e) {
      if (e instanceof ApiError && e.error.fieldErrors?.length) showIssues(e.error.fieldErrors);
      else setFormError(errorText(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} name="award" layout="vertical" onFinish={submit} initialValues={award ? { ...award, ...toPeople(award) } : { year: defaultYear, system: '教育', isTeam: false }}>
      {formError && <Alert type="error" showIcon title={formError} style={{ marginBottom: 16 }} />}
      <Row gutter={16}>
        {awardFields.map((f) => (
          <Col key={f.key} xs={24} md={12}>
            <Form.Item name={f.key} label={f.label} required={f.required} extra={f.help}>
              <FieldInput field={f} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Divider titlePlacement="start">参赛者</Divider>
      <Form.Item name="studentParticipants" label="参赛学生">
        <PeopleSelect roster="students" label="参赛学生" />
      </Form.Item>
      <Form.Item name="staffParticipants" label="参赛教职工" extra="教学能力比赛等教师参赛的项目在这里选择">
        <PeopleSelect roster="staff" label="参赛教职工" />
      </Form.Item>
      <Form.Item name="externalParticipants" label="校外参赛者">
        {outsidersSelect('校外参赛者')}
      </Form.Item>
      <Divider titlePlacement="start">指导教师</Divider>
      <Form.Item name="staffAdvisors" label="指导教师">
        <PeopleSelect roster="staff" label="指导教师" />
      </Form.Item>
      <Form.Item name="externalAdvisors" label="校外指导教师">
        {outsidersSelect('校外指导教师')}
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </Space>
    </Form>
  );
}
