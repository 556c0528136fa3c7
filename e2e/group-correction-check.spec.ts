// The group lead's correction is checked before saving (issue 14), on a 360 px phone on a slow link
// (400 kbit/s, 400 ms). The demo has no user for Nhóm 3, whose officials worked the campaign's first
// Saturdays on the Tân Thượng alley (Tân Nam), so the administrator creates one through the API for
// its lead agency, Văn phòng HĐND và UBND huyện. The group lead opens Saturday 11/09/2021 and types
// 9 officials of Phòng Tư pháp (5 staff) for the whole day: the refusal shows before saving, naming
// the agency in words (never the field's code); saving keeps it on the form and writes nothing.
// Nothing is left changed, so the specs counting the demo's figures still read the same records.
import { expect, test, type Page } from '@playwright/test';
import { allowHttpError, shot, signIn, watchConsole } from './helpers';

const PHONE = { width: 360, height: 740 };
const LEAD = { username: 'nhom3.truongnhom', password: 'mat-khau-nhom-3-2021', displayName: 'Lý Thị Thu (thử nghiệm)' };
const LEAD_AGENCY = 'Văn phòng HĐND và UBND huyện';
const JUSTICE = 'Phòng Tư pháp';

type Attendance = Array<{ agency: { id: number; name: string }; fullDay: number; halfDay: number }>;
interface Saved { id: number; version: number; actions: string[]; group: { name: string }; groupPart: { attendance: Attendance }; totals: { officials: number } }

async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
}

/** The administrator creates the group lead's account (already there when the spec runs again on the same data). */
async function createGroupLead(page: Page) {
  await signIn(page, 'admin');
  const agencies = (await (await page.request.get(`/api/v1/agencies?q=${encodeURIComponent(LEAD_AGENCY)}`)).json()).items as Array<{ id: number; name: string }>;
  const agency = agencies.find((a) => a.name === LEAD_AGENCY);
  expect(agency, LEAD_AGENCY).toBeTruthy();
  const res = await page.request.post('/api/v1/users', {
    headers: { 'x-csrf-token': await csrf(page) },
    data: { username: LEAD.username, displayName: LEAD.displayName, password: LEAD.password, role: 'group_lead', agencyId: agency!.id },
  });
  expect([201, 409], await res.text()).toContain(res.status());
}

async function workdayOf(page: Page, id: number): Promise<Saved> {
  return (await page.request.get(`/api/v1/workdays/${id}`)).json();
}

test('nhóm trưởng sửa điểm danh: số cán bộ vượt biên chế bị từ chối trước khi lưu, nêu tên cơ quan, không ghi gì', async ({ browser }) => {
  const admin = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await createGroupLead(await admin.newPage());
  await admin.close();

  const context = await browser.newContext({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  const page = await context.newPage();
  const errors = watchConsole(page);
  await signIn(page, LEAD.username, LEAD.password);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 400, downloadThroughput: 50_000, uploadThroughput: 50_000 });

  // Nhóm 3's Saturday 11/09 in Tân Nam: the group lead may still correct its part (no approved report holds it).
  const list = (await (await page.request.get('/api/v1/workdays?campaignId=1&day=2021-09-11')).json()).items as Array<{ id: number; group: { name: string } }>;
  const listed = list.find((x) => x.group.name === 'Nhóm 3');
  expect(listed, 'Nhóm 3 on 11/09/2021').toBeTruthy();
  const before = await workdayOf(page, listed!.id);
  expect(before.actions).toContain('editGroup');
  const justice = before.groupPart.attendance.find((a) => a.agency.name === JUSTICE)!;
  expect(justice.fullDay + justice.halfDay).toBeLessThanOrEqual(5);

  await page.goto(`/workdays/${before.id}`);
  await expect(page.getByRole('heading', { name: `Buổi ra quân số ${before.id}`, level: 1 })).toBeVisible({ timeout: 30_000 });
  const fullDay = page.getByRole('group', { name: JUSTICE }).getByLabel('Cả ngày');
  await expect(fullDay).toHaveValue(String(justice.fullDay), { timeout: 30_000 });
  await fullDay.fill('9');
  const refusal = page.getByTestId('check-refusal');
  await expect(refusal).toHaveText(`${JUSTICE}: ${JUSTICE} có 5 cán bộ nhưng được nhập ${9 + justice.halfDay} lượt trong ngày`, { timeout: 30_000 });
  await expect(page.getByTestId('check-refusals')).toContainText('Chưa lưu được: hãy sửa các số liệu sau');
  await expect(page.locator('body')).not.toContainText('attendance.');
  expect(await workdayOf(page, before.id)).toEqual(before);
  await shot(page, 'group-correction-refused', { fullPage: true });

  // Saving asks the server's check first: refused, the agency's fields marked, nothing queued or written.
  await page.getByTestId('save-group').click();
  await expect(page.getByRole('group', { name: JUSTICE }).getByRole('alert')).toContainText(`${JUSTICE} có 5 cán bộ`, { timeout: 30_000 });
  await expect(page.getByTestId('queued-notice')).toHaveCount(0);
  await expect(refusal).toBeVisible();
  expect(await workdayOf(page, before.id)).toEqual(before);
  await shot(page, 'group-correction-save-refused', { fullPage: true });

  // Back to the saved number: the refusal goes, and the record is as it was.
  await fullDay.fill(String(justice.fullDay));
  await expect(page.getByTestId('check-refusals')).toHaveCount(0, { timeout: 30_000 });
  expect(await workdayOf(page, before.id)).toEqual(before);

  allowHttpError(errors, 400);
  expect(errors).toEqual([]);
  await context.close();
});
