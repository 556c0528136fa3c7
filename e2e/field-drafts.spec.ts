// Field mode, drafts and the outbox beyond a new record (issue 13), on a 360 px phone with the
// service worker: the record form reloaded with NO network (context.setOffline) keeps what was
// typed and can be discarded on purpose; the group lead's attendance on a saved record typed with no
// signal survives an offline reload, is queued when saved (a double tap queues it once) and is
// applied exactly once when the link returns; a double-clicked expenditure is one expenditure on the
// server. Days touched by no other browser test: Yên Thành 11/09 and 18/09/2021.
import { expect, test, type Page } from '@playwright/test';
import { allowHttpError, openNav, shot, signIn, waitForOfflineReady, watchConsole } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'allow' });

const YEN_THANH = 5;


/** The drafts kept on the phone (IndexedDB 'ntm-hub-field'), as JSON text, read outside the app. */
function storedDrafts(page: Page): Promise<string> {
  return page.evaluate(() => new Promise<string>((resolve, reject) => {
    const open = indexedDB.open('ntm-hub-field');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const all = open.result.transaction('drafts').objectStore('drafts').getAll();
      all.onsuccess = () => { resolve(JSON.stringify(all.result.map((d: { value: unknown }) => d.value))); open.result.close(); };
      all.onerror = () => reject(all.error);
    };
  }));
}

async function csrf(page: Page): Promise<string> {
  return ((await (await page.request.get('/api/v1/auth/me')).json()) as { csrfToken: string }).csrfToken;
}

async function groupId(page: Page, name: string): Promise<number> {
  const groups = (await (await page.request.get('/api/v1/groups?campaignId=1')).json()).items as Array<{ id: number; name: string }>;
  return groups.find((g) => g.name === name)!.id;
}

test('tải lại biểu mẫu buổi ra quân khi MẤT MẠNG: bản nháp còn nguyên, bỏ bản nháp thì biểu mẫu trống', async ({ page, context }) => {
  const errors = watchConsole(page);
  await signIn(page, 'commune.yenthanh');
  await waitForOfflineReady(page);
  const nhom6 = await groupId(page, 'Nhóm 6');
  await page.goto(`/workdays/new?campaignId=1&communeId=${YEN_THANH}&groupId=${nhom6}&day=2021-09-18`);
  await expect(page.getByRole('heading', { name: 'Ghi nhận buổi ra quân', level: 1 })).toBeVisible();
  const people = () => page.getByRole('group', { name: 'Người dân' }).getByLabel('Cả ngày');
  await people().fill('17');
  await page.getByLabel('Ghi chú của xã').fill('Bà con thôn Thác Hạ góp thêm 2 xe cát.');
  await expect(page.getByTestId('draft-saved')).toContainText('Bản nháp đã lưu trên điện thoại lúc');
  // Written a moment after the typing stops: both inputs are in the draft.
  await expect.poll(() => storedDrafts(page)).toContain('góp thêm 2 xe cát');
  // What the form read is on the phone (the service worker keeps each answer once it has arrived).
  // Every answer the form is drawn from, the session included: on a busy machine the worker may
  // still be writing one of them a moment after the form shows.
  await expect.poll(() => page.evaluate(async (g) => {
    const keys = (await (await caches.open('ntm-api')).keys()).map((r) => new URL(r.url).pathname);
    return ['/api/v1/auth/me', `/api/v1/groups/${g}`, '/api/v1/campaigns/1', '/api/v1/roads'].filter((p) => !keys.includes(p));
  }, nhom6), { timeout: 30_000 }).toEqual([]);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ghi nhận buổi ra quân', level: 1 })).toBeVisible();
  await expect(page.getByTestId('draft-restored')).toContainText('Đã mở lại bản nháp lưu trên điện thoại lúc');
  await expect(people()).toHaveValue('17');
  await expect(page.getByLabel('Ghi chú của xã')).toHaveValue('Bà con thôn Thác Hạ góp thêm 2 xe cát.');
  await expect(page.getByTestId('data-as-of')).toContainText('Mất mạng');
  await shot(page, 'field-draft-after-offline-reload', { fullPage: false });

  // "Bỏ bản nháp" on purpose: asked, then the form opens empty and stays so after another reload.
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Bỏ bản nháp' }).click();
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await expect(people()).toHaveValue('');
  await expect.poll(() => storedDrafts(page)).not.toContain('góp thêm 2 xe cát');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Ghi nhận buổi ra quân', level: 1 })).toBeVisible();
  await expect(people()).toHaveValue('');
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  await context.setOffline(false);
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
});

