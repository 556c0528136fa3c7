// English as complete as Vietnamese: every page, read in English by the office and by the
// commune, shows no raw code (snake_case like "stone_1x2"), no translation key (like
// "nav.homeHint" or "reports.status.draft") and no "(s)" plural.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

// Words people may legitimately write with an underscore or a dot are not codes: e-mail addresses,
// file names, web addresses, user names of the demo.
const ALLOWED = /^(commune\.tannam|commune\.yenthanh|group_lead|[\w.-]+@[\w.-]+|[\w-]+\.(xlsx|pdf|docx|csv|jpg|png|webp|geojson|kml|gpx))$/i;

function problems(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(/\b[a-z][a-z0-9]*_[a-z0-9_]+\b/g)) if (!ALLOWED.test(m[0])) out.add(`code ${m[0]}`);
  for (const m of text.matchAll(/\b[a-z]+(?:\.[a-z][a-zA-Z0-9]*){1,3}\b/g)) {
    if (/[A-Z]/.test(m[0]) || /^(nav|home|reports|plans|roads|workdays|stock|fund|directives|media|dashboard|public|common|layout|errors)\./.test(m[0])) {
      if (!ALLOWED.test(m[0])) out.add(`key ${m[0]}`);
    }
  }
  for (const m of text.matchAll(/\w+\(s\)/g)) out.add(`plural ${m[0]}`);
  return [...out];
}

async function walk(page: Page, paths: string[]) {
  const found: string[] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('h1').first()).toBeVisible();
    await expect(page.locator('.mantine-Loader')).toHaveCount(0, { timeout: 15_000 });
    const text = await page.locator('body').innerText();
    for (const p of problems(text)) found.push(`${path}: ${p}`);
  }
  return found;
}

async function english(page: Page) {
  await page.evaluate(() => localStorage.setItem('ntm-hub.lang', 'en'));
}

test('the office reads every page in English with no raw code', async ({ page }) => {
  test.setTimeout(300_000);
  await signIn(page, 'coordinator');
  await english(page);
  const lists = ['/', '/dashboard', '/campaigns', '/units', '/agencies', '/groups', '/import', '/plans', '/registrations', '/workdays',
    '/weekly-reports', '/district-report', '/ranking', '/fund', '/directives', '/tasks', '/media', '/roads', '/criterion2', '/road-map',
    '/concrete', '/stock', '/notifications', '/notifications/preferences', '/audit'];
  const found = await walk(page, lists);
  const details: string[] = [];
  for (const [list, pattern] of [['/campaigns', /^\/campaigns\/\d+$/], ['/plans', /^\/plans\/\d+$/], ['/workdays', /^\/workdays\/\d+$/],
    ['/weekly-reports', /^\/weekly-reports\/\d+$/], ['/directives', /^\/directives\/\d+$/], ['/roads', /^\/roads\/\d+$/],
    ['/stock', /^\/stock\/lots\/\d+$/], ['/dashboard', /^\/dashboard\/communes\/\d+$/]] as const) {
    await page.goto(list);
    await expect(page.locator('.mantine-Loader')).toHaveCount(0, { timeout: 15_000 });
    const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    const href = hrefs.find((h) => pattern.test(h));
    if (href) details.push(href);
  }
  found.push(...await walk(page, details));
  expect(found).toEqual([]);
});

test('the commune reads its home and its daily pages in English with no raw code', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'commune.tannam');
  await english(page);
  const found = await walk(page, ['/', '/workdays', '/registrations', '/weekly-reports', '/tasks', '/stock', '/fund']);
  await page.goto('/');
  await page.getByTestId('home-action-record').click();
  const text = await page.locator('body').innerText();
  found.push(...problems(text).map((p) => `workday form: ${p}`));
  expect(found).toEqual([]);
});
