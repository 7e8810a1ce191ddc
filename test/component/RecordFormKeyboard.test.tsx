// The generic record form by keyboard, so every form inherits it: typing filters a drop-down by its text,
// its pinyin initials and the vocabulary's spellings, Enter takes the highlighted match and nothing when none matches,
// Enter in a date commits the date without submitting, focus starts in the first field, 保存并新增 (Ctrl+Enter) saves
// and opens an empty form keeping the sticky fields, and a phone number must be one.
import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeIdCard } from '../helpers/people';
import { renderStaffForm } from '../helpers/staffForm';

type Values = Record<string, unknown>;

function renderForm(o: { andNew?: boolean } = {}) {
  const onSubmit = vi.fn(async (_values: Values) => {});
  const onSubmitAndNew = vi.fn(async (_values: Values) => {});
  renderStaffForm({ initialValues: { status: '在职', postCategory: '专任教师', enterpriseMonths: 0 }, onSubmit, onSubmitAndNew: o.andNew ? onSubmitAndNew : undefined });
  return { onSubmit, onSubmitAndNew };
}

const input = (label: string) => screen.getByLabelText(label);

/** Pastes into a text field: what is tested here is the drop-downs and the dates, not typing speed. */
async function paste(label: string, text: string) {
  await userEvent.click(input(label));
  await userEvent.paste(text);
}

async function fillRequired(seq = 1, { withDate = true } = {}) {
  await paste('工号', `T000${seq}`);
  await paste('姓名', '李娜');
  await paste('身份证号', makeIdCard('1986-04-21', '女', seq));
  if (withDate) await userEvent.type(input('来校日期'), '2016-09-01{Enter}');
}

/** Types into a drop-down and presses Enter, as a registrar who never touches the mouse. The drop-down reads the
 * key's legacy `which`, which user-event leaves unset in jsdom: the Enter is sent with it. */
async function choose(label: string, typed: string) {
  await userEvent.click(input(label));
  await userEvent.keyboard(typed);
  fireEvent.keyDown(input(label), { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
  fireEvent.keyUp(input(label), { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 });
}

const saveByClick = () => userEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));

async function savedValues(onSubmit: ReturnType<typeof vi.fn>): Promise<Values> {
  await saveByClick();
  await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(1));
  return onSubmit.mock.calls[0][0] as Values;
}

describe('the record form by keyboard', () => {
  it('starts with the focus in the first field', async () => {
    renderForm();
    await waitFor(() => expect(input('工号')).toHaveFocus());
  });

  it('in each drop-down, typing then Enter saves the option typed: by its text, its pinyin initials or a spelling of it', async () => {
    const { onSubmit } = renderForm();
    await fillRequired();
    await choose('最高学历', 'bk');
    await choose('任教类别', 'zyk');
    await choose('专业技术职称', '讲师');
    await choose('政治面貌', '党员');
    await choose('民族', '汉');
    expect(await savedValues(onSubmit)).toMatchObject({ highestEducation: '本科', teachingCategory: '专业课', title: '中级', politicalStatus: '中共党员', ethnicity: '汉族' });
  });

  it('takes the option typed in full, not the first of the list (本科 is not 研究生, 高级讲师 is not 正高级)', async () => {
    const { onSubmit } = renderForm();
    await fillRequired();
    await choose('最高学历', '本科');
    await choose('专业技术职称', '高级讲师');
    expect(await savedValues(onSubmit)).toMatchObject({ highestEducation: '本科', title: '副高级' });
  });

  it('chooses nothing when Enter is pressed on a fragment that matches no option', async () => {
    const { onSubmit } = renderForm();
    await fillRequired();
    await choose('最高学历', 'xyz');
    expect((await savedValues(onSubmit)).highestEducation).toBeNull();
  });

  it('commits a typed date on Enter and does not submit the form, though it could be saved', async () => {
    const { onSubmit } = renderForm();
    await fillRequired(1, { withDate: false });
    await userEvent.type(input('来校日期'), '2016-09-01{Enter}');
    await new Promise((r) => setTimeout(r, 300));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(input('来校日期')).toHaveValue('2016-09-01');
    expect((await savedValues(onSubmit)).joinDate).toBe('2016-09-01');
  });

  it('saves and opens an empty form on Ctrl+Enter, keeping the sticky fields', async () => {
    const { onSubmit, onSubmitAndNew } = renderForm({ andNew: true });
    await fillRequired(1);
    await choose('岗位类别', '兼职');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');
    await waitFor(() => expect(onSubmitAndNew).toHaveBeenCalledTimes(1));
    expect(onSubmitAndNew.mock.calls[0][0]).toMatchObject({ staffNo: 'T0001', postCategory: '兼职教师' });
    expect(onSubmit).not.toHaveBeenCalled();
    await waitFor(() => expect(input('工号')).toHaveValue(''));
    expect(input('姓名')).toHaveValue('');
    expect(input('工号')).toHaveFocus();
    // 岗位类别 is sticky: the next teacher of the group has it already
    expect(within(input('岗位类别').closest('.ant-select') as HTMLElement).getByText('兼职教师')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存并新增' }));
    expect(await screen.findAllByText('此项必填')).not.toHaveLength(0);
    expect(onSubmitAndNew).toHaveBeenCalledTimes(1);
  });

  it('refuses what is not a phone number, saying what one looks like, and takes mobiles and landlines as written', async () => {
    const { onSubmit } = renderForm();
    await fillRequired();
    for (const wrong of ['1990-07-01', '12345', '1381234567']) {
      await userEvent.clear(input('联系电话'));
      await paste('联系电话', wrong);
      await saveByClick();
      expect(await screen.findByText(/请填写手机号（11位，以1开头）或带区号的固定电话/)).toBeInTheDocument();
    }
    expect(onSubmit).not.toHaveBeenCalled();
    const stored: string[] = [];
    for (const [typed, expected] of [['138 0578 1234', '13805781234'], ['0578-2123456', '0578-2123456'], ['+86 13905781234', '13905781234']]) {
      await userEvent.clear(input('联系电话'));
      await paste('联系电话', typed);
      await saveByClick();
      await waitFor(() => expect(onSubmit).toHaveBeenCalledTimes(stored.length + 1));
      stored.push(String((onSubmit.mock.calls.at(-1)![0] as Values).phone));
      expect(stored.at(-1)).toBe(expected);
    }
  });
});
