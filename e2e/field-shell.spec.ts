// Field mode, the app shell (issue 13): on a 360 px phone, after one visit online the app opens with
// no network, the signed-in clerk still sees the workday list and a workday with the answers kept on
// the phone ("cập nhật lúc HH:mm"), and a page never opened says in Vietnamese that it needs the
// network the first time, instead of the browser's "no internet" page or a crash. Also the headers
// that make the first visit light: precompressed, immutable assets; index.html and the service
// worker revalidated; JSON answers compressed.
import { expect, test, type Page } from '@playwright/test';
import { shot, signIn, waitForOfflineReady, watchConsole } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });

test('tệp tĩnh được nén sẵn, có Vary và bộ nhớ đệm đúng; JSON lớn được nén', async ({ request }) => {
  const index = await request.get('/', { headers: { 'accept-encoding': 'br, gzip' } });
  expect(index.headers()['cache-control']).toBe('no-cache');
  const html = await index.text();
  // The entry itself is a few hundred bytes (too small to compress); the app's frame is the shell it preloads.
  const entry = /<link rel="modulepreload" crossorigin href="(\/assets\/shell-[^"]+\.js)"/.exec(html)?.[1];
  expect(entry, 'the shell script index.html preloads').toBeTruthy();
  const css = /<link rel="stylesheet" crossorigin href="(\/assets\/[^"]+\.css)"/.exec(html)?.[1];
  expect(css, 'the stylesheet in index.html').toBeTruthy();

  for (const [accept, encoding] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']] as const) {
    for (const file of [entry!, css!]) {
      const res = await request.get(file, { headers: { 'accept-encoding': accept } });
      expect(res.status()).toBe(200);
      const h = res.headers();
      expect(h['content-encoding'], `${file} with ${accept}`).toBe(encoding);
      expect(h.vary).toMatch(/accept-encoding/i);
      expect(h['cache-control']).toBe('public, max-age=31536000, immutable');
      // Playwright decodes the body: it must still be the script or stylesheet itself.
      expect((await res.body()).length).toBeGreaterThan(Number(h['content-length']));
    }
  }
  const plain = await request.get(entry!, { headers: { 'accept-encoding': 'identity' } });
  expect(plain.headers()['content-encoding']).toBeUndefined();
  expect(plain.headers().vary).toMatch(/accept-encoding/i);

  const sw = await request.get('/sw.js');
  expect(sw.status()).toBe(200);
  expect(sw.headers()['cache-control']).toBe('no-cache');
  const manifest = await request.get('/manifest.webmanifest');
  expect((await manifest.json()).name).toBe('Ngày thứ 7 vì nông thôn mới');

  // A chunk of an older version that is gone is a missing file, not index.html.
  expect((await request.get('/assets/WorkdayPage-gone1234.js')).status()).toBe(404);

  const openapi = await request.get('/api/v1/openapi.json', { headers: { 'accept-encoding': 'gzip' } });
  expect(openapi.headers()['content-encoding']).toBe('gzip');
  expect(openapi.headers().vary).toMatch(/accept-encoding/i);
  expect((await openapi.json()).openapi).toBe('3.1.0');
  const health = await request.get('/api/v1/health', { headers: { 'accept-encoding': 'gzip' } });
  expect(health.headers()['content-encoding'], 'an answer under 1 kB is sent as it is').toBeUndefined();
});


/** The API answers the service worker keeps on the phone (its cache 'ntm-api'), as paths. */
function keptAnswers(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('ntm-api');
    return (await cache.keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search);
  });
}

