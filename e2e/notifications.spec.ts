// Notifications in a browser: a commune official sees the unread count on the header bell, finds
// the demo eve-of-campaign-day reminder in the inbox, marks it read (the count drops by one), then
// marks all read and opens the channel settings.
import { expect, test } from '@playwright/test';
import { shot, signIn, watchConsole } from './helpers';

const REMINDER = /Ngày mai \(Thứ Bảy 11\/09\/2021\) ra quân/;

test('cán bộ xã thấy nhắc ngày ra quân trên chuông, đánh dấu đã đọc', async ({ page }) => {
  const consoleErrors = watchConsole(page);
  await signIn(page, 'commune.tannam');
  const bell = page.getByTestId('bell');
  await expect(bell).toHaveAccessibleName(/Thông báo: \d+ chưa đọc/);
  const before = Number((await page.getByTestId('bell-badge').locator('.mantine-Indicator-indicator').innerText()).trim());
  expect(before).toBeGreaterThan(0);
  await shot(page, 'thong-bao-chuong', { fullPage: false });

  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thông báo' })).toBeVisible();
  const reminder = page.locator('[data-testid^="notification-"]', { hasText: REMINDER });
  await expect(reminder).toHaveAttribute('data-unread', 'true');
  await expect(reminder.getByText(REMINDER)).toHaveCSS('font-weight', '700');
  await expect(reminder).toContainText('Nhắc ngày ra quân');
  await shot(page, 'thong-bao-hop-thu');

  await reminder.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
  await expect(reminder).not.toHaveAttribute('data-unread', 'true');
  await expect(reminder.getByText(REMINDER)).toHaveCSS('font-weight', '400');
  await expect(bell).toHaveAccessibleName(before - 1 ? `Thông báo: ${before - 1} chưa đọc` : 'Thông báo');
  await shot(page, 'thong-bao-da-doc');

  await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click();
  await expect(bell).toHaveAccessibleName('Thông báo');
  await expect(page.getByText('Không có thông báo chưa đọc')).toBeVisible();

  await page.getByRole('link', { name: 'Cài đặt nhận thông báo' }).click();
  await expect(page.getByRole('table', { name: 'Cài đặt nhận thông báo' })).toContainText('Nhắc ngày ra quân');
  await shot(page, 'thong-bao-cai-dat');
  expect(consoleErrors).toEqual([]);
});
