// The emulation ranking of a campaign's groups and agencies for a month or the whole campaign:
// officials' attendances (workday records), staff counts, labour-days, volume, and the communes'
// average rating from approved weekly reports, scored with the campaign's weights
// (domain/ranking.ts). An agency's volume is its group's, shared by its labour-days that day.
import type { Kysely } from 'kysely';
import { rank, type RankedRow } from '../../../domain/ranking.js';
import { monthRange, ratingScore, reportPeriod, type Rating } from '../../../domain/reporting.js';
import type { Database } from '../../db/schema.js';
import { getReportSettings, listReports, ratingsOf } from '../reports/index.js';
import { attendanceByAgency, figureSums } from '../workdays/index.js';

export type RankingPeriod = { kind: 'month'; month: string } | { kind: 'campaign' };

function present(r: RankedRow) {
  return {
    rank: r.rank, id: r.id, name: r.name, participants: r.participants, possible: r.possible,
    participationPercent: r.participationBp / 100, labourDays: r.labourHalves / 2, volumeM3: r.litres / 1000,
    rating: r.rating === null ? null : Math.round(r.rating * 100) / 100, score: r.score, parts: r.parts, tie: r.tie,
  };
}

export async function buildRanking(db: Kysely<Database>, campaignId: number, period: RankingPeriod) {
  const campaign = await db.selectFrom('campaigns').select(['id', 'name', 'start_date', 'end_date']).where('id', '=', campaignId).executeTakeFirst();
  if (!campaign) return null;
  const range = period.kind === 'month' ? monthRange(period.month) : { from: campaign.start_date, to: campaign.end_date };
  const settings = await getReportSettings(db, campaignId);
  const groups = await db.selectFrom('groups').select(['id', 'name', 'kind', 'ordinal']).where('campaign_id', '=', campaignId).orderBy('ordinal').execute();
  const members = await db.selectFrom('group_members as gm').innerJoin('agencies as a', 'a.id', 'gm.agency_id')
    .select(['gm.group_id', 'a.id', 'a.name', 'a.staff_count']).where('gm.campaign_id', '=', campaignId).execute();
  // Work added up per group and day, attendance per agency and group, in the database.
  const work = await figureSums(db, { campaignId, from: range.from, to: range.to, status: 'recorded' }, ['group_id', 'day']);
  const attendance = await attendanceByAgency(db, { campaignId, from: range.from, to: range.to });
  const days = new Set(work.map((w) => w.day)).size;

  // The communes' ratings: approved reports whose period falls in the range.
  const reports = (await listReports(db, { campaignId, status: ['approved'] }))
    .filter((r) => { const p = reportPeriod(r.week_start, settings.calendar); return p.to >= range.from && p.from <= range.to; });
  const ratings = await ratingsOf(db, reports.map((r) => r.id));
  const ratingOf = (groupId: number) => {
    const mine = ratings.filter((x) => x.group_id === groupId);
    return mine.length ? mine.reduce((s, x) => s + ratingScore(x.responsibility as Rating, x.effectiveness as Rating), 0) / mine.length : null;
  };

  const byGroup = <T extends { group_id: number }>(rows: T[]) => {
    const m = new Map<number, T[]>();
    for (const r of rows) m.set(r.group_id, [...(m.get(r.group_id) ?? []), r]);
    return m;
  };
  const membersOf = byGroup(members);
  const workOf = byGroup(work);
  const groupName = new Map(groups.map((g) => [g.id, g.name]));
  const groupRows = groups.map((g) => {
    const staff = (membersOf.get(g.id) ?? []).reduce((s, m) => s + m.staff_count, 0);
    const mine = workOf.get(g.id) ?? [];
    return { id: g.id, name: g.name, participants: mine.reduce((s, w) => s + w.officials, 0), possible: staff * days,
      labourHalves: mine.reduce((s, w) => s + w.official_halves, 0), litres: mine.reduce((s, w) => s + w.litres, 0), rating: ratingOf(g.id) };
  });
  const attendanceOf = new Map(attendance.map((a) => [`${a.agency_id}:${a.group_id}`, a]));
  const agencyRows = members.map((m) => {
    const a = attendanceOf.get(`${m.id}:${m.group_id}`);
    return { id: m.id, name: m.name, group: { id: m.group_id, name: groupName.get(m.group_id) ?? '', kind: groups.find((x) => x.id === m.group_id)?.kind ?? 'group' },
      participants: a?.participants ?? 0, possible: m.staff_count * days,
      labourHalves: a?.halves ?? 0, litres: Math.round(a?.litres ?? 0), rating: ratingOf(m.group_id) };
  });
  const rankedAgencies = rank(agencyRows, settings.weights);
  return {
    campaign: { id: campaign.id, name: campaign.name }, period: { ...period, from: range.from, to: range.to }, campaignDaysWorked: days,
    weights: settings.weights,
    // kind 'agency': one agency assigned work on its own, ranked beside the groups under its own name.
    groups: rank(groupRows, settings.weights).map((r) => ({ ...present(r), kind: groups.find((g) => g.id === r.id)!.kind })),
    agencies: rankedAgencies.map((r) => ({ ...present(r), group: agencyRows.find((a) => a.id === r.id)!.group })),
  };
}
export type Ranking = NonNullable<Awaited<ReturnType<typeof buildRanking>>>;
