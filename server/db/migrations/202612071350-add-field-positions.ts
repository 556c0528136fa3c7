// Field mode (issue 13): where a workday was recorded, from the phone's GPS (navigator.geolocation,
// with its accuracy), and for a photo whether its position and time came from its EXIF data or
// from the phone (a photo resized on the phone has no EXIF left, so the phone sends what it read).
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table workdays
      add column latitude double precision check (latitude between -90 and 90),
      add column longitude double precision check (longitude between -180 and 180),
      add column gps_accuracy_m real check (gps_accuracy_m >= 0),
      add column located_at timestamptz,
      add constraint workdays_position_whole check ((latitude is null) = (longitude is null))
  `.execute(db);
  await sql`
    alter table workday_photos
      add column gps_accuracy_m real check (gps_accuracy_m >= 0),
      add column facts_source text not null default 'exif' check (facts_source in ('exif', 'phone'))
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table workday_photos drop column facts_source, drop column gps_accuracy_m`.execute(db);
  await sql`alter table workdays drop constraint workdays_position_whole, drop column located_at, drop column gps_accuracy_m, drop column longitude, drop column latitude`.execute(db);
}
