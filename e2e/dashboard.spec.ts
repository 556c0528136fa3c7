// Browser tests of the leadership dashboard on the demo data: a leader on a 360 px phone sees the
// figures and drills down district → commune → road → segment; the same page at desktop size.
import { expect, test } from '@playwright/test';
import { shot, signIn, watchConsole } from './helpers';

test('a leader on a 360 px phone sees the dashboard and drills down to a segment', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, 'leader');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { name: 'Bảng điều hành' })).toBeVisible();
  await expect(page.getByText('Km hoàn thành').first()).toBeVisible();
  await expect(page.getByTestId('commune-card')).toHaveCount(2);
  await expect(page.getByTestId('next-plan')).toContainText('Chưa sẵn sàng');
  await expect(page.getByTestId('late-tasks')).toContainText('02-KL/BCĐ');
  // Nothing wider than the phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'dashboard-phone');
  await page.getByTestId('commune-card').filter({ hasText: 'Tân Nam' }).getByRole('link', { name: /Xem các tuyến/ }).click();
  await expect(page.getByTestId('drill-road').first()).toBeVisible();
  await page.getByTestId('drill-road').first().scrollIntoViewIfNeeded();
  await page.getByRole('heading', { name: 'Bản đồ tiến độ' }).or(page.getByText('Bản đồ').last()).scrollIntoViewIfNeeded();
  await expect(page.getByTestId('road-map')).toBeVisible();
  await shot(page, 'dashboard-phone-commune');
  await page.getByTestId('drill-road').filter({ hasText: 'Đường trục thôn Nậm Hốc' }).click();
  await expect(page.getByTestId('drill-segment').first()).toBeVisible();
  await shot(page, 'dashboard-phone-road');
  // The demo's Saturday workdays poured the first segment not yet poured on this road.
  await page.getByTestId('drill-segment').filter({ hasNotText: /Đã nghiệm thu|Đã đổ bê tông/ }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: /, đoạn/ })).toBeVisible();
  await expect(page.getByText('Các buổi ra quân đã đổ đoạn này')).toBeVisible();
  await expect(page.getByTestId('drill-workday').first()).toContainText('Nhóm 1');
  // The demo workday's photos before and after are shown, and actually load (their display copies).
  const photo = page.getByTestId('drill-workday').first().getByRole('img');
  await expect(photo).toHaveCount(2);
  await photo.last().scrollIntoViewIfNeeded();
  await expect.poll(() => photo.last().evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'dashboard-phone-segment');
  expect(errors).toEqual([]);
});

test('the dashboard at desktop size', async ({ page }) => {
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signIn(page, 'coordinator');
  await page.goto('/dashboard');
  await expect(page.getByTestId('commune-card')).toHaveCount(2);
  await expect(page.getByTestId('weeks-chart')).toBeVisible();
  await shot(page, 'dashboard-desktop');
  expect(errors).toEqual([]);
});
