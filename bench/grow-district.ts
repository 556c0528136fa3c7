// The data generator of the benchmarks: grows the demo district to a campaign's full size or more,
// through the same commands the API uses (roads split into segments, workdays recorded by the
// commune with pours that move segments to "poured", some accepted), so every read path sees data
// shaped like the real thing. Names and figures are invented.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Actor, Role } from '../domain/roles.js';
import { addDays, saturdaysBetween } from '../domain/dates.js';
import type { Database } from '../server/db/schema.js';
import type { RequestContext } from '../server/http/context.js';
import { CLOCK_SETTING } from '../server/modules/directives/index.js';
import { createRoad, splitRoad, transitionSegment } from '../server/modules/roads/index.js';
import { correctGroupPart, recordWorkday } from '../server/modules/workdays/index.js';

export interface GrowOptions { roadsPerCommune: number; segmentsPerRoad: number; lastDay: string }
export interface Sizes { roads: number; segments: number; workdays: number; pours: number; attendanceRows: number }

async function actor(db: Kysely<Database>, username: string): Promise<RequestContext> {
  const u = await db.selectFrom('users').select(['id', 'role', 'agency_id', 'unit_id']).where('username', '=', username).executeTakeFirstOrThrow();
  return { db, ip: 'bench', actor: { userId: u.id, role: u.role as Role, agencyId: u.agency_id, unitId: u.unit_id } satisfies Actor };
}

async function setClock(db: Kysely<Database>, day: string) {
  await db.insertInto('settings').values({ key: CLOCK_SETTING, value: JSON.stringify(day) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(day) })).execute();
}

export async function sizes(db: Kysely<Database>): Promise<Sizes> {
  const count = async (table: 'roads' | 'segments' | 'workdays' | 'workday_pours' | 'workday_attendance') =>
    Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  return { roads: await count('roads'), segments: await count('segments'), workdays: await count('workdays'),
    pours: await count('workday_pours'), attendanceRows: await count('workday_attendance') };
}

/**
 * Adds `roadsPerCommune` alleys of `segmentsPerRoad` × 50 m to each target commune, then records,
 * for every Saturday of the campaign up to `lastDay` that has no workday yet, one workday per group
 * in turn in each commune, pouring the next whole segments; every other poured segment is accepted.
 */
export async function growDistrict(db: Kysely<Database>, o: GrowOptions): Promise<void> {
  const office = await actor(db, 'coordinator');
  const campaign = await db.selectFrom('campaigns').select(['id', 'start_date']).executeTakeFirstOrThrow();
  const communes = await db.selectFrom('campaign_communes as cc').innerJoin('admin_units as u', 'u.id', 'cc.unit_id')
    .select(['u.id', 'u.name']).where('cc.campaign_id', '=', campaign.id).orderBy('u.id').execute();
  const clerks = new Map<number, RequestContext>();
  for (const c of communes) {
    const user = await db.selectFrom('users').select('username').where('unit_id', '=', c.id).where('role', '=', 'commune').executeTakeFirst();
    clerks.set(c.id, user ? await actor(db, user.username) : office);
  }
  const todo = new Map<number, number[]>();
  for (const c of communes) {
    const ids: number[] = [];
    for (let i = 1; i <= o.roadsPerCommune; i++) {
      const road = await createRoad(office, {
        communeId: c.id, name: `Đường ngõ xóm số ${i} (${c.name}, dữ liệu đo hiệu năng)`, villageIds: [], roadClass: 'alley',
        lengthM: o.segmentsPerRoad * 50, surfaceBefore: 'earth', widthM: 2.5, thicknessM: 0.15, grade: 'M200', stone: '1x2', geometry: null, note: null,
      });
      ids.push(...(await splitRoad(office, road.id, { segmentLengthM: 50 })).map((s) => s.id));
    }
    todo.set(c.id, ids);
  }

  const groups = await db.selectFrom('groups').select('id').where('campaign_id', '=', campaign.id).orderBy('ordinal').execute();
  const members = await db.selectFrom('group_members').select(['group_id', 'agency_id']).where('campaign_id', '=', campaign.id).execute();
  const clock = await db.selectFrom('settings').select('value').where('key', '=', CLOCK_SETTING).executeTakeFirst();
  let accepted = 0;
  for (const day of saturdaysBetween(campaign.start_date, o.lastDay)) {
    await setClock(db, day);
    for (const [gi, g] of groups.entries()) {
      const commune = communes[gi % communes.length];
      const taken = await db.selectFrom('workdays').select('id').where('group_id', '=', g.id).where('day', '=', day).executeTakeFirst();
      // A week the commune has already reported is closed to new records (as in the app).
      const reported = await db.selectFrom('weekly_reports').select('id').where('commune_id', '=', commune.id)
        .where('week_start', '=', addDays(day, -5)).where('status', '!=', 'draft').executeTakeFirst();
      if (taken || reported) continue;
      const segs = todo.get(commune.id)!.splice(0, 2);
      if (segs.length === 0) continue;
      const clerk = clerks.get(commune.id)!;
      const { row } = await recordWorkday(clerk, {
        clientId: randomUUID(), campaignId: campaign.id, communeId: commune.id, groupId: g.id, day, planEntryId: null,
        commune: { people: { fullDay: 12, halfDay: 2 }, pours: segs.map((segmentId) => ({ segmentId, lengthM: 50, volumeM3: 18.75 })),
          weather: 'sunny', supervisorName: 'Cán bộ giám sát (đo hiệu năng)', supervisorPhone: null, incidents: null, note: null },
      });
      const attendance = members.filter((m) => m.group_id === g.id).map((m) => ({ agencyId: m.agency_id, fullDay: 5, halfDay: 1 }));
      await correctGroupPart(office, row.id, { attendance, note: null });
      for (const id of segs) {
        if (accepted++ % 2 === 0) await transitionSegment(office, id, { to: 'accepted', date: day, reason: null });
      }
    }
  }
  if (clock) await db.updateTable('settings').set({ value: JSON.stringify(clock.value) }).where('key', '=', CLOCK_SETTING).execute();
}
