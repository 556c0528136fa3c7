// Field mode (issue 13): the last signed-in session is kept on the phone (IndexedDB), so the app
// opens offline as the clerk even when the service worker never kept the /auth/me answer (a first
// visit closed early, a cleared cache); sign-out forgets it. On a 360 px phone, service worker on.
import { expect, test, type Page } from '@playwright/test';
import { openNav, shot, signIn, watchConsole } from './helpers';

test.use({ viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });

/** The session row the app keeps in IndexedDB (web/features/offline/kept-session.ts), read with the browser's own API. */
function keptSession(page: Page) {
  return page.evaluate(() => new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open('ntm-hub-field');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains('session')) {
        db.close();
        resolve(null);
        return;
      }
      const get = db.transaction('session').objectStore('session').get('me');
      get.onsuccess = () => {
        db.close();
        resolve(get.result ?? null);
      };
      get.onerror = () => reject(get.error);
    };
  }));
}

/** Removes the service worker's kept /auth/me answer: the phone has only IndexedDB's session. */
async function dropKeptMe(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const cache = await caches.open('ntm-api');
    let dropped = 0;
    for (const r of await cache.keys()) if (new URL(r.url).pathname === '/api/v1/auth/me' && await cache.delete(r)) dropped += 1;
    return dropped;
  });
}

test('phiên đăng nhập lưu trên điện thoại: mất mạng vẫn mở được khi bộ nhớ đệm không còn /auth/me; đăng xuất thì xóa', async ({ page, context }) => {
  test.setTimeout(180_000);
  const errors = watchConsole(page);

  await test.step('có mạng: đăng nhập, ứng dụng báo đã sẵn sàng dùng khi mất mạng', async () => {
    await signIn(page, 'commune.tannam');
    // (Said about the app alone first when the worker was ready on the sign-in page.)
    await expect(page.getByText('Ứng dụng và dữ liệu tuần này đã lưu trên điện thoại: có thể mở và ghi nhận cả khi không có sóng.')).toBeVisible({ timeout: 60_000 });
    await expect(page.getByText('Sẵn sàng dùng khi mất mạng').first()).toBeVisible();
    await shot(page, 'phien-san-sang-mat-mang-dien-thoai', { fullPage: false });
    const kept = await keptSession(page) as { key: string; me: { user: { username: string; role: string; unit: { name: string } | null }; permissions: string[] } } | null;
    expect(kept?.me.user).toMatchObject({ username: 'commune.tannam', role: 'commune', unit: { name: 'Tân Nam' } });
    expect(kept?.me.permissions).toContain('workdays.write');
    expect(JSON.stringify(kept)).not.toMatch(/password|ntm-demo-2021/i);
  });

  await test.step('mất mạng, không còn /auth/me trong bộ nhớ đệm: vẫn mở danh sách buổi ra quân với tên người dùng', async () => {
    await page.goto('/workdays');
    await expect(page.getByRole('heading', { name: 'Ngày ra quân', level: 1 })).toBeVisible();
    expect(await dropKeptMe(page)).toBeGreaterThan(0);
    await context.setOffline(true);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Ngày ra quân', level: 1 })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toContainText('Ma Văn Nam (demo)');
    await expect(page.getByTestId('data-as-of')).toContainText(/^Mất mạng\./);
    await openNav(page, 'Tổng quan');
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    await shot(page, 'phien-tu-dien-thoai-mat-mang', { fullPage: false });
  });

  await test.step('có mạng, đăng xuất: phiên trên điện thoại bị xóa; mất mạng thì chỉ còn trang đăng nhập', async () => {
    await context.setOffline(false);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
    await page.getByTestId('user-menu').click();
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click();
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await expect.poll(() => keptSession(page)).toBeNull();
    await context.setOffline(true);
    await page.goto('/workdays');
    await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
    await expect(page.getByTestId('user-menu')).toHaveCount(0);
    await shot(page, 'phien-da-dang-xuat-mat-mang', { fullPage: false });
  });

  expect(errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(e))).toEqual([]);
});
