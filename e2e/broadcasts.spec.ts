// Broadcast on the provincial station in a browser (issue 18, conclusion §4): the media centre
// sees September's reportage aired on the provincial station, records October's reportage, sends
// it to the station and marks it aired, which completes October's reportage task (1280 px); on a
// 360 px phone over a slow network it records that the station did not air a news item, with the
// explanation it must give.
import { expect, test } from '@playwright/test';
import { allowHttpError, openNav, pick, shot, signIn, watchConsole } from './helpers';

test('trung tâm văn hóa gửi phóng sự tháng 10 cho Đài tỉnh và ghi đã phát sóng', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'media');
  await openNav(page, 'Tuyên truyền, hình ảnh');

  await test.step('phóng sự tháng 9 đã phát trên Đài tỉnh trong dữ liệu minh họa', async () => {
    await page.getByRole('tab', { name: 'Gửi Đài tỉnh' }).click();
    const sept = page.getByRole('listitem').filter({ hasText: 'Phóng sự: Ngày thứ Bảy trên những con đường bê tông Quang Bình' });
    await expect(sept.getByText('Đã phát sóng')).toBeVisible();
    await expect(sept.getByText('Phát sóng ngày 30/09/2021')).toBeVisible();
    await expect(sept.getByText('Đài Phát thanh - Truyền hình Hà Giang')).toBeVisible();
    await expect(sept.getByText('Đúng hạn (hạn 30/09/2021)')).toBeVisible();
    await shot(page, 'gui-dai-tinh-1280');
  });

  const title = 'Phóng sự tháng 10: Những con đường mới ở Yên Thành';
  await test.step('ghi nhận phóng sự tháng 10 rồi gửi Đài', async () => {
    await page.getByRole('tab', { name: 'Tin, bài đã đăng' }).click();
    await page.getByRole('button', { name: 'Ghi nhận tin, bài' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận tin, bài đã đăng' });
    await dialog.getByLabel('Tiêu đề').fill(title);
    await pick(page, 'Thể loại', '', 'Phóng sự');
    await dialog.getByLabel('Đường liên kết').fill('https://quangbinh.hagiang.gov.vn/phong-su/thang-10-yen-thanh');
    // The form's day is the demo's business day, not the computer's.
    await expect(dialog.getByLabel('Ngày đăng')).toHaveValue('20/10/2021');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toHaveCount(0);
    await page.getByRole('button', { name: `Gửi Đài: ${title}` }).click();
    const send = page.getByRole('dialog', { name: 'Ghi nhận gửi tin, bài cho Đài' });
    await expect(send.getByLabel('Đài nhận')).toHaveValue('Đài Phát thanh - Truyền hình tỉnh');
    await send.getByLabel('Đài nhận').fill('Đài Phát thanh - Truyền hình Hà Giang');
    await expect(send.getByLabel('Ngày gửi')).toHaveValue('20/10/2021');
    await send.getByRole('button', { name: 'Gửi Đài' }).click();
    await expect(send).toHaveCount(0);
    await expect(page.getByText('Đã ghi nhận gửi Đài')).toBeVisible();
  });

  await test.step('ghi kết quả: ngày phát trước ngày gửi bị từ chối, rồi đã phát sóng', async () => {
    await page.getByRole('tab', { name: 'Gửi Đài tỉnh' }).click();
    const card = page.getByRole('listitem').filter({ hasText: title });
    await expect(card.getByText('Đã gửi, chờ phát')).toBeVisible();
    await card.getByRole('button', { name: 'Ghi kết quả phát sóng' }).click();
    const dialog = page.getByRole('dialog', { name: 'Kết quả phát sóng' });
    await expect(dialog.getByText('Ghi kết quả (đã phát, hoặc không được phát có giải trình) sẽ hoàn thành nhiệm vụ phóng sự của tháng.')).toBeVisible();
    await dialog.getByLabel('Ngày phát sóng').fill('19/10/2021');
    await dialog.getByLabel('Đường liên kết bản phát sóng').click();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog.getByText('Ngày phát sóng không được trước ngày gửi đài')).toBeVisible();
    allowHttpError(consoleErrors, 400);
    await dialog.getByLabel('Ngày phát sóng').fill('20/10/2021');
    await dialog.getByLabel('Đường liên kết bản phát sóng').fill('https://hagiangtv.example/thoi-su/yen-thanh-duong-moi');
    await shot(page, 'ket-qua-phat-song');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(card.getByText('Đã phát sóng')).toBeVisible();
    await expect(card.getByText('Phát sóng ngày 20/10/2021')).toBeVisible();
    await expect(card.getByRole('link', { name: 'Xem bản phát sóng' })).toHaveAttribute('href', 'https://hagiangtv.example/thoi-su/yen-thanh-duong-moi');
    await expect(card.getByText('Đã hoàn thành nhiệm vụ:')).toBeVisible();
    await expect(card.getByText('Đúng hạn (hạn 31/10/2021)')).toBeVisible();
    await expect(card.getByRole('button', { name: 'Ghi kết quả phát sóng' })).toHaveCount(0);
    await shot(page, 'da-phat-song');
  });
  expect(consoleErrors).toEqual([]);
});

test('trên điện thoại 360 px, mạng chậm: tin không được Đài phát phải có giải trình', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors = watchConsole(page);
  await page.setViewportSize({ width: 360, height: 780 });
  await signIn(page, 'media');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });
  await openNav(page, 'Tuyên truyền, hình ảnh');
  await page.getByRole('tab', { name: 'Gửi Đài tỉnh' }).click();
  const card = page.getByRole('listitem').filter({ hasText: 'Tuần thứ năm ra quân: vượt mưa hoàn thành 400 m đường' });
  await expect(card.getByText('Đã gửi, chờ phát')).toBeVisible();
  await expect(card.getByText('Gửi ngày 12/10/2021')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'gui-dai-tinh-360');
  await card.getByRole('button', { name: 'Ghi kết quả phát sóng' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kết quả phát sóng' });
  await dialog.getByText('Không được phát').click();
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog.getByText('Cần ít nhất 5 ký tự')).toBeVisible();
  allowHttpError(consoleErrors, 400);
  await dialog.getByLabel('Giải trình lý do không được phát').fill('Đài đã phát tin của huyện khác trong tuần, đề nghị gửi lại vào tuần sau');
  await shot(page, 'khong-duoc-phat-360');
  await dialog.getByRole('button', { name: 'Lưu' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(card.getByText('Không được phát: Đài đã phát tin của huyện khác trong tuần, đề nghị gửi lại vào tuần sau')).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'khong-duoc-phat-ghi-nhan-360');
  expect(consoleErrors).toEqual([]);
});
