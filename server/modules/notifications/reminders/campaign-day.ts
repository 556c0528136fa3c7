// The reminder on the eve of each campaign day: at 16:00 Asia/Ho_Chi_Minh the day before, every
// user of the campaign's group agencies and of its target communes is told what tomorrow is.
// Due from 16:00 until midnight, so a node that was down at 16:00 still sends it that evening.
import { addDays, dayOfWeek, todayInVietnam } from '../../../../domain/dates.js';
import { formatDate } from '../../../../domain/format.js';
import type { DueReminder, ReminderProvider } from './registry.js';

export const CAMPAIGN_DAY_REMINDER_HOUR = 16;
const WEEKDAY_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'];
const WEEKDAY_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** The hour of day in Vietnam (UTC+7 all year). */
function vietnamHour(now: Date): number {
  return new Date(now.getTime() + 7 * 3600_000).getUTCHours();
}

export const campaignDayReminder: ReminderProvider = {
  name: 'campaign-day-eve',
  async due({ db, now }) {
    if (vietnamHour(now) < CAMPAIGN_DAY_REMINDER_HOUR) return [];
    const tomorrow = addDays(todayInVietnam(now), 1);
    const days = await db.selectFrom('campaign_days')
      .innerJoin('campaigns', 'campaigns.id', 'campaign_days.campaign_id')
      .select(['campaigns.id', 'campaigns.name', 'campaign_days.note'])
      .where('campaign_days.day', '=', tomorrow)
      .execute();
    const out: DueReminder[] = [];
    for (const c of days) {
      const [groups, communes] = await Promise.all([
        db.selectFrom('groups').select('id').where('campaign_id', '=', c.id).execute(),
        db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', c.id).execute(),
      ]);
      const dow = dayOfWeek(tomorrow);
      const date = formatDate(tomorrow);
      const note = c.note ? ` ${c.note}` : '';
      out.push({
        event: 'reminder.campaign_day',
        recipients: { groupIds: groups.map((g) => g.id), unitIds: communes.map((u) => u.unit_id) },
        title: { vi: `Ngày mai (${WEEKDAY_VI[dow]} ${date}) ra quân: ${c.name}`, en: `Tomorrow (${WEEKDAY_EN[dow]} ${date}) is a campaign day: ${c.name}` },
        body: {
          vi: `Ngày mai, ${WEEKDAY_VI[dow].toLowerCase()} ${date}, là ngày làm việc của chiến dịch "${c.name}". Đồng chí kiểm tra kế hoạch, lực lượng và vật liệu của đơn vị mình.${note}`,
          en: `Tomorrow, ${WEEKDAY_EN[dow]} ${date}, is a working day of the campaign "${c.name}". Check your unit's plan, people and materials.${note}`,
        },
        link: `/campaigns/${c.id}`,
        entity: { type: 'campaign', id: c.id },
        dedupeKey: `reminder.campaign_day:${c.id}:${tomorrow}`,
      });
    }
    return out;
  },
};
