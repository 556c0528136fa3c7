// The ranking as an XLSX workbook: one sheet for groups, one for agencies, in Times New Roman with
// the score, its parts and the tie explanation of each row.
import ExcelJS from 'exceljs';
import { workbookBuffer, writeTable, type SheetColumn } from '../../lib/documents/index.js';
import type { Ranking } from './ranking.js';

const COLUMNS: SheetColumn[] = [
  { header: 'Hạng', width: 7 }, { header: 'Tên', width: 34 }, { header: 'Lượt tham gia', width: 12 }, { header: 'Lượt tối đa (biên chế × buổi)', width: 16 },
  { header: 'Tỷ lệ tham gia (%)', width: 12, numFmt: '0.00' }, { header: 'Ngày công', width: 11, numFmt: '0.0' }, { header: 'Bê tông (m³)', width: 12, numFmt: '0.000' },
  { header: 'Đánh giá của xã (/4)', width: 12, numFmt: '0.00' }, { header: 'Điểm (/100)', width: 11, numFmt: '0.00' }, { header: 'Ghi chú khi bằng điểm', width: 50 },
];

function title(ws: ExcelJS.Worksheet, text: string) {
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const c = ws.getCell(1, 1);
  c.value = text;
  c.font = { name: 'Times New Roman', size: 14, bold: true };
  c.alignment = { horizontal: 'center' };
}

export async function rankingXlsx(r: Ranking): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ntm-hub';
  const label = r.period.kind === 'month' ? `tháng ${r.period.month.slice(5)}/${r.period.month.slice(0, 4)}` : 'toàn chiến dịch';
  const weights = `Trọng số: tham gia ${r.weights.participation}, ngày công ${r.weights.labour}, khối lượng ${r.weights.volume}, đánh giá ${r.weights.rating}`;
  for (const [name, rows] of [['Nhóm', r.groups], ['Cơ quan', r.agencies]] as const) {
    const ws = wb.addWorksheet(name);
    title(ws, `BẢNG XẾP HẠNG THI ĐUA THEO ${name.toUpperCase()} — ${label.toUpperCase()} (${r.campaign.name})`);
    ws.getCell(2, 1).value = weights;
    ws.getCell(2, 1).font = { name: 'Times New Roman', size: 11, italic: true };
    writeTable(ws, 4, COLUMNS, rows.map((x) => [x.rank, 'kind' in x && x.kind === 'agency' ? `${x.name} (giao trực tiếp)` : x.name, x.participants, x.possible, x.participationPercent, x.labourDays, x.volumeM3, x.rating, x.score, x.tie?.vi ?? null]));
  }
  return workbookBuffer(wb);
}
