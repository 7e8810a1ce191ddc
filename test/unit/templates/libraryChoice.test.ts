// Why a bureau template is filled part by part rather than through a workbook library (docs/TEMPLATES.md): a template
// as Excel 2010+ and WPS save it carries what ExcelJS does not model, here a drop-down whose list is on another sheet
// (kept in the x14 extension) and the file's custom properties. ExcelJS's load-and-save loses both; the fill keeps
// them, the drop-down grown over the rows it added.
import ExcelJS from 'exceljs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bureauTemplate } from '../../helpers/bureauTemplates';
import { layoutOf } from '../../../electron/templates/match';
import { fillTemplate } from '../../../electron/templates/fill';
import type { ReportColumn } from '../../../electron/excel/styledWorkbook';

const X14_LIST =
  '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1">' +
  '<x14:formula1><xm:f>填报说明!$A$10:$A$14</xm:f></x14:formula1><xm:sqref>E4:E8</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>';
const CUSTOM =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
  'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="表号"><vt:lpwstr>县教统〔2025〕3号</vt:lpwstr></property></Properties>';

/** The bureau's template as its Excel saved it: with the x14 drop-down and the custom properties. */
async function excel2010Template(): Promise<Buffer> {
  const parts = unzipSync(await bureauTemplate({ blankRows: 5 }));
  const text = (name: string) => strFromU8(parts[name]);
  parts['xl/worksheets/sheet1.xml'] = strToU8(text('xl/worksheets/sheet1.xml').replace('</worksheet>', `${X14_LIST}</worksheet>`));
  parts['docProps/custom.xml'] = strToU8(CUSTOM);
  parts['[Content_Types].xml'] = strToU8(
    text('[Content_Types].xml').replace('</Types>', '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>'),
  );
  parts['_rels/.rels'] = strToU8(
    text('_rels/.rels').replace('</Relationships>', '<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>'),
  );
  return Buffer.from(zipSync(parts));
}

const COLUMNS: ReportColumn[] = [{ header: '工号', kind: 'text' }, { header: '姓名', kind: 'text' }, { header: '最高学历', kind: 'text' }];

describe('a template with what ExcelJS does not model', () => {
  it('loses its list drop-down and custom properties through ExcelJS, and keeps them through the fill', async () => {
    const template = await excel2010Template();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(template as unknown as ArrayBuffer);
    const viaExcelJs = unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(strFromU8(viaExcelJs['xl/worksheets/sheet1.xml'])).not.toContain('x14:dataValidation');
    expect(viaExcelJs['docProps/custom.xml']).toBeUndefined();

    const layout = layoutOf(template, COLUMNS);
    const rows = Array.from({ length: 9 }, (_, i) => [`T${i}`, `教师${i}`, '本科']);
    const filled = unzipSync(fillTemplate({ template, sheet: layout.sheet, firstDataRow: layout.firstDataRow, columns: layout.columns, report: { columns: COLUMNS, rows } }));
    // the drop-down covers the nine rows (four added above the form's last), the properties are the bureau's bytes
    expect(strFromU8(filled['xl/worksheets/sheet1.xml'])).toContain('<xm:f>填报说明!$A$10:$A$14</xm:f></x14:formula1><xm:sqref>E4:E12</xm:sqref>');
    expect(strFromU8(filled['docProps/custom.xml'])).toBe(CUSTOM);
  });
});
