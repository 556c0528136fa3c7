// While online, the week a clerk or group lead will record is put on the phone: the answers the
// workday list and the record form read (the campaign, its groups, the plan entries of the past and
// the coming seven days — a record is often written up a day or two later —, the commune's roads with their segments and remaining volume, the staging
// points and lots with on-hand quantities and inspection status). Each is fetched through the
// service worker, which keeps it (cache 'ntm-api', vite.config.ts), so the form opens and can be
// filled with no signal on Saturday. The URLs are those the pages ask for, built by the same API
// client with the same query order, because the service worker finds a kept answer by its URL.
// Runs when the app opens, when the service worker takes control and when the link comes back, at
// most every ten minutes.
import { useEffect } from 'react';
import { addDays } from '../../../domain/dates';
import type { Me } from '../../lib/types';
import { typedApi } from '../../lib/typed-api';
import { currentCampaign } from '../campaigns/api';
import { markWeekKept, markWeekNeeded } from './offline-ready';

const EVERY_MS = 10 * 60 * 1000;
const DAYS_AROUND = 7;
const MAX_GROUPS = 40; // a district's groups; beyond that only those of the plan
const lastRun = new Map<number, number>(); // user id → time of the last run (another user may sign in on this phone)
let running: Promise<void> | null = null;

/** Field roles only: the office works online. */
export function keepsWeek(me: Me): boolean {
  return me.user.role === 'commune' || me.user.role === 'group_lead';
}

async function quietly<T>(load: () => Promise<T>): Promise<T | null> {
  try {
    return await load();
  } catch {
    return null; // refused or offline: the rest is still worth keeping
  }
}

/** Fetches, through the service worker, everything the week's record forms read. Exported for the tests. */
export async function keepWeek(me: Me): Promise<void> {
  const campaigns = await quietly(() => typedApi.get('/campaigns'));
  const campaign = campaigns && currentCampaign(campaigns.items);
  if (!campaign) return;
  await quietly(() => typedApi.get('/campaigns/{id}', { path: { id: campaign.id } }));
  const groups = await quietly(() => typedApi.get('/groups', { query: { campaignId: campaign.id, q: '' } }));
  const list = await quietly(() => typedApi.get('/workdays', { query: { campaignId: campaign.id } }));
  const today = list?.today;
  if (!today) return;
  const first = addDays(today, -DAYS_AROUND);
  const last = addDays(today, DAYS_AROUND);
  const days = campaign.days.map((d) => d.day).filter((d) => d >= first && d <= last);

  const communeId = me.user.role === 'commune' ? me.user.unit?.id ?? null : null;
  const groupIds = new Set(me.ledGroups.filter((g) => g.campaignId === campaign.id).map((g) => g.id));
  // A commune may record a day outside the plan with any group.
  if (communeId && groups && groups.items.length <= MAX_GROUPS) for (const g of groups.items) groupIds.add(g.id);
  const communeIds = new Set(communeId ? [communeId] : []);
  for (const day of days) {
    await quietly(() => typedApi.get('/workdays', { query: { campaignId: campaign.id, day } }));
    const plans = await quietly(() => typedApi.get('/campaigns/{id}/plans', { path: { id: campaign.id }, query: { from: day, to: day } }));
    const planId = plans?.items.find((p) => p.day === day)?.plan?.id;
    if (!planId) continue;
    const plan = await quietly(() => typedApi.get('/plans/{id}', { path: { id: planId } }));
    for (const e of plan?.entries ?? []) {
      const mine = communeId ? e.commune.id === communeId : groupIds.has(e.group.id);
      if (!mine) continue;
      groupIds.add(e.group.id);
      communeIds.add(e.commune.id);
    }
  }
  for (const id of groupIds) await quietly(() => typedApi.get('/groups/{id}', { path: { id } }));
  for (const id of communeIds) {
    const roads = await quietly(() => typedApi.get('/roads', { query: { communeId: id, limit: 500 } }));
    for (const road of roads?.items ?? []) await quietly(() => typedApi.get('/roads/{id}', { path: { id: road.id } }));
    await quietly(() => typedApi.get('/stock', { query: { unitId: id } }));
  }
}

/**
 * In the layout: keeps who is signed in (/auth/me: the first visit asked it before the service worker
 * was there) for everyone, and the week for a field user, while the app is open and online.
 */
export function useKeepWeek(me: Me): void {
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return;
    markWeekNeeded(true);
    const run = () => {
      if (!navigator.onLine || !navigator.serviceWorker.controller || running || Date.now() - (lastRun.get(me.user.id) ?? 0) < EVERY_MS) return;
      lastRun.set(me.user.id, Date.now());
      running = (async () => {
        await quietly(() => typedApi.get('/auth/me'));
        if (keepsWeek(me)) await keepWeek(me);
        markWeekKept();
      })().finally(() => { running = null; });
    };
    // After the page's own requests: the first screen comes first on a slow link.
    const timer = window.setTimeout(run, 3000);
    navigator.serviceWorker.addEventListener('controllerchange', run);
    window.addEventListener('online', run);
    return () => {
      window.clearTimeout(timer);
      navigator.serviceWorker.removeEventListener('controllerchange', run);
      window.removeEventListener('online', run);
      markWeekNeeded(false);
    };
  }, [me]);
}
