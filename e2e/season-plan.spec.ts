// The season plan in a browser (issue 17): the coordinator opens "Lộ trình mùa" for the demo
// campaign, plans the season (HiGHS), sees per commune whether criterion 2 is reached by 31/12/2021,
// the labour estimate and each road's route schedule, pins an entry of Saturday 20/11, plans again
// (the pin holds), then proposes and publishes 20/11 from the season plan in "Kế hoạch tuần".
// Pictures at 1280 px and on a 360 px phone, in Vietnamese and in English (e2e/screenshots/).
// 20/11: the demo's draft of 23/10, the plans spec's 30/10 and its 06/11 (cancelled for rain, moved to 13/11) stay as they are.
import { expect, test, type Page } from '@playwright/test';
import { allowHttpError, openNav, shot, signIn, watchConsole } from './helpers';

const DAY = '2021-11-20';
const DAY_VN = '20/11/2021';

async function shots(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(page, `${name}-1280`);
  await page.setViewportSize({ width: 360, height: 780 });
  await expect(page.getByRole('button', { name: /Mở hoặc đóng menu|Open or close the menu/ })).toBeVisible();
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, `${name}-360`);
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('điều phối viên lập lộ trình mùa, ghim một buổi, lập lại và công bố thứ Bảy từ lộ trình', async ({ page }) => {
  test.setTimeout(240_000);
  const errors = watchConsole(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await signIn(page, 'coordinator');

  await test.step('mở lộ trình mùa và lập lộ trình', async () => {
    await openNav(page, 'Lộ trình mùa');
    await expect(page.getByRole('heading', { name: 'Lộ trình thực hiện', level: 1 })).toBeVisible();
    await expect(page.getByTestId('season-estimate')).toContainText('Ngày công');
    await page.getByTestId('season-solve').click();
    await expect(page.getByTestId('season-solver')).toContainText('Giải bằng HiGHS', { timeout: 60_000 });
    await expect(page.getByText('Khả năng đạt tiêu chí 2 trước 31/12/2021')).toBeVisible();
    await expect(page.getByTestId('season-gantt').first()).toBeVisible();
    await expect(page.getByTestId(`season-day-${DAY}`)).toContainText('theo lộ trình');
    await shots(page, 'lo-trinh-mua');
  });

  await test.step('vật liệu theo lộ trình và thiết lập', async () => {
    // Each commune says what its pours need of the stock it has, and what to buy by when.
    await expect(page.getByTestId('season-materials').first()).toContainText(/Xi măng: cần [\d.]+ bao, có [\d.]+ bao/);
    const settings = page.getByTestId('season-settings');
    const bind = settings.getByRole('switch', { name: 'Chỉ dùng vật liệu đã có hoặc đã mua' });
    await expect(bind).not.toBeChecked();
    await bind.check({ force: true });
    await settings.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await expect(page.getByText('Đã lưu thiết lập.').first()).toBeVisible();
    await expect(page.getByTestId('season-settings').getByRole('switch', { name: 'Chỉ dùng vật liệu đã có hoặc đã mua' })).toBeChecked();
    await shot(page, 'lo-trinh-thiet-lap');
    // Back to the default, so the rest of the walk plans with people and mixers only.
    await page.getByTestId('season-settings').getByRole('switch', { name: 'Chỉ dùng vật liệu đã có hoặc đã mua' }).uncheck({ force: true });
    await page.getByTestId('season-settings').getByRole('button', { name: 'Lưu thiết lập' }).click();
    await expect(page.getByTestId('season-settings').getByRole('switch', { name: 'Chỉ dùng vật liệu đã có hoặc đã mua' })).not.toBeChecked();
  });

  await test.step('ghim một buổi ngày 20/11 rồi lập lại', async () => {
    const day = page.getByTestId(`season-day-${DAY}`);
    const entry = day.getByTestId('season-entry').first();
    const group = (await entry.locator('p').first().innerText()).trim();
    await entry.getByRole('button', { name: 'Ghim' }).click();
    await expect(page.getByTestId('season-overrides')).toContainText(group);
    await page.getByTestId('season-solve').click();
    await expect(page.getByText('Đã lập lộ trình').first()).toBeVisible({ timeout: 60_000 });
    await expect(day.getByTestId('season-entry').filter({ hasText: group })).toContainText('Đã ghim');
    await expect(day.getByTestId('season-entry').filter({ hasText: group })).toContainText('Văn phòng ghim');
    await shot(page, 'lo-trinh-mua-ghim');
  });

  await test.step('tiếng Anh', async () => {
    await page.getByText('EN', { exact: true }).first().click();
    await expect(page.getByRole('heading', { name: 'Season plan', level: 1 })).toBeVisible();
    await expect(page.getByText('Criterion 2 by 31/12/2021')).toBeVisible();
    await expect(page.getByTestId(`season-day-${DAY}`)).toContainText('along its route');
    await shots(page, 'season-plan-en');
    await page.getByText('VI', { exact: true }).first().click();
    await expect(page.getByRole('heading', { name: 'Lộ trình thực hiện', level: 1 })).toBeVisible();
  });

  await test.step('đề xuất và công bố ngày 20/11 từ lộ trình', async () => {
    await openNav(page, 'Kế hoạch tuần');
    await page.getByRole('button', { name: `Đề xuất kế hoạch ngày ${DAY_VN}` }).click();
    await expect(page.getByRole('heading', { name: `Kế hoạch ngày ${DAY_VN}`, level: 1 })).toBeVisible();
    await expect(page.getByTestId('plan-entry').first()).toContainText('Theo lộ trình mùa');
    await shot(page, 'lo-trinh-de-xuat-20-11');
    await page.getByRole('button', { name: 'Công bố', exact: true }).click();
    const dialog = page.getByRole('dialog');
    const reason = dialog.getByLabel('Lý do vẫn công bố');
    if (await reason.isVisible().catch(() => false)) await reason.fill('Theo lộ trình mùa; các nhóm đăng ký và vật liệu tập kết trước thứ Sáu');
    await dialog.getByRole('button', { name: 'Công bố' }).click();
    await expect(page.getByText('Đã công bố', { exact: true }).first()).toBeVisible();
    await shot(page, 'lo-trinh-cong-bo-20-11');
  });
  await test.step('tiêu chí 2 cho biết ngày đạt theo lộ trình mùa', async () => {
    await openNav(page, 'Tiêu chí 2 — Giao thông');
    await expect(page.getByTestId('crit2-season-plan').first()).toContainText('Theo lộ trình mùa (số liệu đến 20/10/2021)');
    await shot(page, 'tieu-chi-2-lo-trinh');
  });
  allowHttpError(errors, 404);
  expect(errors).toEqual([]);
});
