// Demo notifications (issue 9): the eve-of-campaign-day reminder for the demo campaign's first
// day, made by the real reminder provider, so every group and commune user opens the demo with
// an unread notification in the inbox. Its dedupe key is the provider's own: never sent twice.
import { addDays } from '../../domain/dates.js';
import type { RequestContext } from '../http/context.js';
import { campaignDayReminder, enqueueNotification } from '../modules/notifications/index.js';

export async function seedDemoNotifications(ctx: RequestContext, o: { campaignId: number }): Promise<void> {
  const first = await ctx.db.selectFrom('campaign_days').select('day').where('campaign_id', '=', o.campaignId)
    .orderBy('day').limit(1).executeTakeFirst();
  if (!first) return;
  const eve = new Date(`${addDays(first.day, -1)}T16:00:00+07:00`);
  for (const r of await campaignDayReminder.due({ db: ctx.db, now: eve })) {
    if (r.entity?.id === o.campaignId) await enqueueNotification(ctx, r);
  }
}
