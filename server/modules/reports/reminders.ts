// In-app reminders to a commune whose weekly report is not submitted: once from `remindHoursBefore`
// hours before the deadline, once after the deadline has passed (each occasion deduped by key).
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { reportDeadline, weekLabel, weekLabelEn, weekStartOf } from '../../../domain/reporting.js';
import type { DueReminder, ReminderProvider } from '../notifications/index.js';
import { reportWeeks } from '../../../domain/figures.js';
import { campaignDayList } from './rate.js';
import { getSettings, listReports, targetCommunes } from './reports.repository.js';

export const reportMissingReminder: ReminderProvider = {
  name: 'weekly-report-missing',
  async due({ db, now }) {
    const today = todayInVietnam(now);
    const campaigns = await db.selectFrom('campaigns').select(['id', 'name']).where('start_date', '<=', today)
      .where('end_date', '>=', addDays(today, -14)).execute();
    const out: DueReminder[] = [];
    for (const c of campaigns) {
      const s = await getSettings(db, c.id);
      // Only weeks that hold a campaign day expect a report: never one before the campaign's first day.
      const expected = new Set(reportWeeks(await campaignDayList(db, c.id), s.calendar));
      // The last two weeks: the one whose deadline comes next and the one just past it.
      for (const week of [addDays(weekStartOf(today), -7), addDays(weekStartOf(today), -14), weekStartOf(today)]) {
        if (!expected.has(week)) continue;
        const deadline = reportDeadline(week, s.calendar);
        const left = deadline.getTime() - now.getTime();
        const phase = left < 0 ? (left > -7 * 86400_000 ? 'after' : null) : left <= s.remindHoursBefore * 3600_000 ? 'before' : null;
        if (!phase) continue;
        const submitted = await listReports(db, { campaignId: c.id, weekStart: week, status: ['submitted', 'approved'] });
        const firsts = await listReports(db, { campaignId: c.id, weekStart: week });
        for (const commune of await targetCommunes(db, c.id)) {
          if (submitted.some((r) => r.commune_id === commune.id)) continue;
          if (firsts.some((r) => r.commune_id === commune.id && r.first_submitted_at)) continue; // returned: the return notice covers it
          const at = new Date(deadline.getTime() + 7 * 3600_000).toISOString();
          const when = `${at.slice(11, 16)} ngày ${at.slice(8, 10)}/${at.slice(5, 7)}/${at.slice(0, 4)}`;
          out.push({
            event: 'reminder.report_missing', recipients: { unitIds: [commune.id], onlyRoles: ['commune'] },
            title: phase === 'before'
              ? { vi: `Hạn gửi báo cáo ${weekLabel(week)}: ${when}`, en: `${weekLabelEn(week)} report due ${at.slice(0, 16).replace('T', ' ')} (Vietnam time)` }
              : { vi: `Xã ${commune.name} chưa gửi báo cáo ${weekLabel(week)} (quá hạn)`, en: `${commune.name} has not sent the ${weekLabelEn(week)} report (overdue)` },
            body: {
              vi: `Đề nghị xã ${commune.name} gửi báo cáo tuần về Văn phòng điều phối nông thôn mới (${c.name}). Hạn gửi: ${when}.`,
              en: `Please send the weekly report of ${commune.name} to the coordination office (${c.name}). Deadline: ${at.slice(0, 16).replace('T', ' ')} Vietnam time.`,
            },
            link: `/weekly-reports?campaignId=${c.id}&weekStart=${week}`, entity: { type: 'campaign', id: c.id },
            dedupeKey: `reminder.report_missing:${c.id}:${commune.id}:${week}:${phase}`,
          });
        }
      }
    }
    return out;
  },
};
