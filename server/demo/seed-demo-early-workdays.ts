// The campaign's first Saturdays in the demo (issue 14): Nhóm 3 pours the first 100 m of the Tân
// Thượng alley in Tân Nam over four Saturdays (11/09 to 02/10/2021), a quarter of it each day, so
// the segment turns "poured" when its design volume is reached and the inspector accepts it on
// 09/10. Every finished segment of the campaign thus has workday records behind it (the others
// were concreted before the campaign, seed-demo-roads.ts); the days' photos before and after
// carry the commune, road, segment, day and phase, and show on the public page's finished roads.
// Figures fit the plausibility rules: 25 m × 2,5 m × 0,15 m ≈ 9,4 m³ a day, within one 250 l
// mixer's day; officials within each agency's staff. Through the same commands as the API, with the
// demo clock on each day and put back. Names are demo data.
import { randomUUID } from 'node:crypto';
import type { FileStore } from '../files/store.js';
import type { RequestContext } from '../http/context.js';
import { acceptSegment } from '../modules/acceptance/index.js';
import { CLOCK_SETTING } from '../modules/directives/index.js';
import { correctGroupPart, recordWorkday } from '../modules/workdays/index.js';
import { actorFor, addDemoPhotos, setClock } from './seed-demo-workdays.js';

export const EARLY_ROAD = 'Đường ngõ xóm Tân Thượng';
const GROUP = 'Nhóm 3';
/** Day, metres, m³, villagers all day and half a day, weather: 4 × 25 m = the segment's 100 m, 37,5 m³ in all. */
const DAYS: Array<[string, number, number, number, number, 'sunny' | 'cloudy']> = [
  ['2021-09-11', 25, 9.4, 12, 3, 'sunny'], ['2021-09-18', 25, 9.4, 14, 2, 'cloudy'],
  ['2021-09-25', 25, 9.4, 11, 4, 'sunny'], ['2021-10-02', 25, 9.3, 13, 2, 'cloudy'],
];
/** Each member agency sends about half its staff, one for half a day. */
const SHARE = 0.5;

export async function seedDemoEarlyWorkdays(ctx: RequestContext, v: { campaignId: number; files?: FileStore }): Promise<void> {
  const clock = await ctx.db.selectFrom('settings').select('value').where('key', '=', CLOCK_SETTING).executeTakeFirst();
  const group = await ctx.db.selectFrom('groups').select('id').where('campaign_id', '=', v.campaignId).where('name', '=', GROUP).executeTakeFirst();
  const seg = await ctx.db.selectFrom('segments').innerJoin('roads', 'roads.id', 'segments.road_id')
    .select(['segments.id', 'segments.from_mm', 'segments.to_mm', 'roads.commune_id']).where('roads.name', '=', EARLY_ROAD).orderBy('segments.from_mm').executeTakeFirst();
  if (!group || !seg) return;
  const members = await ctx.db.selectFrom('group_members as gm').innerJoin('agencies as a', 'a.id', 'gm.agency_id')
    .select(['a.id', 'a.staff_count']).where('gm.group_id', '=', group.id).orderBy('a.id').execute();
  const commune = await actorFor(ctx, 'commune.tannam');
  const office = await actorFor(ctx, 'coordinator');
  for (const [i, [day, lengthM, volumeM3, fullDay, halfDay, weather]] of DAYS.entries()) {
    await setClock(ctx, day);
    const { row } = await recordWorkday(commune, {
      clientId: randomUUID(), campaignId: v.campaignId, communeId: seg.commune_id, groupId: group.id, day, planEntryId: null,
      commune: { people: { fullDay, halfDay }, pours: [{ segmentId: seg.id, lengthM, volumeM3 }], weather,
        supervisorName: 'Lương Văn Hậu (demo)', supervisorPhone: '0913 456 789', incidents: null, note: 'Dữ liệu minh họa' },
    });
    // The office enters the group's side from the lead agency's list (Nhóm 3 has no user of its own in the demo).
    await correctGroupPart(office, row.id, {
      attendance: members.map((m) => ({ agencyId: m.id, fullDay: Math.max(1, Math.round(m.staff_count * SHARE) - 1), halfDay: 1 })),
      note: 'Phương tiện: xe máy cá nhân (demo)',
    });
    if (v.files) await addDemoPhotos(commune, v.files, row.id, EARLY_ROAD, 10 + i, day);
  }
  // Accepted a week after its last pour, measured at three points.
  const at = (f: number) => Math.round(seg.from_mm + (seg.to_mm - seg.from_mm) * f);
  await acceptSegment(await actorFor(ctx, 'inspector'), seg.id, { inspectedOn: '2021-10-09', decision: 'accepted', grade: 'M200',
    measurements: [{ atMm: at(0.1), widthMm: 2_510, thicknessMm: 152 }, { atMm: at(0.5), widthMm: 2_500, thicknessMm: 150 }, { atMm: at(0.9), widthMm: 2_495, thicknessMm: 151 }] });
  if (clock) await ctx.db.updateTable('settings').set({ value: JSON.stringify(clock.value) }).where('key', '=', CLOCK_SETTING).execute();
  else await ctx.db.deleteFrom('settings').where('key', '=', CLOCK_SETTING).execute();
}
