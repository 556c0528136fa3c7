// The fund in a browser: the coordinator opens the fund page (totals, communes, agencies and the
// people's cash gifts of Tân Nam, ledger),
// tries to allocate more than is unallocated and sees the server's Vietnamese refusal on the amount,
// and downloads the statement PDF, whose first page is rendered to PNG (pdftoppm) for a look.
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { allowHttpError, openNav, pick, shot, signIn, watchConsole } from './helpers';

const SHOTS = path.join(import.meta.dirname, 'screenshots');

test('điều phối viên xem quỹ, bị từ chối khi cấp vượt số chưa phân bổ, tải báo cáo quỹ PDF', async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signIn(page, 'coordinator');
  await openNav(page, 'Quỹ xã hội hóa');

  await test.step('trang quỹ: tổng thu, theo xã, theo cơ quan, sổ quỹ', async () => {
    await expect(page.getByRole('heading', { level: 1, name: /Quỹ xã hội hóa/ })).toBeVisible();
    // 200.000.000 ₫ from the agencies and 8.000.000 ₫ of cash gifts from the people of Tân Nam (not yet allocated).
    await expect(page.getByTestId('total-received')).toContainText('208.000.000 ₫');
    await expect(page.getByTestId('total-unallocated')).toContainText('8.000.000 ₫');
    const communes = page.getByTestId('commune-table');
    await expect(communes.getByRole('row', { name: /Tân Nam/ })).toContainText('100.000.000 ₫');
    await shot(page, 'quy-theo-xa');
    await page.getByRole('tab', { name: 'Theo cơ quan' }).click();
    const byAgency = page.getByRole('table', { name: 'Theo cơ quan' });
    await expect(byAgency).toContainText('Công an huyện');
    await expect(byAgency.getByRole('row', { name: /Nhân dân xã Tân Nam \(ủng hộ tiền mặt\)/ })).toContainText('8.000.000 ₫');
    await shot(page, 'quy-theo-co-quan-va-nhan-dan');
    await page.getByRole('tab', { name: 'Sổ quỹ' }).click();
    await expect(page.getByTestId('fund-entries')).toContainText('Đá 1x2');
    await expect(page.getByTestId('fund-entries')).toContainText('Hộ ông Hoàng Văn Sáng (demo) — Nhân dân xã Tân Nam');
    await shot(page, 'quy-so-quy');
  });

  await test.step('cấp kinh phí vượt số chưa phân bổ bị từ chối, báo lỗi tại ô số tiền', async () => {
    await page.getByRole('button', { name: 'Cấp kinh phí' }).click();
    const dialog = page.getByRole('dialog', { name: 'Cấp kinh phí cho xã' });
    await pick(page, 'Xã', 'tan nam', 'Tân Nam');
    await dialog.getByLabel('Số tiền').fill('10000000');
    await dialog.getByLabel('Số quyết định').fill('130/QĐ-UBND');
    await dialog.getByLabel('Người ký').fill('Triệu Tài Phong');
    await dialog.getByLabel('Nội dung, mục đích').fill('Bổ sung kinh phí mua xi măng');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText('Quỹ chỉ còn 8.000.000 ₫ chưa phân bổ, không thể cấp 10.000.000 ₫')).toBeVisible();
    allowHttpError(consoleErrors, 409);
    allowHttpError(consoleErrors, 400);
    await shot(page, 'quy-cap-vuot');
    await dialog.getByRole('button', { name: 'Hủy' }).click();
  });

  await test.step('báo cáo quỹ PDF: tải về và xem trang 1', async () => {
    await page.getByRole('button', { name: 'Báo cáo quỹ' }).click();
    const href = await page.getByTestId('statement-pdf').getAttribute('href');
    expect(href).toMatch(/statement\.pdf$/);
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('application/pdf');
    const pdf = await res.body();
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    fs.mkdirSync(SHOTS, { recursive: true });
    const file = path.join(SHOTS, 'quy-bao-cao.pdf');
    fs.writeFileSync(file, pdf);
    execFileSync('pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', file, path.join(SHOTS, 'quy-bao-cao-trang-1')]);
    expect(fs.statSync(path.join(SHOTS, 'quy-bao-cao-trang-1.png')).size).toBeGreaterThan(10_000);
    await page.keyboard.press('Escape');
  });

  expect(consoleErrors).toEqual([]);
});
