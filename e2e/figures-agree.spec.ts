// One definition per figure (issue 14), seen by a leader: the dashboard's latest Saturday of the demo
// (16/10/2021) and the district report of its week (week 41/2021, whose only campaign day it is)
// show the same metres, m³, participants and labour-days. Read-only: no other spec is affected.
import { expect, test, type Locator } from '@playwright/test';
import { shot, signIn, watchConsole } from './helpers';

/** "1.234,5" → 1234.5 (vi-VN). */
const vi = (s: string) => Number(s.trim().replace(/\./g, '').replace(',', '.'));
const cellsOf = async (row: Locator) => (await row.getByRole('cell').allTextContents()).map((s) => s.trim());

test('lãnh đạo: Bảng điều hành và báo cáo huyện cho cùng số liệu của Thứ Bảy 16/10/2021', async ({ page }) => {
  const errors = watchConsole(page);
  await signIn(page, 'leader');
  await page.goto('/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Bảng điều hành' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: /16\/10\/2021/ })).toBeVisible();
  const day = page.getByTestId('last-day-headline');
  const [m, m3] = (await day.getByTestId('poured').textContent())!.split('·').map((s) => vi(s.replace(/m³|m/g, '')));
  const dashboard = { lengthM: m, volumeM3: m3, participants: vi((await day.getByTestId('participants').textContent())!),
    labourDays: vi((await day.getByTestId('labour-days').textContent())!) };
  // The demo's Saturday: the closing note's 40 m, 21,5 m³, 88 participants and 81,5 labour-days of the
  // two groups, with the military command's own road (14 m, 7,5 m³, 34 participants, 33 labour-days).
  expect(dashboard).toEqual({ lengthM: 54, volumeM3: 29, participants: 122, labourDays: 114.5 });
  await shot(page, 'figures-agree-dashboard');

  await page.goto('/district-report');
  await expect(page.getByRole('heading', { level: 1, name: 'Báo cáo huyện' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tuần 41/2021' })).toBeVisible();
  const table = page.getByTestId('communes-table');
  const header = await table.getByRole('columnheader').allTextContents();
  const col = (name: RegExp) => header.findIndex((h) => name.test(h));
  const total = await cellsOf(table.getByRole('row').last());
  const district = {
    lengthM: vi(total[col(/Chiều dài/)]), volumeM3: vi(total[col(/Bê tông/)]),
    participants: vi(total[col(/Cán bộ/)]) + vi(total[col(/Nhân dân/)]), labourDays: vi(total[col(/Ngày công/)]),
  };
  expect(district).toEqual(dashboard);
  await table.scrollIntoViewIfNeeded();
  await shot(page, 'figures-agree-district');
  expect(errors).toEqual([]);
});
