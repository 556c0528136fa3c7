// Shared steps of the browser tests: sign in through the form, save a numbered screenshot of every
// page visited (e2e/screenshots/, gitignored), and fail on any console error or failed request.
import { expect, type Page } from '@playwright/test';
import fs from 'node:fs';
import path from 'node:path';

export const DEMO_PASSWORD = 'ntm-demo-2021';
const SHOTS = path.join(import.meta.dirname, 'screenshots');
let counter = 0;

/**
 * Saves the page as e2e/screenshots/<NN>-<name>.png: the whole page, or only the screen when a
 * dialog is open (its overlay covers the screen, not the page) or when asked.
 */
export async function shot(page: Page, name: string, opts: { fullPage?: boolean } = {}): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  counter += 1;
  // Let fonts and transitions settle so the picture shows what a person sees.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(250);
  const dialogOpen = (await page.getByRole('dialog').count()) > 0;
  await page.screenshot({
    path: path.join(SHOTS, `${String(counter).padStart(2, '0')}-${name}.png`),
    fullPage: opts.fullPage ?? !dialogOpen,
  });
}

/** Collects console errors and page errors; the test asserts the list is empty at its end. */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return errors;
}

/**
 * Drops the browser's own "Failed to load resource … status of <status>" lines after a step that
 * provokes that answer on purpose (a wrong password, a refused write); anything else stays.
 */
export function allowHttpError(errors: string[], status: number): void {
  const expected = `status of ${status}`;
  const kept = errors.filter((e) => !(e.startsWith('Failed to load resource') && e.includes(expected)));
  errors.splice(0, errors.length, ...kept);
}

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await expect(page.getByRole('heading', { name: 'Đăng nhập' })).toBeVisible();
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('heading', { name: 'Tổng quan', level: 1 })).toBeVisible();
}

/** Opens a page from the side navigation (through the burger on phones). */
export async function openNav(page: Page, label: string): Promise<void> {
  const burger = page.getByRole('button', { name: 'Mở hoặc đóng menu' });
  if (await burger.isVisible()) await burger.click();
  await page.getByRole('navigation').getByRole('link', { name: label }).click();
}

/** Picks an option of a Mantine Select / MultiSelect by typing part of it (accents optional). */
export async function pick(page: Page, label: string, typed: string, option: string | RegExp): Promise<void> {
  const box = page.getByRole('combobox', { name: label, exact: true })
    .or(page.getByRole('textbox', { name: label, exact: true })).first();
  await box.click();
  if (await box.isEditable()) await box.fill(typed);
  await page.getByRole('option', { name: option }).first().click();
  // A MultiSelect keeps its list open after a pick: a click on the dialog's (or page's) title
  // closes it without moving focus into the next picker.
  const dialog = page.getByRole('dialog');
  const title = (await dialog.count()) ? dialog.locator('.mantine-Modal-title') : page.getByRole('heading', { level: 1 });
  await title.first().click();
  await expect(page.getByRole('listbox')).toHaveCount(0);
}

/**
 * Waits until the service worker is active and controls the page, so the answers read from now on
 * are kept on the phone. Polled with evaluate, which awaits the page's promise (a waitForFunction
 * predicate that returns a promise counts as true at once, which let tests go on uncontrolled).
 */
export async function waitForOfflineReady(page: Page, timeout = 60_000): Promise<void> {
  await expect.poll(() => page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    return !!reg?.active && reg.active.state === 'activated' && !!navigator.serviceWorker.controller;
  }), { timeout }).toBe(true);
}