test('sau một lần mở khi có mạng, ứng dụng mở được khi mất mạng và xã thấy các buổi ra quân', async ({ page, context }) => {
  const consoleErrors = watchConsole(page);
  let workdayUrl = '';
  let workdayApi = '';

  await test.step('lần đầu, có mạng: đăng nhập, mở danh sách và một buổi ra quân', async () => {
    await signIn(page, 'commune.tannam');
    await waitForOfflineReady(page);
    // The answers below go through the service worker now, so they are kept on the phone.
    await page.goto('/workdays');
    await expect(page.getByRole('heading', { name: 'Ngày ra quân', level: 1 })).toBeVisible();
    const first = page.getByRole('link', { name: /^Nhóm \d+ · / }).first();
    await first.click();
    await expect(page.getByRole('heading', { name: /Buổi ra quân số \d+/, level: 1 })).toBeVisible();
    workdayUrl = new URL(page.url()).pathname;
    workdayApi = `/api/v1${workdayUrl}`;
    await expect(page.getByTestId('offline-badge')).toHaveCount(0);
    await expect(page.getByTestId('data-as-of')).toHaveCount(0);
  });

  await test.step('mất mạng, tải lại: vẫn đăng nhập, buổi ra quân hiện với dữ liệu lưu trên máy', async () => {
    // "After one visit": the answers the pages read are on the phone before the signal goes, and so
    // is the commune's week that the record form reads (web/features/offline/keep-week.ts).
    await expect.poll(() => keptAnswers(page), { timeout: 60_000 }).toEqual(expect.arrayContaining([
      '/api/v1/auth/me', workdayApi, '/api/v1/campaigns/1/plans?from=2021-10-16&to=2021-10-16',
      '/api/v1/roads?communeId=4&limit=500', '/api/v1/stock?unitId=4',
    ]));
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: /Buổi ra quân số \d+/, level: 1 })).toBeVisible();
    // A phone's header has no room for the badge: the line above the page says it.
    await expect(page.getByTestId('data-as-of')).toContainText(/^Mất mạng\. Dữ liệu lưu trên máy, cập nhật lúc \d{2}:\d{2}$/);
    await shot(page, 'ngoai-tuyen-buoi-ra-quan-dien-thoai', { fullPage: false });
  });

  await test.step('mất mạng: danh sách buổi ra quân mở được từ trang chủ', async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    await page.goto('/workdays');
    await expect(page.getByRole('heading', { name: 'Ngày ra quân', level: 1 })).toBeVisible();
    await expect(page.locator(`a[href="${workdayUrl}"]`)).toBeVisible();
    await shot(page, 'ngoai-tuyen-danh-sach-buoi-ra-quan-dien-thoai');
  });

  await test.step('mất mạng: mở biểu mẫu ghi nhận buổi mới chưa từng mở, điền được với dữ liệu của tuần', async () => {
    await page.getByRole('button', { name: 'Ghi nhận buổi mới' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ghi nhận buổi ra quân' });
    // The plan of the last Saturday (kept by the week's prefetch, never opened): Nhóm 1 recorded it.
    await expect(dialog.getByTestId('plan-entry').filter({ hasText: 'Nhóm 1 · Tân Nam' })).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Nhóm', exact: true }).or(dialog.getByRole('combobox', { name: 'Nhóm', exact: true })).first().click();
    await page.getByRole('option', { name: 'Nhóm 2' }).first().click();
    await dialog.getByRole('link', { name: 'Ghi nhận buổi ngoài kế hoạch' }).click();
    await expect(page.getByRole('heading', { name: 'Ghi nhận buổi ra quân', level: 1 })).toBeVisible();
    await page.getByLabel('Cả ngày').fill('15');
    await page.getByLabel('Nửa ngày').fill('4');
    // The commune's lots with what is on hand and their inspection status, from the phone.
    await page.getByRole('button', { name: 'Thêm vật liệu xuất' }).click();
    await page.getByLabel('Lô của vật liệu 1').click();
    await expect(page.getByRole('option', { name: /^Xi măng PCB40 · lô số \d+ · .* · còn [\d.]+ kg · Đạt kiểm tra$/ }).first()).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Ghi nhận buổi ra quân' })).toBeEnabled();
    await shot(page, 'ngoai-tuyen-bieu-mau-buoi-moi-dien-thoai', { fullPage: false });
  });

  await test.step('mất mạng: trang chưa từng mở báo bằng tiếng Việt, không sập', async () => {
    await page.goto('/road-map');
    await expect(page.getByTestId('page-not-on-phone')).toBeVisible();
    await expect(page.getByText('Trang này chưa có trên máy')).toBeVisible();
    await expect(page.getByText('Cần kết nối mạng để mở trang này lần đầu.', { exact: false })).toBeVisible();
    // The header and menu stay usable.
    await expect(page.getByTestId('user-menu')).toBeVisible();
    await shot(page, 'ngoai-tuyen-trang-chua-co-tren-may-dien-thoai', { fullPage: false });
  });

  await test.step('có mạng lại: trang mở bình thường, không còn nhãn mất mạng', async () => {
    await context.setOffline(false);
    await page.goto('/workdays');
    await expect(page.getByRole('heading', { name: 'Ngày ra quân', level: 1 })).toBeVisible();
    await expect(page.getByTestId('offline-badge')).toHaveCount(0);
    await expect(page.getByTestId('data-as-of')).toHaveCount(0);
  });

  // Offline, the browser logs each request it could not make; anything else is a fault.
  expect(consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(e))).toEqual([]);
});
