// The staff form shows each validation message under its field, in Chinese, and saves nothing invalid.
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '../../renderer/api/client';
import { makeIdCard } from '../helpers/people';
import { renderStaffForm } from '../helpers/staffForm';

function renderForm(onSubmit = vi.fn(async (_values: unknown) => {})) {
  renderStaffForm({ initialValues: { status: '在职', postCategory: '专任教师', joinDate: '2015-09-01', enterpriseMonths: 0 }, onSubmit });
  return onSubmit;
}

/** The form item (label + input + messages) of a field, found by its visible label. */
function fieldBox(label: string): HTMLElement {
  return screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
}

async function fill(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.type(input, value);
}

const save = () => userEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));

describe('staff form', () => {
  it('says under the ID field that the check digit is wrong, and does not save', async () => {
    const onSubmit = renderForm();
    const good = makeIdCard('1986-04-21', '女', 7);
    await fill('工号', 'T0100');
    await fill('姓名', '李娜');
    await fill('身份证号', good.slice(0, 17) + (good[17] === '5' ? '6' : '5'));
    await save();
    expect(await within(fieldBox('身份证号')).findByText('身份证号校验位不正确，请核对每一位数字')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('asks for the required fields in plain words', async () => {
    const onSubmit = renderForm();
    await save();
    expect(await within(fieldBox('工号')).findByText('此项必填')).toBeInTheDocument();
    expect(within(fieldBox('姓名')).getByText('此项必填')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('fills birth date and sex from a valid ID, and saves the parsed record', async () => {
    const onSubmit = renderForm();
    await fill('工号', 'T0101');
    await fill('姓名', '张　伟');
    await fill('身份证号', makeIdCard('1979-12-30', '男', 3));
    await waitFor(() => expect(screen.getByLabelText('出生日期')).toHaveValue('1979-12-30'));
    expect(within(fieldBox('性别')).getByText('男')).toBeInTheDocument();
    await save();
    await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
    expect(onSubmit.mock.calls[0][0]).toMatchObject({ staffNo: 'T0101', name: '张伟', birthDate: '1979-12-30', sex: '男', status: '在职' });
  });

  it('shows a duplicate 工号 reported by the database under the field', async () => {
    renderForm(
      vi.fn(async () => {
        throw new ApiError({ code: 'CONFLICT', message: '工号 T0102 已被 王伟 使用', fieldErrors: [{ field: 'staffNo', message: '工号 T0102 已被 王伟 使用' }] });
      }),
    );
    await fill('工号', 'T0102');
    await fill('姓名', '赵敏');
    await fill('身份证号', makeIdCard('1990-02-02', '女', 4));
    await save();
    expect(await within(fieldBox('工号')).findByText('工号 T0102 已被 王伟 使用')).toBeInTheDocument();
  });

  it('rejects a 来校日期 before the birth date', async () => {
    const onSubmit = renderForm();
    await fill('工号', 'T0103');
    await fill('姓名', '钱进');
    await fill('身份证号', makeIdCard('2016-01-01', '男', 5));
    await save();
    expect(await within(fieldBox('来校日期')).findByText('来校日期应晚于出生日期')).toBeInTheDocument();
    expect(onSubmit).not.toHaveBeenCalled();
  });
});
