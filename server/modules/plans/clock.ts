// "Today" and "now" for plans and registrations: Vietnam's date and time, except in the demo, whose
// pinned date (the directives module's 'clock.today' setting) also moves "now" to that date at the
// current time of day, so deadlines and past-date rules read the same as the rest of the demo.
import type { Kysely } from 'kysely';
import { todayInVietnam } from '../../../domain/dates.js';
import type { Database } from '../../db/schema.js';
import { businessToday } from '../directives/index.js';

export { businessToday };

export async function businessNow(db: Kysely<Database>, now: Date = new Date()): Promise<Date> {
  const today = await businessToday(db, now);
  const real = todayInVietnam(now);
  if (today === real) return now;
  return new Date(now.getTime() + (Date.parse(today) - Date.parse(real)));
}
