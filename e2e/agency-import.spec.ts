// The agency list import as the coordinator uses it, on a 1280 px screen and a 360 px phone: the
// office's messy list (the group a column on every row, "1.250", one agency in two groups, a
// negative staff count, a total row) previews every row read with its status and each problem on
// its row, and cannot be imported until fixed.
import { expect, test, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import { openNav, shot, signIn, watchConsole } from './helpers';

async function messyList() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRows([
    [null, 'DANH SÁCH CƠ QUAN THAM GIA NGÀY THỨ 7 VÌ NÔNG THÔN MỚI'],
    [],
    ['STT', 'Tên cơ quan, đơn vị', 'Nhóm', 'Số CBCCVC', 'Trưởng nhóm'], // row 3
    [1, 'Văn phòng Huyện ủy', 'Nhóm 1', 18, 'x'],
    [2, 'Trường THPT Quang Bình', 'Nhóm 1', '1.250', null],
    [3, 'Phòng Tư pháp', 'Nhóm 1', 5, null],
    [4, 'Công an huyện', 'Nhóm 2', 45, 'x'],
    [5, 'Phòng Tư pháp', 'Nhóm 2', 5, null], // row 8: in two groups
    [6, 'Phòng Nội vụ', 'Nhóm 2', -3, null], // row 9: negative
    [],
    [null, 'Tổng cộng', null, '1.320'], // row 11
  ]);
  return { name: 'danh-sach-lon-xon.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

async function preview(page: Page) {
  await openNav(page, 'Nhập danh sách');
  await expect(page.getByRole('heading', { name: 'Nhập danh sách cơ quan', level: 1 })).toBeVisible();
  await page.locator('input[type="file"]').setInputFiles(await messyList());
  await page.getByRole('button', { name: 'Xem trước' }).click();
  const rows = page.getByTestId('import-rows');
  await expect(rows.locator('[data-status]')).toHaveCount(7);
  return rows;
}

test('the messy list previews every row with its status and problem, at 1280 px and at 360 px', async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signIn(page, 'coordinator');
  const rows = await preview(page);
  const row = (n: number) => rows.locator('tbody tr').filter({ has: page.locator('td:first-child', { hasText: new RegExp(`^${n}$`) }) });
  await expect(rows.locator('[data-status]')).toHaveText([/Văn phòng Huyện ủy/, /Trường THPT/, /Phòng Tư pháp/, /Công an huyện/, /Phòng Tư pháp/, /Phòng Nội vụ/, /Tổng cộng/]);
  await expect(row(5)).toContainText('1.250');
  await expect(row(5)).toContainText('Thêm mới');
  await expect(row(8)).toContainText('Lỗi');
  await expect(row(8)).toContainText('Cơ quan "Phòng Tư pháp" có trong hai nhóm: Nhóm 1 (dòng 6) và Nhóm 2');
  await expect(row(9)).toContainText('Số CBCCVC "-3" là số âm');
  await expect(row(11)).toContainText('Dòng tổng cộng, không nhập');
  await expect(page.getByTestId('import-summary')).toContainText('2 dòng lỗi');
  await expect(page.getByRole('button', { name: 'Nhập', exact: true })).toBeDisabled();
  await shot(page, 'nhap-lon-xon-1280');

  // On a phone every row is a card: its status and problems in view, nothing to scroll sideways.
  await page.setViewportSize({ width: 360, height: 780 });
  const card = (n: number) => rows.locator(`[data-row="${n}"]`);
  await expect(rows.locator('[data-row]')).toHaveCount(7);
  await expect(card(8)).toContainText('Dòng 8 · Phòng Tư pháp');
  await expect(card(8)).toContainText('Lỗi');
  await expect(card(8)).toContainText('có trong hai nhóm: Nhóm 1 (dòng 6) và Nhóm 2');
  await expect(card(9)).toContainText('Số CBCCVC "-3" là số âm');
  await expect(card(11)).toContainText('Dòng tổng cộng, không nhập');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'nhap-lon-xon-360');
  await card(8).scrollIntoViewIfNeeded();
  await shot(page, 'nhap-lon-xon-360-dong-loi', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
