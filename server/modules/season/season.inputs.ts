// What the season plan reads, as of the business date: the campaign's remaining Saturdays up to the
// deadline (its end, and never past 31/12 of its year: criterion 2 is counted by year), its groups
// as teams (staff of the member agencies × their past turnout), the target communes with their
// working mixers per day and what criterion 2 still misses, the roads and their remaining segments
// with the assigned group, future entries already in a plan, and the office's pins and bans.
import type { Kysely } from 'kysely';
import { INDICATORS, type Indicator } from '../../../domain/criterion2.js';
import type { RoadClass } from '../../../domain/roads.js';
import type { SeasonInput } from '../../../domain/season-plan.js';
import type { RequestContext } from '../../http/context.js';
import type { Database } from '../../db/schema.js';
import { communeView, communesByIds } from '../criteria/index.js';
import { businessToday } from '../directives/index.js';
import { listGroups } from '../groups/index.js';
import { materialsByCommune } from '../materials/index.js';
import { seasonMaterials, type CommuneStock } from '../../../domain/season-plan.js';
import { assignmentMap, getPlanSettings, mixersOn, roadSettings, segmentFacts, type SegmentFact } from '../plans/index.js';
import { getSeasonSettings, listOverrides } from './season.repository.js';

export interface SeasonContext {
  campaign: { id: number; name: string };
  asOf: string;
  communeNames: Record<number, string>;
  segments: SegmentFact[];
  drumLitres: number;
  timeLimitSeconds: number;
  turnout: Record<number, { percent: number; fromHistory: boolean }>;
}

/** The season plan's input for a campaign, or null when there is no such campaign. */
export async function loadSeasonInput(ctx: RequestContext, campaignId: number): Promise<{ input: SeasonInput; context: SeasonContext } | null> {
  const db = ctx.db;
  const campaign = await db.selectFrom('campaigns').select(['id', 'name']).where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) return null;
  const asOf = await businessToday(db);
  // Criterion 2 is counted by year: the deadline is 31/12; the Saturdays are the campaign's up to then.
  const deadline = `${asOf.slice(0, 4)}-12-31`;
  const days = (await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', campaignId)
    .where('day', '>=', asOf).where('day', '<=', deadline).orderBy('day').execute()).map((r) => r.day);
  const settings = await getSeasonSettings(db, campaignId);
  const planSettings = await getPlanSettings(db, campaignId);
  const road = await roadSettings(db);

  const communeIds = (await db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).execute()).map((r) => r.unit_id);
  const communes = await communesByIds(db, communeIds.length ? communeIds : [0]);
  const facts = await segmentFacts(db, { communeIds });
  const assigned = await assignmentMap(db, campaignId);
  const roadRows = facts.length ? await db.selectFrom('roads').select(['id', 'name', 'commune_id', 'road_class']).where('id', 'in', [...new Set(facts.map((f) => f.roadId))]).execute() : [];
  const classOf = new Map(roadRows.map((r) => [r.id, r.road_class as RoadClass]));

  // Teams: each group's staff, and its turnout on recorded workdays (people who came ÷ staff).
  const groups = await listGroups(db, { campaignId });
  const turnout: SeasonContext['turnout'] = {};
  const history = await turnoutByGroup(db, campaignId);
  const teams = groups.map((g) => {
    const staff = g.members.reduce((s, m) => s + m.staff_count, 0);
    const h = history.get(g.id);
    const percent = h && staff > 0 ? Math.max(10, Math.min(100, Math.round((h.people / h.days / staff) * 100))) : settings.defaultTurnoutPercent;
    turnout[g.id] = { percent, fromHistory: !!h };
    return { id: g.id, name: g.name, staff, expectedHeadcount: Math.round((staff * percent) / 100) };
  });

  // Criterion 2: what each indicator misses, less what is poured and waiting for acceptance.
  const seasonCommunes: SeasonInput['communes'] = [];
  for (const c of communes) {
    const view = await communeView(ctx, c, { campaignId, asOf });
    const missingMm: Partial<Record<Indicator, number>> = {};
    for (const ind of view.indicators) {
      const cls = ind.roadClass as RoadClass;
      const waiting = facts.filter((f) => f.communeId === c.id && classOf.get(f.roadId) === cls && f.remainingLitres === 0 && f.status !== 'accepted' && f.pouredLitres > 0)
        .reduce((s, f) => s + f.lengthMm, 0);
      const mm = Math.max(0, Math.round(ind.missingKm * 1_000_000) - waiting);
      if (INDICATORS.includes(ind.indicator as Indicator) && mm > 0) missingMm[ind.indicator as Indicator] = mm;
    }
    const drumsByDay = await Promise.all(days.map((d) => mixersOn(db, [c.id], d, []).then((m) => m.get(c.id) ?? [])));
    const all = drumsByDay.reduce((a, x) => (x.length > a.length ? x : a), [] as number[]);
    seasonCommunes.push({
      id: c.id, name: c.name, mixers: all, missingMm,
      mixersBusy: Object.fromEntries(days.map((d, i) => [d, all.length - drumsByDay[i].length]).filter(([, n]) => Number(n) > 0)),
    });
  }

  const input: SeasonInput = {
    days, deadline, teams, communes: seasonCommunes,
    roads: roadRows.map((r) => ({ id: r.id, name: r.name, communeId: r.commune_id, roadClass: r.road_class as RoadClass })),
    segments: facts.filter((f) => f.remainingLitres > 0).map((f) => ({
      id: f.id, roadId: f.roadId, chainage: f.chainage, fromMm: f.fromMm, toMm: f.toMm, remainingLitres: f.remainingLitres,
      remainingMm: f.volumeLitres > 0 ? Math.round((f.lengthMm * f.remainingLitres) / f.volumeLitres) : f.lengthMm,
      teamId: assigned.get(f.id) ?? null, perM3: f.mix ? { cementG: f.mix.row.cementG, sandCm3: f.mix.row.sandCm3, stoneCm3: f.mix.row.stoneCm3 } : null,
    })),
    materials: seasonMaterials(await communeStock(db, communeIds), days),
    published: await futureEntries(db, campaignId, asOf),
    overrides: (await listOverrides(db, campaignId)).filter((o) => days.includes(o.day)).map((o) => ({ kind: o.kind, teamId: o.groupId, roadId: o.roadId, day: o.day })),
    settings: { labourNormMilli: Math.round(road.labourNormCongPerM3 * 1000), batchesPerMixerDay: planSettings.batchesPerMixerDay, materialsBind: settings.materialsBind },
  };
  return {
    input,
    context: {
      campaign: { id: campaign.id, name: campaign.name }, asOf, communeNames: Object.fromEntries(communes.map((c) => [c.id, c.name])),
      segments: facts, drumLitres: road.drumLitres, timeLimitSeconds: settings.timeLimitSeconds, turnout,
    },
  };
}

