// The student form: each message under its field, in Chinese; the class picked from the school's list; the
// expected graduation year filled from 入学年份 and 学制 when left blank.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { RecordForm } from '../../renderer/components/RecordForm';
import { ApiError } from '../../renderer/api/client';
import { studentFields, studentInputSchema } from '@shared/students';
import { makeIdCard } from '../helpers/people';

function renderForm(initial: Record<string, unknown> = {}, onSubmit = vi.fn(async (_values: unknown) => {})) {
  const fields = studentFields.map((f) => (f.key === 'className' ? { ...f, options: ['计算机2301班'] } : f));
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <RecordForm name="student" fields={fields} schema={studentInputSchema} initialValues={{ status: '在籍', schoolingSystem: '三年制', ...initial }} onSubmit={onSubmit} />
      </AntApp>
    </ConfigProvider>,
  );
  return onSubmit;
}

const fieldBox = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

async function fill(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

const save = () => userEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));

async function fillBasics(id = makeIdCard('2008-02-14', '女', 4)) {
  await fill('学号', '20230101');
  await fill('姓名', '林　小雨');
  await fill('身份证号', id);
  await fill('入学年份', '2023');
}

describe('student form', () => {
  it('asks for 学号, 姓名 and 入学年份 in plain words', async () => {
    const onSubmit = renderForm();
    await save();
    expect(await within(fieldBox('学号')).findByText('此项必填')).toBeInTheDocument();
    expect(within(fieldBox('姓名')).getByText('此项必填')).toBeInTheDocument();
    expect(within(fieldBox('入学年份')).getByText('此项必填')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('says under the ID that the check digit is wrong', async () => {
    const onSubmit = renderForm();
    const good = makeIdCard('2008-02-14', '女', 4);
    await fillBasics(good.slice(0, 17) + (good[17] === '7' ? '8' : '7'));
    await save();
    expect(await within(fieldBox('身份证号')).findByText('身份证号校验位不正确，请核对每一位数字')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('refuses a graduation year before entry, and a destination before graduation', async () => {
    const onSubmit = renderForm({ destination: '就业' });
    await fillBasics();
    await fill('预计毕业年份', '2022');
    await save();
    expect(await within(fieldBox('预计毕业年份')).findByText('预计毕业年份应晚于入学年份')).toBeInTheDocument();
    expect(within(fieldBox('毕业去向')).getByText('只有学籍状态为“毕业”的学生才填写毕业去向')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('shows a duplicate 学号 found by the database under the field', async () => {
    renderForm(
      {},
      vi.fn(async () => {
        throw new ApiError({ code: 'CONFLICT', message: '学号 20230101 已被 王芳 使用', fieldErrors: [{ field: 'studentNo', message: '学号 20230101 已被 王芳 使用' }] });
      }),
    );
    await fillBasics();
    await save();
    expect(await within(fieldBox('学号')).findByText('学号 20230101 已被 王芳 使用')).toBeInTheDocument();
  });

  it('fills birth date and sex from the ID and the graduation year from 学制, and saves', async () => {
    const onSubmit = renderForm({ className: '计算机2301班' });
    await fillBasics();
    await waitFor(() => expect(screen.getByLabelText('出生日期')).toHaveValue('2008-02-14'));
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({
      studentNo: '20230101', name: '林小雨', sex: '女', birthDate: '2008-02-14', className: '计算机2301班', entryYear: 2023, expectedGraduationYear: 2026, status: '在籍',
    });
  });
});
