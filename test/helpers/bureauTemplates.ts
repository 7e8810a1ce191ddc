// Blank workbooks as county and city bureaus send them, in several shapes: a merged title, one- or two-row headers,
// blank bordered data rows, a 合计 row of formulas, a drop-down column, a print area, a column we have no field for,
// a 填报说明 sheet that counts the rows of the form. Built with ExcelJS, as a bureau's Excel would save them.
import ExcelJS from 'exceljs';

export interface TemplateShape {
  /** 学历学位 over 最高学历 | 最高学位 */
  twoRowHeader?: boolean;
  /** blank bordered rows below the header */
  blankRows?: number;
  /** a 合计 row below the blank rows, with SUM formulas over them */
  totalRow?: boolean;
  /** the 填报说明 sheet's formula counting the form's rows */
  notesFormula?: boolean;
}

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** 某县教育局 教师信息统计表: 序号 | 职工号 | 教师姓名 | 性别 | 最高学历 | 来校时间 | 企业工作经历 | 备注（教育局填） */
export async function bureauTemplate(shape: TemplateShape = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('教师信息');
  const notes = wb.addWorksheet('填报说明');
  const headers = ['序号', '职工号', '教师姓名', '性别', '最高学历', '来校时间', '企业工作经历（月）', '备注（教育局填）'];
  sheet.mergeCells('A1:H1');
  sheet.getCell('A1').value = '某县教育局 职业学校教师信息统计表（2025年）';
  sheet.getCell('A1').font = { name: '黑体', size: 18, bold: true };
  sheet.getCell('A1').alignment = { horizontal: 'center' };
  sheet.getRow(1).height = 36;
  sheet.getCell('A2').value = '填报单位（盖章）：';
  let headerRow = 3;
  if (shape.twoRowHeader) {
    // 学历 over 最高学历; the others merged down over both rows
    headers.forEach((h, i) => {
      const col = i + 1;
      if (h === '最高学历') {
        sheet.getCell(3, col).value = '学历学位';
        sheet.getCell(4, col).value = h;
      } else {
        sheet.mergeCells(3, col, 4, col);
        sheet.getCell(3, col).value = h;
      }
    });
    headerRow = 4;
  } else headers.forEach((h, i) => (sheet.getCell(3, i + 1).value = h));
  for (let r = 3; r <= headerRow; r++)
    for (let c = 1; c <= headers.length; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: true };
      cell.border = BOX;
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    }
  const first = headerRow + 1;
  const blank = shape.blankRows ?? 5;
  for (let r = first; r < first + blank; r++) {
    for (let c = 1; c <= headers.length; c++) {
      const cell = sheet.getCell(r, c);
      cell.border = BOX;
      cell.font = { name: '仿宋', size: 12 };
      if (c === 7) cell.numFmt = '0';
    }
    sheet.getRow(r).height = 24;
    // the drop-down the bureau gives 性别
    sheet.getCell(r, 4).dataValidation = { type: 'list', allowBlank: true, formulae: ['"男,女"'] };
  }
  let last = first + blank - 1;
  if (shape.totalRow) {
    last += 1;
    sheet.getCell(last, 1).value = '合计';
    sheet.mergeCells(last, 1, last, 3);
    sheet.getCell(last, 7).value = { formula: `SUM(G${first}:G${first + blank - 1})`, result: 0 } as ExcelJS.CellFormulaValue;
    sheet.getCell(last, 4).value = { formula: `COUNTA(C${first}:C${first + blank - 1})&"人"`, result: '0人' } as ExcelJS.CellFormulaValue;
    for (let c = 1; c <= headers.length; c++) sheet.getCell(last, c).border = BOX;
  }
  sheet.getCell(last + 2, 1).value = '填表人：';
  sheet.getCell(last + 2, 5).value = '联系电话：';
  sheet.columns.forEach((col, i) => (col.width = [6, 12, 12, 6, 12, 12, 10, 20][i]));
  sheet.pageSetup = { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printArea: `A1:H${last + 2}`, printTitlesRow: `3:${headerRow}` };
  notes.getCell('A1').value = '填报说明';
  notes.getCell('A2').value = '1. 职工号按人事系统填写；2. 性别从下拉列表选择；3. 最高学历填写国民教育最高学历。';
  notes.getColumn(1).width = 80;
  if (shape.notesFormula) {
    notes.getCell('A4').value = '本表填报人数：';
    notes.getCell('B4').value = { formula: `COUNTA('教师信息'!C${first}:C${first + blank - 1})`, result: 0 } as ExcelJS.CellFormulaValue;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