test('trưởng nhóm nhập người tham gia khi mất mạng: nháp qua lần tải lại, lưu thì chờ gửi, có mạng thì ghi đúng một lần', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);
  // The commune's side recorded the day first (through the API, as the office): Nhóm 1 in Yên Thành, 11/09.
  await signIn(page, 'coordinator');
  const nhom1 = await groupId(page, 'Nhóm 1');
  const created = await page.request.post('/api/v1/workdays', {
    headers: { 'x-csrf-token': await csrf(page), 'idempotency-key': crypto.randomUUID() },
    data: {
      clientId: crypto.randomUUID(), campaignId: 1, communeId: YEN_THANH, groupId: nhom1, day: '2021-09-11', planEntryId: null,
      commune: { people: { fullDay: 8, halfDay: 0 }, pours: [], supervisorName: null, supervisorPhone: null, weather: null, incidents: null, note: null },
    },
  });
  expect(created.status(), await created.text()).toBe(201);
  const w0 = (await created.json()) as { id: number; version: number };
  await page.request.post('/api/v1/auth/logout', { headers: { 'x-csrf-token': await csrf(page) } });

  await signIn(page, 'group_lead');
  await waitForOfflineReady(page);
  await page.goto(`/workdays/${w0.id}`);
  await expect(page.getByRole('heading', { name: `Buổi ra quân số ${w0.id}`, level: 1 })).toBeVisible();

  await context.setOffline(true);
  const lead = () => page.getByRole('group', { name: 'Văn phòng Huyện ủy' });
  await lead().getByLabel('Cả ngày').fill('9');
  await lead().getByLabel('Nửa ngày').fill('2');
  await expect(page.getByTestId('draft-saved')).toContainText('Bản nháp đã lưu trên điện thoại lúc');
  await expect.poll(() => storedDrafts(page)).toContain('"halfDay":2');
  await page.reload();
  await expect(page.getByTestId('draft-restored')).toContainText('Đã mở lại bản nháp lưu trên điện thoại lúc');
  await expect(lead().getByLabel('Cả ngày')).toHaveValue('9');
  await expect(lead().getByTestId('agency-labour-days')).toHaveText('10');

  // Saved with no signal, tapped twice: one item waits, the inputs are locked.
  await page.getByTestId('save-group').dblclick();
  await expect(page.getByTestId('queued-notice')).toContainText('Đã lưu trên điện thoại');
  await expect(page.getByTestId('outbox-badge')).toHaveText('1 chờ gửi');
  await expect(lead().getByLabel('Cả ngày')).toBeDisabled();
  await shot(page, 'field-attendance-queued', { fullPage: false });

  // Home, still with no signal: the "waiting to send" card says what waits, and opens the list.
  await page.goto('/');
  const card = page.getByTestId('home-card-outbox');
  await expect(card.getByTestId('home-outbox-summary')).toHaveText('1 mục chờ gửi');
  await expect(card.getByTestId('home-outbox-item')).toHaveText([`Người tham gia của nhóm, bản ghi số ${w0.id}Chờ gửi`]);
  await shot(page, 'field-home-waiting', { fullPage: false });
  await page.setViewportSize({ width: 1280, height: 800 });
  await shot(page, 'field-home-waiting-1280', { fullPage: false });
  await page.setViewportSize({ width: 360, height: 740 });
  await card.getByTestId('home-action-outbox').click();
  const list = page.getByRole('dialog', { name: 'Chờ gửi lên máy chủ' });
  await expect(list.getByTestId('outbox-item')).toHaveCount(1);
  await page.keyboard.press('Escape');
  await expect(list).toHaveCount(0);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/workdays/${w0.id}`);
  await expect(page.getByTestId('queued-notice')).toContainText('Đã lưu trên điện thoại');

  // The link returns: sent once, the form shows the saved record.
  let writes = 0;
  page.on('request', (r) => {
    if (r.method() === 'PATCH' && r.url().endsWith(`/workdays/${w0.id}/group`)) writes += 1;
  });
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(page.getByText('Đã lưu phần của nhóm')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('outbox-badge')).toHaveCount(0);
  await expect(page.getByTestId('queued-notice')).toHaveCount(0);
  await expect(page.getByTestId('draft-restored')).toHaveCount(0);
  const w1 = (await (await page.request.get(`/api/v1/workdays/${w0.id}`)).json()) as {
    version: number; groupPart: { attendance: Array<{ agency: { name: string }; fullDay: number; halfDay: number }> };
  };
  expect(w1.version).toBe(w0.version + 1);
  expect(w1.groupPart.attendance).toEqual([expect.objectContaining({ agency: expect.objectContaining({ name: 'Văn phòng Huyện ủy' }), fullDay: 9, halfDay: 2 })]);
  expect(writes).toBe(1);
  await shot(page, 'field-attendance-sent', { fullPage: false });
  // Sent: the home's card says nothing waits.
  await page.goto('/');
  await expect(page.getByTestId('home-outbox-summary')).toHaveText('Không có gì chờ gửi: mọi bản ghi đã lên máy chủ');
  await expect(page.getByTestId('home-action-outbox')).toHaveCount(0);
  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
});

test('bấm đúp «Lưu» khoản chi: máy chủ chỉ có một khoản chi', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page, 'commune.tannam');
  await openNav(page, 'Quỹ xã hội hóa');
  await page.getByRole('button', { name: 'Ghi khoản chi' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ghi khoản chi của xã' });
  await dialog.getByLabel('Tên hàng hóa, dịch vụ').fill('Thuê máy đầm cóc');
  await dialog.getByRole('textbox', { name: 'Số lượng', exact: true }).fill('2');
  await dialog.getByLabel('Đơn vị tính').fill('ca');
  await dialog.getByRole('textbox', { name: 'Đơn giá', exact: true }).fill('350000');
  await dialog.getByLabel('Đơn vị cung cấp').fill('Hộ kinh doanh Lò Văn Đầm');
  await dialog.getByLabel('Số hóa đơn').fill('HD-DUP-0713');
  await dialog.getByRole('button', { name: 'Lưu' }).dblclick();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByText(/Đã ghi khoản chi/).first()).toBeVisible();
  const funds = (await (await page.request.get('/api/v1/funds')).json()).items as Array<{ id: number }>;
  const entries = (await (await page.request.get(`/api/v1/funds/${funds[0].id}/entries?kind=expenditure&limit=200`)).json()).items as unknown[];
  expect(entries.filter((e) => JSON.stringify(e).includes('HD-DUP-0713'))).toHaveLength(1);
  allowHttpError(errors, 409);
  expect(errors).toEqual([]);
});
