// The weekly report's workflow: the commune submits (figures frozen, on time or late against the
// deadline of the first submission, the directives' weekly-report task marked done); the office
// returns it with a comment (the commune is notified) or approves it (locked); unlocking an
// approved report is explicit, needs a reason, and is logged like every move.
import { reportDeadline, reportPeriod, reportTransition, weekLabel, weekLabelEn, type ReportAction } from '../../../../domain/reporting.js';
import { formatDate } from '../../../../domain/format.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { markWeeklyReportTaskDone } from '../../directives/index.js';
import { enqueueNotification } from '../../notifications/index.js';
import { businessNow } from '../clock.js';
import { communeFigures } from '../figures.js';
import { sideOfReport } from '../reports.policy.js';
import { addHistory, getReport, getSettings, ratingsOf, type ReportRow } from '../reports.repository.js';
import { checkRatings, openForCommune } from './save-report.js';

const REFUSALS = { REPORT_LOCKED: 1, REPORT_TRANSITION_NOT_ALLOWED: 1 } as const;

export async function transitionReport(ctx: RequestContext, id: number, action: Exclude<ReportAction, 'edit'>, comment: string | null | undefined, expectedVersion?: number): Promise<ReportRow> {
  const r = await openForCommune(ctx, id, expectedVersion);
  const side = sideOfReport(ctx.actor!, r.commune_id);
  if (!side) throw new AppError('FORBIDDEN');
  const to = reportTransition(r.status, action, side, comment);
  if (to === 'FORBIDDEN') throw new AppError('FORBIDDEN');
  if (to === 'REASON_REQUIRED') fail('REASON_REQUIRED', 'comment', 'Cần ghi ý kiến, lý do', 'A comment is required');
  if (to in REFUSALS) throw new AppError(to as keyof typeof REFUSALS);
  const now = await businessNow(ctx.db);
  const settings = await getSettings(ctx.db, r.campaign_id);
  const set: Record<string, unknown> = { status: to, updated_at: new Date(), version: r.version + 1 };
  let onTime: boolean | null = r.on_time;

  if (action === 'submit') {
    const figures = await communeFigures(ctx.db, r.campaign_id, r.commune_id, reportPeriod(r.week_start, settings.calendar));
    const worked = figures.groups.map((g) => ({ id: g.groupId }));
    const ratings = await ratingsOf(ctx.db, [id]);
    checkRatings(ratings.map((x) => ({ groupId: x.group_id })), worked);
    const missing = figures.groups.filter((g) => !ratings.some((x) => x.group_id === g.groupId));
    if (missing.length) {
      fail('VALIDATION', 'ratings', `Chưa đánh giá: ${missing.map((g) => g.name).join(', ')}`, `Not rated yet: ${missing.map((g) => g.name).join(', ')}`);
    }
    // The chain waits for its parts: a group that worked needs its attendance, or the commune declares it missing with a reason.
    const undeclared = (figures.missingAttendance ?? []).filter((g) => !r.missing_attendance.some((m) => m.groupId === g.groupId));
    if (undeclared.length) {
      fail('ATTENDANCE_MISSING', 'missingAttendance',
        `${undeclared.map((g) => g.name).join(', ')} chưa nhập số cán bộ tham gia: chờ cơ quan trưởng nhóm nhập, hoặc ghi rõ lý do thiếu`,
        `${undeclared.map((g) => g.name).join(', ')}: no attendance yet. Wait for the group's lead agency, or declare it missing with a reason`);
    }
    set.figures = JSON.stringify(figures);
    set.submitted_at = now;
    set.submitted_by = ctx.actor!.userId;
    if (!r.first_submitted_at) {
      set.first_submitted_at = now;
      onTime = now.getTime() <= reportDeadline(r.week_start, settings.calendar).getTime();
      set.on_time = onTime;
    }
  } else if (action === 'return' || action === 'approve' || action === 'unlock') {
    // Approval freezes the figures as they stand: attendance the group lead entered after submission counts.
    if (action === 'approve') set.figures = JSON.stringify(await communeFigures(ctx.db, r.campaign_id, r.commune_id, reportPeriod(r.week_start, settings.calendar)));
    set.decided_at = now;
    set.decided_by = ctx.actor!.userId;
    set.review_comment = comment?.trim() || null;
    // Returned or unlocked: the figures follow the workday records again until the next submission.
    if (action !== 'approve') set.figures = null;
  }
  await ctx.db.updateTable('weekly_reports').set(set).where('id', '=', id).execute();
  await addHistory(ctx.db, { reportId: id, userId: ctx.actor!.userId, action, from: r.status, to, comment: comment?.trim() || null, at: now });
  await recordAudit(ctx, { action, entity: 'weekly_report', entityId: id, summary: auditText('report.transition', { commune: r.commune_name, week: weekLabel(r.week_start), from: r.status, to }),
    before: { status: r.status }, after: { status: to, comment: comment ?? null, onTime } });

  if (action === 'submit') await markWeeklyReportTaskDone(ctx, r.commune_id, r.week_start, id, onTime ?? true);
  if (action === 'return' || action === 'unlock') {
    const week = { vi: weekLabel(r.week_start), en: weekLabelEn(r.week_start) };
    await enqueueNotification(ctx, {
      event: 'report.returned', recipients: { unitIds: [r.commune_id], onlyRoles: ['commune'] },
      title: { vi: `Báo cáo ${week.vi} của xã ${r.commune_name} được trả lại`, en: `${week.en} report of ${r.commune_name} returned` },
      body: {
        vi: `Văn phòng điều phối đã ${action === 'unlock' ? 'mở khóa' : 'trả lại'} báo cáo ${week.vi} (${formatDate(r.week_start)}): ${comment?.trim()}. Đề nghị xã chỉnh sửa và gửi lại.`,
        en: `The coordination office ${action === 'unlock' ? 'unlocked' : 'returned'} the ${week.en} report: ${comment?.trim()}. Please correct it and submit it again.`,
      },
      link: `/weekly-reports/${id}`, entity: { type: 'weekly_report', id },
    });
  }
  return (await getReport(ctx.db, id))!;
}
