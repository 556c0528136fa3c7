// The conclusion's recipients in a browser (issue 18): the office sees who has read it; an agency
// on the list marks it read. Screenshots at 1280 and 360 px.
import { expect, test } from '@playwright/test';
import { openNav, shot, signIn, watchConsole } from './helpers';

test('kết luận 02-KL/BCĐ: nơi nhận, ai đã đọc; cơ quan đánh dấu đã đọc', async ({ page }) => {
  test.setTimeout(240_000);
  const consoleErrors = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'agency');
  await openNav(page, 'Chỉ đạo, nhiệm vụ');
  await page.getByRole('link', { name: /02-KL\/BCĐ/ }).first().click();
  const card = page.getByRole('table', { name: 'Nơi nhận' });
  await expect(card.getByText('Các đ/c ủy viên BTV Huyện ủy')).toBeVisible();
  await expect(card.getByText(/Đã đọc: .*\(demo\)/).first()).toBeVisible();
  await card.getByRole('button', { name: 'Đánh dấu đã đọc' }).click();
  await expect(card.getByRole('button', { name: 'Đánh dấu đã đọc' })).toHaveCount(0);
  await expect(page.getByText('Đã đọc 4/')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'noi-nhan-1280', { fullPage: false });
  await page.setViewportSize({ width: 360, height: 740 });
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'noi-nhan-360', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
