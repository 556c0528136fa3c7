// Roads in a browser (issue 3): the Tân Nam clerk sees the commune's roads with their lengths and
// progress, splits a road into equal segments in one action, moves one along, reads the materials
// needed, the concrete calculator, the criterion 2 table and the map. Screenshots: e2e/screenshots/.
import { expect, test } from '@playwright/test';
import { openNav, shot, signIn, watchConsole } from './helpers';

test('cán bộ xã Tân Nam xem đường, chia đoạn, vật liệu, tiêu chí 2 và bản đồ', async ({ page }) => {
  test.setTimeout(300_000);
  const consoleErrors = watchConsole(page);
  await signIn(page, 'commune.tannam');

  await test.step('danh sách tuyến đường của xã', async () => {
    await openNav(page, 'Tuyến đường');
    await expect(page.getByRole('heading', { name: 'Tuyến đường', level: 1 })).toBeVisible();
    const table = page.getByRole('table', { name: 'Tuyến đường' });
    await expect(table.getByRole('link', { name: 'Đường trục thôn Nậm Hốc' })).toBeVisible();
    await expect(table.getByRole('link', { name: 'Đường nội đồng Nà Pồng' })).toBeVisible();
    // Tân Nam's clerk sees Tân Nam's roads only, not Yên Thành's.
    await expect(table.getByRole('link', { name: 'Đường trục xã Yên Thành' })).toHaveCount(0);
    await expect(table.getByText('đo trên bản đồ: 850 m')).toBeVisible();
    await shot(page, 'duong-danh-sach');
  });

  await test.step('chia tuyến thành các đoạn 100 m', async () => {
    await page.getByRole('link', { name: 'Đường nội đồng Nà Pồng' }).click();
    await expect(page.getByRole('heading', { name: 'Đường nội đồng Nà Pồng', level: 1 })).toBeVisible();
    await page.getByLabel('Chia thành các đoạn dài').fill('100');
    await page.getByRole('button', { name: 'Chia đoạn' }).click();
    const segments = page.getByRole('table', { name: 'Các đoạn theo lý trình' });
    await expect(segments.getByText('Km0+500 – Km0+600')).toBeVisible();
    await expect(segments.getByRole('row')).toHaveCount(7);
    await expect(segments.getByText('Dự kiến')).toHaveCount(6);
  });

  await test.step('chuyển đoạn đầu sang sẵn sàng, xem lịch sử', async () => {
    const first = page.getByRole('row').filter({ hasText: 'Km0+000 – Km0+100' });
    await first.getByRole('button', { name: 'Sẵn sàng' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Xác nhận' }).click();
    await expect(first.getByText('Sẵn sàng', { exact: true })).toBeVisible();
    await first.getByRole('button', { name: 'Lịch sử' }).click();
    await expect(page.getByText('Nguyễn').or(page.getByText('Tân Nam')).first()).toBeVisible();
  });

  await test.step('vật liệu cần dùng', async () => {
    const materials = page.getByRole('table', { name: 'Vật liệu cần dùng' });
    await expect(materials.getByRole('columnheader', { name: 'Còn phải làm' })).toBeVisible();
    await expect(materials.getByText('Xi măng (bao 50 kg)')).toBeVisible();
    await shot(page, 'duong-chia-doan-vat-lieu');
  });

  await test.step('máy tính bê tông: cùng số với API', async () => {
    await openNav(page, 'Máy tính bê tông');
    const result = page.getByRole('table', { name: 'Vật liệu cần dùng' });
    // 850 m × 3 m × 0,18 m M250 đá 1x2: 459 m³, 2.833 bao xi măng, 1.836 mẻ trộn 250 l (the CLI's numbers).
    await expect(result.getByText('459 m³')).toBeVisible();
    await expect(result.getByText('2.833 bao')).toBeVisible();
    await expect(result.getByText('1.836', { exact: true })).toBeVisible();
    await expect(page.getByText(/Thông tư 10\/2019\/TT-BXD/).first()).toBeVisible();
    await shot(page, 'may-tinh-be-tong');
  });

  await test.step('bảng tiêu chí 2', async () => {
    await openNav(page, 'Tiêu chí 2 — Giao thông');
    const table = page.getByRole('table', { name: 'Xã Tân Nam' });
    await expect(table.getByText('2.2 · Đường thôn')).toBeVisible();
    await expect(table.getByText('chưa xác nhận').first()).toBeVisible();
    await expect(page.getByText('Ngưỡng chưa xác nhận')).toBeVisible();
    await shot(page, 'tieu-chi-2');
  });

  await test.step('bản đồ', async () => {
    await openNav(page, 'Bản đồ giao thông');
    const map = page.getByTestId('road-map');
    await expect(map.locator('path.leaflet-interactive').first()).toBeAttached();
    expect(await map.locator('path.leaflet-interactive').count()).toBeGreaterThan(4);
    await expect(page.getByTestId('map-legend').getByText('Đã nghiệm thu')).toBeVisible();
    await shot(page, 'ban-do');
  });

  await test.step('điện thoại 360 px', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/criterion2');
    await expect(page.getByRole('table', { name: 'Xã Tân Nam' })).toBeVisible();
    await shot(page, 'tieu-chi-2-dien-thoai');
  });

  expect(consoleErrors).toEqual([]);
});
