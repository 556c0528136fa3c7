// Hostile spreadsheets for the import limits, built from a real workbook by rewriting its XML:
// one cell at the last cell a sheet can have, and a 100 MB name that deflates to about 100 kB.
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

async function baseParts(): Promise<Record<string, Uint8Array>> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Trang 1');
  ws.getCell('A1').value = 'Tên cơ quan, đơn vị';
  ws.getCell('B1').value = 'Số CBCCVC';
  ws.getCell('A2').value = 'Văn phòng HĐND và UBND huyện';
  ws.getCell('B2').value = 25;
  return unzipSync(new Uint8Array(await wb.xlsx.writeBuffer()));
}

function rezip(parts: Record<string, Uint8Array>): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(parts)) zippable[name] = [data, { level: 9 }];
  return zipSync(zippable);
}

/** A few kB: the sheet says its data reaches XFD1048576, and one cell sits there. */
export async function xlsxWithFarCell(): Promise<Uint8Array> {
  const parts = await baseParts();
  const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml'])
    .replace(/<dimension ref="[^"]*"\/>/, '<dimension ref="A1:XFD1048576"/>')
    .replace('</sheetData>', '<row r="1048576"><c r="XFD1048576" t="n"><v>1</v></c></row></sheetData>');
  parts['xl/worksheets/sheet1.xml'] = strToU8(sheet);
  return rezip(parts);
}

/** About 100 kB on disk: the agency's name in the shared strings is `megabytes` MB long. */
export async function xlsxWithHugeName(megabytes = 100): Promise<Uint8Array> {
  const parts = await baseParts();
  const strings = new TextDecoder().decode(parts['xl/sharedStrings.xml']);
  const huge = 'A'.repeat(megabytes * 1024 * 1024);
  parts['xl/sharedStrings.xml'] = strToU8(strings.replace('Văn phòng HĐND và UBND huyện', huge));
  return rezip(parts);
}
