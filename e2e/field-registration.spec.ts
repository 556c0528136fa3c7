// Field mode (issue 13): the lead agency's registration goes through the outbox like the other
// field forms. On a 360 px phone with the service worker, the military group's lead (quansu)
// registers for 11/12/2021 in Yên Thành with no signal: the form says the registration waits on
// the phone, it survives a reload offline, and when the link returns it reaches the server once.
// 11/12 of quansu's group is touched by no other browser test.
import { expect, test } from '@playwright/test';
import { openNav, shot, signIn, watchConsole } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });

const DAY = '2021-12-11';

test('trưởng nhóm đăng ký ra quân khi mất sóng: chờ trên điện thoại, có mạng thì gửi đúng một lần', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await signIn(page, 'quansu');
  await expect(page.getByText('Sẵn sàng dùng khi mất mạng')).toBeVisible({ timeout: 60_000 });
  await openNav(page, 'Đăng ký ra quân');
  await expect(page.getByRole('heading', { name: 'Đăng ký ra quân', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Đăng ký ra quân' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('combobox', { name: 'Ngày ra quân' }).click();
  await page.getByRole('option', { name: '11/12/2021' }).click();
  await expect(dialog.getByText(/Hạn đăng ký:/)).toBeVisible();

  await test.step('mất sóng: điền và bấm đăng ký hai lần, đăng ký chờ gửi trên điện thoại', async () => {
    await context.setOffline(true);
    await dialog.getByRole('textbox', { name: 'Xã đến làm' }).or(dialog.getByRole('combobox', { name: 'Xã đến làm' })).first().click();
    await page.getByRole('option', { name: 'Yên Thành' }).click();
    await dialog.getByLabel('Số người').fill('18');
    await dialog.getByLabel('Khối lượng bê tông (m³)').fill('6,5');
    await dialog.getByLabel('Phương tiện đi lại').fill('Xe tải của Ban chỉ huy Quân sự');
    await dialog.getByRole('button', { name: 'Đăng ký ra quân' }).dblclick();
    await expect(dialog.getByTestId('queued-notice')).toContainText('Đã lưu trên điện thoại');
    await expect(page.getByTestId('outbox-badge')).toHaveText('1 chờ gửi');
    await shot(page, 'dang-ky-cho-gui-mat-song', { fullPage: false });
  });

  await test.step('tải lại khi vẫn mất sóng: đăng ký vẫn chờ gửi', async () => {
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Đăng ký ra quân', level: 1 })).toBeVisible();
    await expect(page.getByTestId('outbox-badge')).toHaveText('1 chờ gửi');
    await page.getByTestId('outbox-badge').click();
    await expect(page.getByRole('dialog', { name: 'Chờ gửi lên máy chủ' }).getByTestId('outbox-item')).toContainText('Đăng ký ra quân của');
    await expect(page.getByRole('dialog', { name: 'Chờ gửi lên máy chủ' }).getByTestId('outbox-item')).toContainText('11/12/2021');
    await page.keyboard.press('Escape');
  });

  await test.step('có mạng trở lại: đúng một đăng ký trên máy chủ', async () => {
    await context.setOffline(false);
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect(page.getByTestId('outbox-badge')).toHaveCount(0, { timeout: 30_000 });
    const res = await page.request.get(`/api/v1/campaigns/1/registrations?day=${DAY}`);
    const mine = ((await res.json()).items as Array<{ headcount: number; targetVolumeM3: number; commune: { name: string }; transport: string | null }>)
      .filter((r) => r.transport === 'Xe tải của Ban chỉ huy Quân sự');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ headcount: 18, targetVolumeM3: 6.5, commune: { name: 'Yên Thành' } });
    await page.reload();
    await expect(page.locator(`[data-testid="registration"][data-day="${DAY}"]`)).toHaveCount(1);
    await expect(page.locator(`[data-testid="registration"][data-day="${DAY}"]`)).toContainText('Chờ xã xác nhận');
    await shot(page, 'dang-ky-da-gui-khi-co-mang', { fullPage: false });
  });
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
});
