// The practice form says under each field what is wrong, in Chinese, saves nothing invalid, and shows the overlap
// warnings of a saved record.
import { describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { ApiContext } from '../../renderer/api/ApiContext';
import type { ApiClient } from '../../renderer/api/client';
import { PracticeFormDrawer } from '../../renderer/pages/practice/PracticeFormDrawer';

function renderForm(call: ApiClient['call'] = vi.fn()) {
  const onSaved = vi.fn();
  render(
    <ConfigProvider locale={zhCN}>
      <AntApp>
        <ApiContext.Provider value={{ call }}>
          <PracticeFormDrawer editing={{ staffId: 7, staffName: '陈静', record: null }} onClose={() => {}} onSaved={onSaved} />
        </ApiContext.Provider>
      </AntApp>
    </ConfigProvider>,
  );
  return { call, onSaved };
}

const fieldBox = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

async function fill(label: string, value: string) {
  const input = screen.getByLabelText(label);
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(value); // typing key by key into antd inputs is slow under jsdom
  if (input.closest('.ant-picker')) await userEvent.tab(); // a date commits when the picker loses focus
}

const save = () => userEvent.click(screen.getByRole('button', { name: /^保\s*存$/ }));

// Date pickers make each case slow under jsdom, more so on a busy machine.
describe('practice form', { timeout: 60_000 }, () => {
  it('says under 统一社会信用代码 that the check character is wrong, and does not save', async () => {
    const { call } = renderForm();
    await fill('实践企业', '浙江丽水智能制造有限公司');
    await fill('统一社会信用代码', '91110000600037341M');
    await fill('开始日期', '2024-03-01');
    await fill('结束日期', '2024-04-30');
    await save();
    expect(await within(fieldBox('统一社会信用代码')).findByText('统一社会信用代码校验位（第18位）不正确，请核对每一位')).toBeInTheDocument();
    expect(call).not.toHaveBeenCalled();
  });

  it('says under 结束日期 that it is before the start', async () => {
    const { call } = renderForm();
    await fill('实践企业', '某企业');
    await fill('开始日期', '2024-05-01');
    await fill('结束日期', '2024-04-30');
    await save();
    expect(await within(fieldBox('结束日期')).findByText('结束日期不能早于开始日期')).toBeInTheDocument();
    expect(call).not.toHaveBeenCalled();
  });

  it('says under 实践天数 that they exceed the span', async () => {
    const { call } = renderForm();
    await fill('实践企业', '某企业');
    await fill('开始日期', '2024-05-01');
    await fill('结束日期', '2024-05-10');
    await fill('实践天数', '11');
    await save();
    expect(await within(fieldBox('实践天数')).findByText('实践天数不能超过起止日期之间的天数（2024-05-01～2024-05-10 共10天）')).toBeInTheDocument();
    expect(call).not.toHaveBeenCalled();
  });

  it('asks for the enterprise and the dates in plain words', async () => {
    renderForm();
    await save();
    expect(await within(fieldBox('实践企业')).findByText('此项必填')).toBeInTheDocument();
    expect(within(fieldBox('开始日期')).getByText('此项必填')).toBeInTheDocument();
  });

  it('saves with 实践天数 defaulting to the span, and shows the overlap warning the handler returns', async () => {
    const warning = '与 2024-03-01～2024-04-30（浙江丽水智能制造有限公司）的实践记录时间重叠：重叠的日子只计一次';
    const { call, onSaved } = renderForm(vi.fn(async () => ({ record: {}, warnings: [warning] })) as unknown as ApiClient['call']);
    await fill('实践企业', '丽水市云和木玩有限公司');
    await fill('开始日期', '2024-04-15');
    await fill('结束日期', '2024-05-31');
    await save();
    expect(await screen.findByText(warning)).toBeInTheDocument();
    expect(screen.getAllByText('已保存，但请注意：').length).toBeGreaterThan(0);
    expect(call).toHaveBeenCalledWith('practice.create', {
      staffId: 7,
      values: expect.objectContaining({ enterpriseName: '丽水市云和木玩有限公司', startDate: '2024-04-15', endDate: '2024-05-31', days: 47, form: '集中实践', reviewState: '待审核' }),
    });
    await waitFor(() => expect(onSaved).toHaveBeenCalled());
  });
});
