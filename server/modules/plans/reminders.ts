// The reminder before the registration deadline: from 24 hours before a campaign day's deadline
// until the deadline, the lead agencies of groups that have not registered for that day are told,
// once each (the dedupe key names the campaign and the day).
import { addDays, todayInVietnam } from '../../../domain/dates.js';
import { deadlineFor } from '../../../domain/plans.js';
import { formatDate } from '../../../domain/format.js';
import type { DueReminder, ReminderProvider } from '../notifications/index.js';
import { getSettings } from './plans.repository.js';

export const REMINDER_HOURS_BEFORE = 24;

export const registrationDeadlineReminder: ReminderProvider = {
  name: 'registration-deadline',
  async due({ db, now }) {
    const today = todayInVietnam(now);
    // A deadline is at most a week before its day: look at the coming eight days.
    const days = await db.selectFrom('campaign_days').innerJoin('campaigns', 'campaigns.id', 'campaign_days.campaign_id')
      .select(['campaigns.id', 'campaigns.name', 'campaign_days.day'])
      .where('campaign_days.day', '>', today).where('campaign_days.day', '<=', addDays(today, 8)).execute();
    const out: DueReminder[] = [];
    for (const d of days) {
      const s = await getSettings(db, d.id);
      const deadline = deadlineFor(d.day, s.registrationDeadline);
      const left = deadline.getTime() - now.getTime();
      if (left < 0 || left > REMINDER_HOURS_BEFORE * 3600_000) continue;
      const missing = await db.selectFrom('groups').select('groups.id').where('groups.campaign_id', '=', d.id)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('registrations as r').select('r.id').whereRef('r.group_id', '=', 'groups.id')
          .where('r.day', '=', d.day).where('r.status', 'in', ['submitted', 'confirmed', 'amended'])))).execute();
      if (!missing.length) continue;
      const at = new Date(deadline.getTime() + 7 * 3600_000).toISOString().slice(11, 16);
      const atDay = formatDate(new Date(deadline.getTime() + 7 * 3600_000).toISOString().slice(0, 10));
      out.push({
        event: 'reminder.registration_deadline',
        recipients: { groupIds: missing.map((g) => g.id), onlyRoles: ['group_lead'] },
        title: { vi: `Hạn đăng ký ngày ra quân ${formatDate(d.day)}: ${at} ngày ${atDay}`, en: `Register for ${formatDate(d.day)} by ${at} on ${atDay}` },
        body: {
          vi: `Nhóm (hoặc cơ quan được giao tuyến riêng) của đồng chí chưa đăng ký ngày ra quân ${formatDate(d.day)} (${d.name}). Đề nghị đăng ký thời gian, số người và khối lượng với xã trước ${at} ngày ${atDay}.`,
          en: `Your group (or your agency, where it works on its own) has not registered for ${formatDate(d.day)} (${d.name}). Register the headcount and volume with the commune before ${at} on ${atDay} (Vietnam time).`,
        },
        link: `/campaigns/${d.id}/registrations?day=${d.day}`, entity: { type: 'campaign', id: d.id },
        dedupeKey: `reminder.registration_deadline:${d.id}:${d.day}`,
      });
    }
    return out;
  },
};
