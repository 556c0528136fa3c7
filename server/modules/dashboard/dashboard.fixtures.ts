// Test fixtures of the dashboard and public tests: a road in Tân Nam with an accepted and a poured
// segment, a recorded workday that poured both, with an "after" photo whose display copy is stored.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { LocalFileStore } from '../../files/store.js';
import type { World } from '../../../test/helpers/factories.js';
import type { TestApp } from '../../../test/helpers/test-app.js';

export async function makeWork(t: TestApp, w: World) {
  const db = t.db;
  const mix = await db.selectFrom('mix_tables').select('id').orderBy('id').executeTakeFirstOrThrow();
  const road = await db.insertInto('roads').values({ commune_id: w.units.tanNam.id, name: 'Đường thôn Nậm Hốc', road_class: 'village', length_mm: 1_000_000,
    surface_before: 'earth', width_mm: 3000, thickness_mm: 180, mix_table_id: mix.id, grade: 'M250', stone: '1x2', search_text: 'duong thon nam hoc',
    geometry: JSON.stringify({ type: 'LineString', coordinates: [[105.1, 22.5], [105.11, 22.5]] }), geometry_length_mm: 1_000_000 })
    .returning('id').executeTakeFirstOrThrow();
  const [accepted, poured] = await db.insertInto('segments').values([
    { road_id: road.id, from_mm: 0, to_mm: 200_000, status: 'accepted', poured_on: '2021-09-18', accepted_on: '2021-09-25' },
    { road_id: road.id, from_mm: 200_000, to_mm: 350_000, status: 'poured', poured_on: '2021-09-25' },
  ]).returning('id').execute();
  const day = await db.selectFrom('campaign_days').select('day').where('campaign_id', '=', w.campaign.id).orderBy('day').executeTakeFirst();
  const workday = await db.insertInto('workdays').values({ client_id: randomUUID(), client_hash: 'x', campaign_id: w.campaign.id, commune_id: w.units.tanNam.id,
    group_id: w.groups.groupA.id, day: day ? String(day.day) : w.campaign.start_date, created_by: w.users.coordinator.id, created_side: 'office', people_full: 20, people_half: 4 })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('workday_attendance').values({ workday_id: workday.id, agency_id: w.agencies.leadA.id, full_day: 10, half_day: 2, names: JSON.stringify([]) }).execute();
  await db.insertInto('workday_pours').values([
    { workday_id: workday.id, segment_id: accepted.id, length_mm: 200_000, litres: 108_000 },
    { workday_id: workday.id, segment_id: poured.id, length_mm: 150_000, litres: 81_000 }]).execute();
  const store = new LocalFileStore(path.join(t.dataDir, 'files'));
  const photos = [];
  for (const [n, phase] of [[1, 'after'], [2, 'before']] as const) {
    const key = `test/dash-${n}.webp`;
    await store.put(key, new Uint8Array([82, 73, 70, 70, n]));
    const file = await db.insertInto('files').values({ entity: 'workday', entity_id: workday.id, filename: `p${n}.jpg`, mime: 'image/jpeg', size_bytes: 5, sha256: `s${n}`, storage_key: key })
      .returning('id').executeTakeFirstOrThrow();
    photos.push(await db.insertInto('workday_photos').values({ workday_id: workday.id, file_id: file.id, side: 'group', phase, created_by: w.users.coordinator.id,
      display_key: key, display_mime: 'image/webp' }).returning('id').executeTakeFirstOrThrow());
  }
  return { road, accepted, poured, workday, afterPhoto: photos[0], beforePhoto: photos[1] };
}
