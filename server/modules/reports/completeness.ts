// The office's completeness grid: target communes × weeks of the campaign (up to the current
// week), each cell on time, late, missing, due (deadline not passed) or not started.
import type { Kysely } from 'kysely';
import { addDays } from '../../../domain/dates.js';
import { reportDeadline, timeliness, weekLabel, weekLabelEn, weekStartOf, type Timeliness } from '../../../domain/reporting.js';
import { reportWeeks } from '../../../domain/figures.js';
import type { Database } from '../../db/schema.js';
import { campaignDayList } from './rate.js';
import { businessNow, businessToday } from './clock.js';
import { getCampaign, getSettings, listReports, targetCommunes } from './reports.repository.js';

export async function completeness(db: Kysely<Database>, campaignId: number, q: { from?: string; to?: string }) {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) return null;
  const s = await getSettings(db, campaignId);
  const today = await businessToday(db);
  const now = await businessNow(db);
  const first = weekStartOf(q.from && q.from > campaign.start_date ? q.from : campaign.start_date);
  const lastDay = [q.to, campaign.end_date, today].filter((d): d is string => !!d).sort()[0];
  // The weeks that expect a report (they hold a campaign day), within the range asked.
  const expected = new Set(reportWeeks(await campaignDayList(db, campaignId), s.calendar));
  const weeks: string[] = [];
  for (let w = first; w <= lastDay; w = addDays(w, 7)) if (expected.has(w)) weeks.push(w);
  const communes = await targetCommunes(db, campaignId);
  const reports = await listReports(db, { campaignId, from: first, to: lastDay });
  const counts: Record<Timeliness, number> = { on_time: 0, late: 0, missing: 0, due: 0, not_started: 0 };
  return {
    weeks: weeks.map((w) => ({ weekStart: w, vi: weekLabel(w), en: weekLabelEn(w), deadline: reportDeadline(w, s.calendar).toISOString() })),
    communes: communes.map((c) => ({
      id: c.id, name: c.name,
      cells: weeks.map((w) => {
        const r = reports.find((x) => x.commune_id === c.id && x.week_start === w);
        const state = timeliness(w, r?.first_submitted_at ? new Date(r.first_submitted_at) : null, now, s.calendar, today);
        counts[state]++;
        return { weekStart: w, state, reportId: r?.id ?? null, status: r?.status ?? null };
      }),
    })),
    counts,
  };
}
