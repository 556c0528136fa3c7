// People's contributions in a browser (issue 18): the Tân Nam clerk sees the demo's gifts (the
// village's sand passed by the inspector, the land donation), the villages' ranking, records a
// household's cash gift and a land donation with its signed record. Screenshots at 1280 and 360 px.
import { expect, test, type Page } from '@playwright/test';
import { allowHttpError, openNav, shot, signIn, watchConsole } from './helpers';

async function pick(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('xã Tân Nam ghi đóng góp của nhân dân: tiền mặt, hiến đất; xem thi đua giữa các thôn', async ({ page }) => {
  test.setTimeout(240_000);
  const consoleErrors = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'commune.tannam');

  await test.step('đóng góp của nhân dân trong dữ liệu minh họa', async () => {
    await openNav(page, 'Đóng góp của nhân dân');
    await expect(page.getByRole('heading', { name: 'Đóng góp của nhân dân', level: 1 })).toBeVisible();
    const list = page.getByRole('table', { name: 'Các lần đóng góp' });
    await expect(list.getByText('Cát vàng: 6 m³')).toBeVisible();
    await expect(list.getByText('đạt, được dùng')).toBeVisible();
    await expect(list.getByText('Đường ngõ xóm Tân Thượng: 48,5 m² · 40 m')).toBeVisible();
    const ranking = page.getByRole('table', { name: 'Thi đua giữa các thôn, bản' });
    await expect(ranking.getByRole('row').nth(1)).toContainText('Thôn Nặm Khẳm');
    await shot(page, 'dong-gop-nhan-dan-1280');
  });

  await test.step('ghi tiền mặt của một hộ: thiếu biên lai bị từ chối, rồi lưu', async () => {
    await page.getByRole('button', { name: 'Ghi đóng góp' }).click();
    const dialog = page.getByRole('dialog');
    await pick(page, 'Thôn, bản', 'Thôn Khuổi Lòa');
    await dialog.getByLabel('Tên người, đơn vị đóng góp').fill('Hộ ông Triệu Văn Phúc');
    await dialog.getByLabel('Ngày đóng góp').fill('2021-10-16');
    await dialog.getByLabel('Số tiền').fill('1500000');
    await dialog.getByLabel('Số biên lai').fill('ND-2021-001'); // already used in the demo
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText('Số biên lai "ND-2021-001" đã được dùng ở xã này')).toBeVisible();
    allowHttpError(consoleErrors, 409);
    await dialog.getByLabel('Số biên lai').fill('ND-2021-010');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('table', { name: 'Các lần đóng góp' }).getByText('1.500.000 ₫ · Số biên lai ND-2021-010')).toBeVisible();
  });

  await test.step('hiến đất với biên bản đã ký', async () => {
    await page.getByRole('button', { name: 'Ghi đóng góp' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('label').filter({ hasText: /^Hiến đất$/ }).click();
    await dialog.getByLabel('Tên người, đơn vị đóng góp').fill('Hộ bà Hoàng Thị Đào');
    await dialog.getByLabel('Ngày đóng góp').fill('2021-10-16');
    await pick(page, 'Tuyến đường được mở rộng', 'Đường nội đồng Nà Pồng');
    await dialog.getByLabel('Diện tích (m²)').fill('30,5');
    await dialog.getByLabel('Chiều dài (m)').fill('25');
    await dialog.locator('input[type=file]').setInputFiles({ name: 'bien-ban-hien-dat.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
    await shot(page, 'hien-dat-bieu-mau');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(page.getByText('Đã lưu biên bản hiến đất')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Các lần đóng góp' }).getByText('Đường nội đồng Nà Pồng: 30,5 m² · 25 m')).toBeVisible();
  });

  await test.step('điện thoại 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.reload();
    await expect(page.getByRole('table', { name: 'Thi đua giữa các thôn, bản' })).toBeVisible();
    await shot(page, 'dong-gop-nhan-dan-360');
  });

  expect(consoleErrors).toEqual([]);
});
