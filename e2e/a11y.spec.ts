// Accessibility (WCAG 2.2 AA) on every page: axe-core runs on each page at 1280 px and at 360 px,
// signed in once per role, and the test fails on any moderate, serious or critical violation (a heading level skipped is moderate). It also checks
// that each page has exactly one h1 and a main landmark. The counts per page are printed, so a
// regression shows where it is.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
interface Row { page: string; width: number; serious: number; critical: number; moderate: number; ms: number; rules: string[] }
const rows: Row[] = [];

/** Waits until the page's content is drawn: its h1 shown and no loader left. */
async function settled(page: Page) {
  await expect(page.locator('h1, h2').first()).toBeVisible();
  await expect(page.locator('.mantine-Loader')).toHaveCount(0, { timeout: 15_000 });
  await page.waitForTimeout(150);
}

async function audit(page: Page, name: string) {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: width === 360 ? 780 : 860 });
    await settled(page);
    const started = Date.now();
    // Only violations are reported in detail: it keeps each run short.
    const result = await new AxeBuilder({ page }).withTags(WCAG).options({ resultTypes: ['violations'] }).analyze();
    const count = (impact: string) => result.violations.filter((v) => v.impact === impact).reduce((s, v) => s + v.nodes.length, 0);
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical' || v.impact === 'moderate');
    rows.push({ page: name, width, serious: count('serious'), critical: count('critical'), moderate: count('moderate'), ms: Date.now() - started,
      rules: bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`) });
    expect.soft(bad.map((v) => `${v.id} (${v.nodes.length})`), `${name} at ${width} px`).toEqual([]);
  }
  expect.soft(await page.locator('h1').count(), `${name}: one h1`).toBe(1);
  expect.soft(await page.locator('main').count(), `${name}: a main landmark`).toBe(1);
}

/** The first link on the current page whose address matches, e.g. the first plan of the list. */
async function firstLink(page: Page, pattern: RegExp): Promise<string> {
  await settled(page);
  // A list may start its own query after the page's first loader is gone: wait for the link itself.
  let href: string | undefined;
  await expect.poll(async () => {
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    href = hrefs.find((h) => pattern.test(h));
    return href ?? null;
  }, { message: `a link matching ${pattern} on ${page.url()}`, timeout: 20_000 }).not.toBeNull();
  return href!;
}

async function visit(page: Page, path: string) {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.goto(path);
  await audit(page, path);
}

test.afterAll(() => {
  console.log('\naxe-core (WCAG 2.2 AA), nodes per impact:');
  for (const r of rows) console.log(`${r.page.padEnd(34)} ${String(r.width).padStart(4)} px  serious ${r.serious}  critical ${r.critical}  moderate ${r.moderate}  ${r.ms} ms${r.rules.length ? `\n    ${r.rules.join('\n    ')}` : ''}`);
});

test('sign-in and public pages', async ({ page }) => {
  await visit(page, '/sign-in');
  await visit(page, '/cong-khai');
});

// The office's menu in two halves, so each test stays within its time on a busy machine.
const MENU = ['/dashboard', '/campaigns', '/units', '/agencies', '/groups', '/import', '/plans', '/registrations', '/workdays',
  '/weekly-reports', '/district-report', '/ranking', '/fund', '/directives', '/tasks', '/media', '/roads', '/criterion2', '/road-map',
  '/concrete', '/stock', '/audit', '/notifications', '/notifications/preferences', '/account/password'];

for (const [half, paths] of [['first', MENU.slice(0, 12)], ['second', MENU.slice(12)]] as const) {
  test(`the office: the ${half} half of the menu`, async ({ page }) => {
    test.setTimeout(900_000);
    await signIn(page, 'coordinator');
    if (half === 'first') await audit(page, '/');
    for (const path of paths) await visit(page, path);
  });
}

test('the office: one of each detail page', async ({ page }) => {
  test.setTimeout(900_000);
  await signIn(page, 'coordinator');
  for (const [list, pattern] of [['/campaigns', /^\/campaigns\/\d+$/], ['/plans', /^\/plans\/\d+$/], ['/workdays', /^\/workdays\/\d+$/],
    ['/weekly-reports', /^\/weekly-reports\/\d+$/], ['/directives', /^\/directives\/\d+$/], ['/stock', /^\/stock\/lots\/\d+$/]] as const) {
    await page.goto(list);
    await visit(page, await firstLink(page, pattern));
  }
  const road = (await (await page.request.get('/api/v1/roads')).json()) as { items: Array<{ id: number }> };
  await visit(page, `/roads/${road.items[0].id}`);
  const dashboard = (await (await page.request.get('/api/v1/dashboard')).json()) as { communes: Array<{ commune: { id: number } }> };
  await visit(page, `/dashboard/communes/${dashboard.communes[0].commune.id}`);
  await visit(page, await firstLink(page, /^\/dashboard\/roads\/\d+$/));
  await visit(page, await firstLink(page, /^\/dashboard\/segments\/\d+$/));
});

test('the other roles: home and their daily pages', async ({ page }) => {
  test.setTimeout(900_000);
  await signIn(page, 'admin');
  await visit(page, '/users');
  await page.context().clearCookies();
  await signIn(page, 'commune.tannam');
  await audit(page, '/ (commune)');
  await page.getByTestId('home-action-record').click();
  await audit(page, '/workdays/new (commune)');
  for (const role of ['group_lead', 'agency', 'inspector', 'media', 'leader']) {
    await page.context().clearCookies();
    await signIn(page, role);
    await audit(page, `/ (${role})`);
  }
});