async function turnoutByGroup(db: Kysely<Database>, campaignId: number): Promise<Map<number, { people: number; days: number }>> {
  const rows = await db.selectFrom('workdays as w').innerJoin('workday_attendance as a', 'a.workday_id', 'w.id')
    .select(['w.group_id', 'w.id as workday_id', (eb) => eb.fn.sum<number>(eb('a.full_day', '+', eb.ref('a.half_day'))).as('people')])
    .where('w.campaign_id', '=', campaignId).where('w.status', '=', 'recorded').groupBy(['w.group_id', 'w.id']).execute();
  const out = new Map<number, { people: number; days: number }>();
  for (const r of rows) {
    const t = out.get(r.group_id) ?? { people: 0, days: 0 };
    out.set(r.group_id, { people: t.people + Number(r.people), days: t.days + 1 });
  }
  return out;
}

/** Entries of plans for days from `asOf` on: what the office has already planned or published. */
async function futureEntries(db: Kysely<Database>, campaignId: number, asOf: string): Promise<SeasonInput['published']> {
  const rows = await db.selectFrom('plan_entries as e').innerJoin('plans as p', 'p.id', 'e.plan_id')
    .innerJoin('plan_entry_segments as es', 'es.entry_id', 'e.id').innerJoin('segments as s', 's.id', 'es.segment_id')
    .select(['e.id', 'e.group_id', 'e.day', 'e.target_litres', 's.road_id'])
    .where('p.campaign_id', '=', campaignId).where('e.day', '>=', asOf).where('p.status', 'in', ['draft', 'published']).execute();
  const byEntry = new Map<number, (typeof rows)[number]>();
  for (const r of rows) if (!byEntry.has(r.id)) byEntry.set(r.id, r);
  return [...byEntry.values()].map((r) => ({ teamId: r.group_id, roadId: r.road_id, day: r.day, litres: r.target_litres }));
}

/** The target communes' cement, sand and stone: on hand by lot status, and purchases on order. */
async function communeStock(db: Kysely<Database>, communeIds: number[]): Promise<CommuneStock[]> {
  const m = await materialsByCommune(db, communeIds);
  return [
    ...m.onHand.map((r) => ({ communeId: r.unitId, kind: r.kind, status: r.status, quantity: r.quantity })),
    ...m.onOrder.map((r) => ({ communeId: r.unitId, kind: r.kind, status: 'on_order' as const, quantity: r.quantity, expectedOn: r.expectedOn })),
  ];
}
