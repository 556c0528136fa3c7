// The conclusion's recipients in a browser (issue 18): the office sees who has read it; an agency
// on the list marks it read, stamped on the demo's business date; the office changes the list on a
// 360 px phone. Screenshots at 1280 and 360 px.
import { expect, test } from '@playwright/test';
import { openNav, pick, shot, signIn, watchConsole } from './helpers';

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
  // Read on the demo's business date, like every other stamp of its October 2021.
  await expect(card.getByRole('row').filter({ hasText: 'Ban Tổ chức Huyện ủy' })).toContainText('20/10/2021');
  await expect(page.getByText('Đã đọc 4/')).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'noi-nhan-1280', { fullPage: false });
  await page.setViewportSize({ width: 360, height: 740 });
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'noi-nhan-360', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});

test('văn phòng điều phối sửa nơi nhận trên điện thoại 360 px: thêm một nơi nhận như in, bỏ một cơ quan', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsole(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, 'coordinator');
  await openNav(page, 'Chỉ đạo, nhiệm vụ');
  await page.getByRole('link', { name: /02-KL\/BCĐ/ }).first().click();
  const card = page.getByRole('table', { name: 'Nơi nhận' });
  await expect(card.getByText('Liên đoàn Lao động huyện')).toBeVisible();
  await page.getByRole('button', { name: 'Sửa nơi nhận' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nơi nhận văn bản' });
  await expect(dialog.getByText('Thường trực HĐND huyện', { exact: true })).toBeVisible();
  const bodies = dialog.getByRole('combobox', { name: 'Nơi nhận khác (như in trên văn bản)' });
  await bodies.fill('Ban Thường vụ Tỉnh đoàn');
  await bodies.press('Enter');
  // Picking a chosen agency again takes it off the list.
  await pick(page, 'Cơ quan, đơn vị', 'Lao dong', 'Liên đoàn Lao động huyện');
  await expect(dialog.getByText('Liên đoàn Lao động huyện', { exact: true })).toHaveCount(0);
  await shot(page, 'noi-nhan-sua-360');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByText('Ban Thường vụ Tỉnh đoàn')).toBeVisible();
  await expect(card.getByText('Liên đoàn Lao động huyện')).toHaveCount(0);
  await expect(card.getByRole('row').filter({ hasText: 'Ban Thường vụ Tỉnh đoàn' })).toContainText('không theo dõi trên hệ thống');
  await card.scrollIntoViewIfNeeded();
  await shot(page, 'noi-nhan-da-sua-360', { fullPage: false });
  expect(consoleErrors).toEqual([]);
});
