// The date the directives module treats as "today": today in Vietnam, except in the demo, which
// pins it (setting 'clock.today', written only by the demo seed) so that its 2021 conclusion shows
// a few weeks of history with open, late and overdue tasks instead of a campaign long past.
// Production ignores the setting.
import type { Kysely } from 'kysely';
import { isIsoDate, todayInVietnam } from '../../../domain/dates.js';
import type { Database } from '../../db/schema.js';

export const CLOCK_SETTING = 'clock.today';

export async function businessToday(db: Kysely<Database>, now: Date = new Date()): Promise<string> {
  if (process.env.NODE_ENV !== 'production') {
    const row = await db.selectFrom('settings').select('value').where('key', '=', CLOCK_SETTING).executeTakeFirst();
    if (row && typeof row.value === 'string' && isIsoDate(row.value)) return row.value;
  }
  return todayInVietnam(now);
}

/**
 * "Now" on the business date: the real instant, except in the demo, whose pinned date moves "now"
 * to that date at the current time of day, so stamps people read (a registration's submission, a
 * directive read) agree with the rest of the demo.
 */
export async function businessNow(db: Kysely<Database>, now: Date = new Date()): Promise<Date> {
  const today = await businessToday(db, now);
  const real = todayInVietnam(now);
  if (today === real) return now;
  return new Date(now.getTime() + (Date.parse(today) - Date.parse(real)));
}
