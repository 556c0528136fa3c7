// Browser test of the public transparency page: signed out, at its short URLs, in Vietnamese and
// English, on a phone and on a desktop.
import { expect, test } from '@playwright/test';
import { shot, watchConsole } from './helpers';

test('the public page works signed out, in Vietnamese and in English', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/cong-khai');
  await expect(page.getByRole('heading', { name: /Công khai kết quả/ })).toBeVisible();
  await expect(page.getByText('Kết quả theo xã')).toBeVisible();
  // Each commune a card: no table to cut at 360 px; money in, out and left per commune.
  const tanNam = page.getByTestId('public-commune').filter({ hasText: 'Tân Nam' });
  await expect(tanNam.getByRole('heading', { name: 'Xã Tân Nam' })).toBeVisible();
  await expect(tanNam.getByText('Km đã nghiệm thu')).toBeVisible();
  await expect(tanNam.getByText('Còn lại')).toBeVisible();
  await expect(page.getByText('Kinh phí đóng góp theo cơ quan')).toBeVisible();
  // The people's contributions per commune, the same figures the people module sums (issue 18).
  const people = page.getByTestId('public-people');
  await expect(people.getByRole('heading', { name: 'Đóng góp của nhân dân' })).toBeVisible();
  await expect(people.getByText('Hiến đất').first()).toBeVisible();
  await expect(people.getByText('Ngày công').first()).toBeVisible();
  await page.getByText('Bản đồ tiến độ').scrollIntoViewIfNeeded();
  await expect(page.getByTestId('road-map')).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'public-phone-vi');
  // Finished roads' photos: the before and after photos of the workdays that poured the accepted
  // Tân Thượng alley (Nhóm 3, 11/09–02/10/2021), named by road, commune and day, and loaded.
  await page.getByRole('heading', { name: 'Ảnh các tuyến đã hoàn thành' }).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('no-photos')).toHaveCount(0);
  const photos = page.getByRole('img', { name: /Đường ngõ xóm Tân Thượng, xã Tân Nam/ });
  await expect(photos).toHaveCount(8);
  await expect(page.getByRole('img', { name: 'Sau khi làm: Đường ngõ xóm Tân Thượng, xã Tân Nam, 02/10/2021' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Trước khi làm: Đường ngõ xóm Tân Thượng, xã Tân Nam, 11/09/2021' })).toHaveCount(1);
  const first = photos.first();
  await first.scrollIntoViewIfNeeded();
  await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  await shot(page, 'public-finished-road-photos-phone', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto('/public');
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { name: /Public results/ })).toBeVisible();
  await expect(page.getByText('Contributions by agency')).toBeVisible();
  await expect(page.getByTestId('public-people').getByRole('heading', { name: "The people's contributions" })).toBeVisible();
  await shot(page, 'public-desktop-en');
  expect(errors).toEqual([]);
});
