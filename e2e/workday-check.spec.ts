// Plausibility where figures are typed (issue 14), on a 360 px phone on a slow link (400 kbit/s,
// 400 ms): Yên Thành's clerk records Nhóm 5's unplanned Saturday 09/10/2021 on Đường ngõ xóm Ngòi
// Han (2,5 m × 0,15 m). A pour far from metres × width × thickness shows its warning before saving,
// an absurd one is refused with the field named in words (never its code) and nothing is saved,
// the plausible-but-odd record is saved with its warning kept on it; correcting the saved record
// runs the same check before saving (an absurd headcount refused, a pour off the design warned),
// and the refused correction changes nothing; then a rained-off day of
// Nhóm 3 is recorded as cancelled with its reason, without people. No other browser test touches
// Nhóm 5 or Nhóm 3 in Yên Thành on 09/10.
import { expect, test, type Page } from '@playwright/test';
import { allowHttpError, shot, signIn, watchConsole } from './helpers';

const PHONE = { width: 360, height: 740 };
const newUrl = (groupId: number) => `/workdays/new?campaignId=1&communeId=5&groupId=${groupId}&day=2021-10-09`;

async function pickOption(page: Page, label: string, option: string | RegExp) {
  await page.getByRole('textbox', { name: label, exact: true }).or(page.getByRole('combobox', { name: label, exact: true })).first().click();
  await page.getByRole('option', { name: option }).first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

async function recordsOf(page: Page, groupId: number) {
  const res = await page.request.get(`/api/v1/workdays?campaignId=1&communeId=5&groupId=${groupId}&day=2021-10-09`);
  return (await res.json()).items as Array<{ status: string; cancelReason: string | null; totals: { people: number; volumeM3: number }; warnings: Array<{ code: string }> }>;
}

test('xã nhập khối lượng bất hợp lý: cảnh báo hiện trước khi lưu, số vô lý bị từ chối và nêu tên ô bằng lời', async ({ browser }) => {
  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(page, 'commune.yenthanh');
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });

  await page.goto(newUrl(5));
  await expect(page.getByRole('heading', { name: 'Ghi nhận buổi ra quân', level: 1 })).toBeVisible({ timeout: 30_000 });
  await pickOption(page, 'Tuyến đường của đoạn 1', 'Đường ngõ xóm Ngòi Han');
  await pickOption(page, 'Lý trình của đoạn 1', /^Km0\+000 – Km0\+175/);
  await page.getByTestId('gps-card').getByRole('button', { name: 'Không' }).click();
  await page.getByRole('group', { name: 'Người dân' }).getByLabel('Cả ngày').fill('12');
  await page.getByLabel('Chiều dài đoạn 1 (m)').fill('20');
  // 20 m × 2,5 m × 0,15 m = 7,5 m³; 10 m³ is a third more: a warning, before anything is saved.
  await page.getByLabel('Bê tông đoạn 1 (m³)').fill('10');
  const warning = page.getByTestId('check-warning');
  await expect(warning).toHaveText(
    'Bê tông đoạn 1 (m³): Đường ngõ xóm Ngòi Han Km0+000 – Km0+175: 10 m³ cho 20 m mặt đường, theo thiết kế 2,5 m × 0,15 m là 7,5 m³ (lệch 33%)',
    { timeout: 30_000 });
  await expect(page.getByTestId('check-warnings')).toContainText('Vẫn lưu được; cảnh báo được lưu kèm bản ghi');
  expect(await recordsOf(page, 5)).toEqual([]);
  await shot(page, 'workday-check-warning', { fullPage: true });

  // 30 m³ on 20 m: four times the design, refused; the field is named as the form labels it.
  await page.getByLabel('Bê tông đoạn 1 (m³)').fill('30');
  const refusal = page.getByTestId('check-refusal');
  await expect(refusal).toContainText('Bê tông đoạn 1 (m³): Đường ngõ xóm Ngòi Han Km0+000 – Km0+175: 30 m³ cho 20 m mặt đường', { timeout: 30_000 });
  await expect(refusal).toContainText('lệch 300%, quá 50%');
  await expect(page.getByTestId('check-refusals')).toContainText('Chưa lưu được: hãy sửa các số liệu sau');
  await expect(page.getByTestId('check-refusals')).not.toContainText('commune.');
  await page.getByTestId('record-workday').click();
  await expect(page.getByLabel('Bê tông đoạn 1 (m³)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('queued-notice')).toHaveCount(0);
  expect(await recordsOf(page, 5)).toEqual([]);
  await expect(page.locator('body')).not.toContainText('commune.pours');
  await shot(page, 'workday-check-refused', { fullPage: true });

  // Corrected to 10 m³: saved, and the warning stays with the record.
  await page.getByLabel('Bê tông đoạn 1 (m³)').fill('10');
  await expect(page.getByTestId('check-refusals')).toHaveCount(0, { timeout: 30_000 });
  await page.getByTestId('record-workday').click();
  await expect(page.getByRole('heading', { name: /Buổi ra quân số \d+/, level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('kept-warnings')).toContainText('Cảnh báo lưu kèm bản ghi');
  await expect(page.getByTestId('kept-warning')).toContainText('Bê tông đoạn 1 (m³): Đường ngõ xóm Ngòi Han Km0+000 – Km0+175: 10 m³ cho 20 m');
  const saved = await recordsOf(page, 5);
  expect(saved).toHaveLength(1);
  expect(saved[0]).toMatchObject({ status: 'recorded', totals: { people: 12, volumeM3: 10 } });
  expect(saved[0].warnings.map((w) => w.code)).toEqual(['VOLUME_VS_DESIGN']);
  await shot(page, 'workday-check-saved-with-warning', { fullPage: true });

  // The commune corrects the saved record: the same check runs before saving the correction.
  await page.getByRole('group', { name: 'Người dân' }).getByLabel('Cả ngày').fill('9000');
  const correctionRefusal = page.getByTestId('check-refusal');
  await expect(correctionRefusal).toContainText('Người dân tham gia · Cả ngày: 9.000 người dân trong một buổi là quá mức hợp lý (tối đa 500)', { timeout: 30_000 });
  await page.getByTestId('save-commune').click();
  await expect(page.getByRole('group', { name: 'Người dân' }).getByLabel('Cả ngày')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('queued-notice')).toHaveCount(0);
  expect((await recordsOf(page, 5))[0]).toMatchObject({ totals: { people: 12, volumeM3: 10 } });
  await expect(page.locator('body')).not.toContainText('people.fullDay');
  await shot(page, 'workday-correction-refused', { fullPage: true });
  // Back to 12 people and 11 m³: still saved only with its warning, shown before saving.
  await page.getByRole('group', { name: 'Người dân' }).getByLabel('Cả ngày').fill('12');
  await page.getByLabel('Bê tông đoạn 1 (m³)').fill('11');
  await expect(page.getByTestId('check-warning')).toContainText('11 m³ cho 20 m mặt đường, theo thiết kế 2,5 m × 0,15 m là 7,5 m³ (lệch 47%)', { timeout: 30_000 });
  await expect(page.getByTestId('check-refusals')).toHaveCount(0);
  await shot(page, 'workday-correction-warning', { fullPage: true });
  expect((await recordsOf(page, 5))[0]).toMatchObject({ totals: { volumeM3: 10 } });

  // Rain: Nhóm 3's day is recorded as cancelled, with its reason and without people.
  await page.goto(newUrl(3));
  await expect(page.getByRole('heading', { name: 'Ghi nhận buổi ra quân', level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.getByLabel('Hủy buổi (mưa…) với lý do').check();
  await expect(page.getByLabel('Tuyến đường của đoạn 1')).toHaveCount(0);
  await page.getByRole('textbox', { name: 'Lý do hủy' }).fill('Mưa to từ sáng, đường trơn, không đổ được bê tông');
  await shot(page, 'workday-cancelled-new', { fullPage: true });
  await page.getByRole('button', { name: 'Ghi nhận buổi bị hủy' }).click();
  await expect(page.getByRole('heading', { name: /Buổi ra quân số \d+/, level: 1 })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('Buổi này đã bị hủy')).toBeVisible();
  await expect(page.getByText('Mưa to từ sáng, đường trơn, không đổ được bê tông')).toBeVisible();
  const cancelled = await recordsOf(page, 3);
  expect(cancelled).toHaveLength(1);
  expect(cancelled[0]).toMatchObject({ status: 'cancelled', cancelReason: 'Mưa to từ sáng, đường trơn, không đổ được bê tông', totals: { people: 0 } });
  await shot(page, 'workday-cancelled-saved', { fullPage: true });

  allowHttpError(errors, 400);
  expect(errors).toEqual([]);
  await context.close();
});
