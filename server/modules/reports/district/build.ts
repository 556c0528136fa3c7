// The district's weekly or monthly report, built ONLY from approved commune reports (their frozen
// figures); every expected report not approved is named as missing. Totals, per commune (with
// money spent and criterion 2) and per group; the office's own text (number, signer, narrative).
import type { Kysely } from 'kysely';
import { addDays } from '../../../../domain/dates.js';
import { monthRange, weekLabel, weekLabelEn, weeksWithSaturdayIn, type Rating, type ReportStatus } from '../../../../domain/reporting.js';
import type { Database } from '../../../db/schema.js';
import { getCampaign, getDistrictMeta, listReports, ratingsOf, targetCommunes } from '../reports.repository.js';
import type { FiguresT } from '../reports.schema.js';
import { getIssuer } from '../../issuer/index.js';
import { criterion2Progress, moneySpent } from './sources.js';

const r3 = (v: number) => Math.round(v * 1000) / 1000;

/** One commune's rating of a group, shown with the labels of the reader's language. */
export interface GroupRating { commune: string; responsibility: Rating; effectiveness: Rating }

export interface Period { kind: 'week' | 'month'; start: string; from: string; to: string; weeks: string[]; vi: string; en: string }

export function periodOf(kind: 'week' | 'month', start: string): Period {
  if (kind === 'week') return { kind, start, from: start, to: addDays(start, 6), weeks: [start], vi: weekLabel(start), en: weekLabelEn(start) };
  const { from, to } = monthRange(start);
  const [y, m] = start.split('-');
  return { kind, start, from, to, weeks: weeksWithSaturdayIn(from, to), vi: `Tháng ${Number(m)}/${y}`, en: `${y}-${m}` };
}

interface Sums { officials: number; people: number; participants: number; labourDays: number; lengthM: number; volumeM3: number }
const zero = (): Sums => ({ officials: 0, people: 0, participants: 0, labourDays: 0, lengthM: 0, volumeM3: 0 });
const SUM_KEYS = ['officials', 'people', 'participants', 'labourDays', 'lengthM', 'volumeM3'] as const;
function add(into: Sums, f: Sums) {
  for (const k of SUM_KEYS) into[k] = r3(into[k] + f[k]);
}

/** The header and recipients a report starts with; issuer, place and signer come from the issuer setting. */
export const DEFAULT_META = {
  header: 'state' as const,
  recipients: ['Thường trực Huyện ủy', 'Thường trực UBND huyện', 'Các thành viên BCĐ huyện', 'Lưu: VT, VPĐP'],
};

