// Opening a commune's weekly report (a week already started, one per week) and editing its words
// and ratings. Figures are not part of the input: they come from the workday records. A rating is
// accepted only for a group that worked in the commune during the report's period.
import { reportPeriod, reportTransition, weekLabel, isWeekStart } from '../../../../domain/reporting.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { businessNow, businessToday } from '../clock.js';
import { communeFigures } from '../figures.js';
import { mayWriteReportOf } from '../reports.policy.js';
import { addHistory, getReport, getSettings, lockReport, ratingsOf, replaceRatings, type ReportRow } from '../reports.repository.js';
import type { ReportCreateT, ReportUpdateT } from '../reports.schema.js';

export async function createReport(ctx: RequestContext, input: ReportCreateT): Promise<ReportRow> {
  if (!mayWriteReportOf(ctx.actor!, input.communeId)) throw new AppError('FORBIDDEN');
  const target = await ctx.db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', input.campaignId).where('unit_id', '=', input.communeId).executeTakeFirst();
  if (!target) fail('VALIDATION', 'communeId', 'Xã không phải là xã mục tiêu của chiến dịch', 'The commune is not a target of the campaign');
  if (!isWeekStart(input.weekStart)) fail('NOT_A_WEEK_START', 'weekStart');
  const today = await businessToday(ctx.db);
  if (input.weekStart > today) {
    fail('WEEK_NOT_STARTED', 'weekStart', `${weekLabel(input.weekStart)} chưa bắt đầu: chưa thể báo cáo`, `That week has not started: it cannot be reported yet`);
  }
  const existing = await ctx.db.selectFrom('weekly_reports').select('id').where('campaign_id', '=', input.campaignId)
    .where('commune_id', '=', input.communeId).where('week_start', '=', input.weekStart).executeTakeFirst();
  if (existing) fail('CONFLICT', 'weekStart', `Đã có báo cáo ${weekLabel(input.weekStart)} (số ${existing.id})`, `The week already has report ${existing.id}`);
  const { id } = await ctx.db.insertInto('weekly_reports').values({
    campaign_id: input.campaignId, commune_id: input.communeId, week_start: input.weekStart, created_by: ctx.actor!.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await addHistory(ctx.db, { reportId: id, userId: ctx.actor!.userId, action: 'create', from: null, to: 'draft', at: await businessNow(ctx.db) });
  const row = (await getReport(ctx.db, id))!;
  await recordAudit(ctx, { action: 'create', entity: 'weekly_report', entityId: id, summary: `${row.commune_name} · ${weekLabel(row.week_start)}`, after: input });
  return row;
}

/** Groups that worked in the commune during the report's period (recorded, not cancelled days). */
export async function groupsThatWorked(ctx: Pick<RequestContext, 'db'>, r: ReportRow) {
  const s = await getSettings(ctx.db, r.campaign_id);
  const figures = await communeFigures(ctx.db, r.campaign_id, r.commune_id, reportPeriod(r.week_start, s.calendar));
  return figures.groups.map((g) => ({ id: g.groupId, name: g.name }));
}

/** Each rated group worked there (400 naming the rating otherwise). */
export function checkRatings(ratings: Array<{ groupId: number }>, worked: Array<{ id: number }>, prefix = 'ratings'): void {
  const seen = new Set<number>();
  ratings.forEach((r, i) => {
    if (!worked.some((g) => g.id === r.groupId)) fail('GROUP_DID_NOT_WORK', `${prefix}.${i}.groupId`);
    if (seen.has(r.groupId)) fail('VALIDATION', `${prefix}.${i}.groupId`, 'Nhóm được đánh giá hai lần', 'The group is rated twice');
    seen.add(r.groupId);
  });
}

export async function openForCommune(ctx: RequestContext, id: number, expectedVersion: number | undefined) {
  if (!(await lockReport(ctx.db, id))) throw new AppError('NOT_FOUND');
  const r = (await getReport(ctx.db, id))!;
  if (expectedVersion !== undefined && expectedVersion !== r.version) throw new AppError('STALE_VERSION');
  return r;
}

export async function updateReport(ctx: RequestContext, id: number, input: ReportUpdateT, expectedVersion?: number): Promise<ReportRow> {
  const r = await openForCommune(ctx, id, expectedVersion);
  if (!mayWriteReportOf(ctx.actor!, r.commune_id)) throw new AppError('FORBIDDEN');
  const to = reportTransition(r.status, 'edit', 'commune', null);
  if (to === 'REPORT_LOCKED' || to === 'REPORT_TRANSITION_NOT_ALLOWED') throw new AppError(to);
  const worked = input.ratings || input.missingAttendance ? await groupsThatWorked(ctx, r) : [];
  if (input.ratings) checkRatings(input.ratings, worked);
  if (input.missingAttendance) checkRatings(input.missingAttendance, worked, 'missingAttendance');
  const before = { narrative: r.narrative, difficulties: r.difficulties, proposals: r.proposals, ratings: await ratingsOf(ctx.db, [id]), missingAttendance: r.missing_attendance };
  const set: Record<string, unknown> = { updated_at: new Date(), version: r.version + 1 };
  if (input.missingAttendance) set.missing_attendance = JSON.stringify(input.missingAttendance);
  for (const k of ['narrative', 'difficulties', 'proposals'] as const) if (input[k] !== undefined) set[k] = input[k];
  await ctx.db.updateTable('weekly_reports').set(set).where('id', '=', id).execute();
  if (input.ratings) await replaceRatings(ctx.db, id, input.ratings);
  await recordAudit(ctx, { action: 'update', entity: 'weekly_report', entityId: id, summary: `${r.commune_name} · ${weekLabel(r.week_start)}`, before, after: input });
  return (await getReport(ctx.db, id))!;
}
