// The military command's own road in a browser (issue 18, the conclusion's §2): the coordinator sees
// Ban chỉ huy Quân sự huyện among the assignments under its own name, marked as an agency assigned
// directly; takes Ngòi Han back from Nhóm 5 and gives it to an agency directly, first to one that is
// in a group (refused, naming the group), then to the military command; the ranking lists the
// command beside the groups with the same mark; the command's own user sees its line on 16/10.
import { expect, test } from '@playwright/test';
import { allowHttpError, openNav, pick, shot, signIn, watchConsole } from './helpers';

test('Ban chỉ huy Quân sự huyện làm tuyến riêng: phân công, thi đua', async ({ page }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  await signIn(page, 'coordinator');
  await openNav(page, 'Kế hoạch tuần');
  await page.getByRole('tab', { name: 'Phân công tuyến' }).click();
  const command = page.getByTestId('assignment-group').filter({ hasText: 'Ban chỉ huy Quân sự huyện' });
  await expect(command).toContainText('Cơ quan giao trực tiếp');
  await expect(command).toContainText('Đường liên thôn Khuổi Vài - Nậm Hốc');
  await expect(page.getByTestId('assignment-group').filter({ hasText: 'Nhóm 2' })).not.toContainText('Ban chỉ huy');

  await test.step('thu hồi tuyến Ngòi Han, giao trực tiếp cho một cơ quan', async () => {
    await page.getByRole('button', { name: 'Thu hồi tuyến Đường ngõ xóm Ngòi Han' }).click();
    await expect(page.getByText('Đã thu hồi tuyến Đường ngõ xóm Ngòi Han')).toBeVisible();
    const road = page.locator('.mantine-Card-root').filter({ hasText: 'Đường ngõ xóm Ngòi Han' }).last();
    await road.getByRole('button', { name: 'Phân công' }).click();
    const dialog = page.getByRole('dialog', { name: 'Phân công tuyến Đường ngõ xóm Ngòi Han' });
    await dialog.getByText('Một cơ quan').click();
    // Công an huyện leads Nhóm 2: the office must take it out of the group first.
    await pick(page, 'Giao trực tiếp cho cơ quan', 'Công an', 'Công an huyện');
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    await expect(dialog.getByText('Công an huyện đang thuộc Nhóm 2: đưa cơ quan ra khỏi nhóm trước khi giao việc riêng')).toBeVisible();
    allowHttpError(errors, 409);
    await shot(page, 'quan-su-giao-truc-tiep-bi-tu-choi');
    await pick(page, 'Giao trực tiếp cho cơ quan', 'Quân sự', 'Ban chỉ huy Quân sự huyện');
    await dialog.getByRole('button', { name: 'Phân công' }).click();
    await expect(page.getByText('Đã giao tuyến Đường ngõ xóm Ngòi Han cho Ban chỉ huy Quân sự huyện')).toBeVisible();
    await expect(command).toContainText('Đường ngõ xóm Ngòi Han');
    await shot(page, 'quan-su-phan-cong-tuyen');
  });

  await test.step('thi đua: cơ quan đứng cạnh các nhóm, tên của chính nó', async () => {
    await openNav(page, 'Thi đua');
    const groups = page.getByTestId('ranking-groups');
    const row = groups.getByRole('row').filter({ hasText: 'Ban chỉ huy Quân sự huyện' });
    await expect(row).toContainText('Cơ quan giao trực tiếp');
    await expect(row).toContainText('7,5'); // m³ poured on 16/10
    await page.getByRole('tab', { name: /Theo cơ quan/ }).click();
    await expect(page.getByTestId('ranking-agencies').getByRole('row').filter({ hasText: 'Ban chỉ huy Quân sự huyện' })).toContainText('Làm riêng (giao trực tiếp)');
    await shot(page, 'quan-su-thi-dua');
  });
  expect(errors).toEqual([]);
});

test('Ban chỉ huy Quân sự huyện xem dòng kế hoạch ngày 16/10 của mình trên điện thoại 360 px', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  const errors = watchConsole(page);
  await signIn(page, 'quansu');
  await openNav(page, 'Kế hoạch tuần');
  await page.getByRole('button', { name: 'Hiện cả các ngày đã qua' }).click();
  await page.getByRole('link', { name: 'Xem kế hoạch ngày 16/10/2021' }).click();
  const entry = page.getByTestId('plan-entry').filter({ hasText: 'Ban chỉ huy Quân sự huyện' });
  await expect(entry).toContainText('Tân Nam');
  await expect(entry).toContainText('30');
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await shot(page, 'quan-su-ke-hoach-360');
  expect(errors).toEqual([]);
});