export async function buildDistrictReport(db: Kysely<Database>, campaignId: number, kind: 'week' | 'month', start: string, asOf: string) {
  const campaign = await getCampaign(db, campaignId);
  if (!campaign) return null;
  const full = periodOf(kind, start);
  // Only the campaign's weeks are expected: a week whose Saturday is outside the campaign has no report.
  const period = { ...full, weeks: full.weeks.filter((wk) => addDays(wk, 5) >= campaign.start_date && addDays(wk, 5) <= campaign.end_date) };
  const communes = await targetCommunes(db, campaignId);
  const reports = await listReports(db, { campaignId, from: period.weeks[0] ?? period.from, to: period.weeks.at(-1) ?? period.to });
  const inPeriod = reports.filter((r) => period.weeks.includes(r.week_start));
  const approved = inPeriod.filter((r) => r.status === 'approved' && r.figures);
  const missing: Array<{ commune: { id: number; name: string }; weekStart: string; week: string; status: ReportStatus | null }> = [];
  for (const w of period.weeks) {
    // A week whose Saturday is still ahead has no report due yet: not named as missing.
    if (addDays(w, 5) > asOf) continue;
    for (const c of communes) {
      const r = inPeriod.find((x) => x.commune_id === c.id && x.week_start === w);
      if (!r || r.status !== 'approved') missing.push({ commune: c, weekStart: w, week: weekLabel(w), status: r?.status ?? null });
    }
  }
  const money = await moneySpent(db, campaignId, period.from, period.to);
  const ratings = await ratingsOf(db, approved.map((r) => r.id));
  const criterion2 = await criterion2Progress(db, communes.map((c) => c.id), asOf > period.to ? period.to : asOf);
  const totals = { ...zero(), workdays: 0, moneySpent: 0 };
  const materials = new Map<string, { code: string; name: string; unit: string; issued: number; norm: number }>();
  const groups = new Map<number, Sums & { groupId: number; name: string; workdays: number; communes: string[]; ratings: GroupRating[] }>();
  const perCommune = [];
  for (const c of communes) {
    const mine = approved.filter((r) => r.commune_id === c.id);
    const sums = { ...zero(), workdays: 0 };
    for (const r of mine) {
      const f = r.figures as FiguresT;
      add(sums, f.totals);
      sums.workdays += f.totals.workdays;
      for (const m of f.materials) {
        const cur = materials.get(m.code) ?? { ...m, issued: 0, norm: 0 };
        cur.issued += m.issued;
        cur.norm += m.norm;
        materials.set(m.code, cur);
      }
      for (const g of f.groups) {
        const cur = groups.get(g.groupId) ?? { ...zero(), groupId: g.groupId, name: g.name, workdays: 0, communes: [], ratings: [] };
        add(cur, { ...g, participants: g.officials + g.people });
        cur.workdays += g.workdays;
        if (!cur.communes.includes(c.name)) cur.communes.push(c.name);
        groups.set(g.groupId, cur);
      }
    }
    for (const rt of ratings.filter((x) => mine.some((r) => r.id === x.report_id))) {
      groups.get(rt.group_id)?.ratings.push({ commune: c.name, responsibility: rt.responsibility as Rating, effectiveness: rt.effectiveness as Rating });
    }
    const spent = money.get(c.id) ?? 0;
    add(totals, sums);
    totals.workdays += sums.workdays;
    totals.moneySpent += spent;
    perCommune.push({ commune: c, reports: mine.length, ...sums, moneySpent: spent, criterion2: criterion2.get(c.id) ?? [] });
  }
  // Groups that worked without their officials' attendance: named with the commune's reason, so a
  // missing figure never reads as "0 officials".
  const missingAttendance = approved.flatMap((r) => ((r.figures as FiguresT).missingAttendance ?? []).map((g) => ({
    commune: r.commune_name, weekStart: r.week_start, week: weekLabel(r.week_start), group: g.name, groupId: g.groupId, days: g.days,
    reason: r.missing_attendance.find((m) => m.groupId === g.groupId)?.reason ?? null })));
  const meta = await getDistrictMeta(db, campaignId, kind, kind === 'month' ? `${start}-01` : start);
  // What the report does not say for itself comes from the office's issuer setting.
  const issuer = await getIssuer(db);
  const header = meta?.header ?? DEFAULT_META.header;
  const side = issuer[header];
  return {
    campaign: { id: campaign.id, name: campaign.name },
    issuer,
    // The business date the figures were read on: the web page opens on the week of its last Saturday.
    today: asOf,
    period, totals, communes: perCommune,
    groups: [...groups.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    materials: [...materials.values()],
    included: approved.map((r) => ({ id: r.id, commune: r.commune_name, weekStart: r.week_start, narrative: r.narrative, difficulties: r.difficulties, proposals: r.proposals })),
    missing, missingAttendance,
    meta: {
      number: meta?.number ?? null, header, issuerParent: meta?.issuer_parent ?? side.parent,
      issuer: meta?.issuer ?? side.name, signerTitle: meta?.signer_title ?? side.signerTitle, signerName: meta?.signer_name || side.signerName,
      highlights: meta?.highlights ?? null, narrative: meta?.narrative ?? null,
      recipients: meta?.recipients?.length ? meta.recipients : DEFAULT_META.recipients, version: meta?.version ?? 0,
    },
  };
}
export type DistrictReport = NonNullable<Awaited<ReturnType<typeof buildDistrictReport>>>;
