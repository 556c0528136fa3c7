// The one way to notify: writes each recipient's inbox row and the outbox rows of the channels
// they chose IN THE CALLER'S TRANSACTION (ctx.db), so the event and its notifications commit
// together or not at all. Delivery happens later, in the worker (deliver-due.ts).
import { randomUUID } from 'node:crypto';
import { DEFAULT_CHANNELS, isNotificationEvent, type BilingualText, type NotificationEvent } from '../../../../domain/notifications.js';
import type { RequestContext } from '../../../http/context.js';
import { channelSettings, emailEnabled, webhookEnabled } from '../channels.js';
import { resolveRecipients, type RecipientSelector } from '../recipients.repository.js';

export interface NotificationInput {
  event: NotificationEvent;
  recipients: RecipientSelector;
  title: BilingualText;
  body: BilingualText;
  /** An app path such as '/plans/12' (made absolute for e-mail and webhook with APP_URL). */
  link?: string | null;
  /** What the notification is about, for the inbox to group or filter. */
  entity?: { type: string; id: string | number } | null;
  /** Sent at most once per user: a second enqueue with the same key skips users who had it. */
  dedupeKey?: string | null;
}

export interface EnqueueResult {
  /** The users who got a new inbox row (those who already had the dedupeKey are left out). */
  userIds: number[];
  notificationIds: number[];
  /** Outbox rows written (e-mail and webhook deliveries to come). */
  deliveries: number;
}

const CHUNK = 500;
const TITLE_MAX = 300;
const BODY_MAX = 4000;

function check(input: NotificationInput): void {
  // A programming error, not user input: callers build these texts themselves.
  if (!isNotificationEvent(input.event)) throw new Error(`unknown notification event "${input.event}"`);
  for (const [name, text, max] of [['title', input.title, TITLE_MAX], ['body', input.body, BODY_MAX]] as const) {
    if (!text?.vi?.trim() || !text?.en?.trim()) throw new Error(`notification ${name} needs vi and en`);
    if (text.vi.length > max || text.en.length > max) throw new Error(`notification ${name} longer than ${max}`);
  }
  if (input.link && !/^(\/|https?:\/\/)/.test(input.link)) throw new Error('notification link must be an app path or an http(s) URL');
}

/**
 * Notifies the selected users: inbox rows now, e-mail and webhook through the outbox.
 * @example await enqueueNotification(ctx, { event: 'plan.published', recipients: { groupIds: [3] },
 *   title: { vi: 'Kế hoạch tuần 36 đã công bố', en: 'Week 36 plan published' }, body: {…}, link: '/plans/7' })
 */
export async function enqueueNotification(ctx: Pick<RequestContext, 'db'>, input: NotificationInput): Promise<EnqueueResult> {
  check(input);
  const recipients = await resolveRecipients(ctx.db, input.recipients, input.event);
  const result: EnqueueResult = { userIds: [], notificationIds: [], deliveries: 0 };
  if (!recipients.length) return result;
  const settings = channelSettings();
  const email = emailEnabled(settings);
  const webhook = webhookEnabled(settings);
  const byUser = new Map(recipients.map((r) => [r.id, r]));

  for (let i = 0; i < recipients.length; i += CHUNK) {
    const chunk = recipients.slice(i, i + CHUNK);
    const inserted = await ctx.db.insertInto('notifications')
      .values(chunk.map((r) => ({
        user_id: r.id, event: input.event,
        title_vi: input.title.vi, title_en: input.title.en, body_vi: input.body.vi, body_en: input.body.en,
        link: input.link ?? null,
        entity_type: input.entity?.type ?? null,
        entity_id: input.entity ? String(input.entity.id) : null,
        dedupe_key: input.dedupeKey ?? null,
      })))
      // Keys are unique per user: a reminder computed twice (two nodes, two ticks) lands once.
      .onConflict((oc) => oc.columns(['user_id', 'dedupe_key']).doNothing())
      .returning(['id', 'user_id'])
      .execute();

    const outbox: Array<{ delivery_id: string; notification_id: number; channel: 'email' | 'webhook' }> = [];
    for (const n of inserted) {
      const r = byUser.get(n.user_id)!;
      result.userIds.push(n.user_id);
      result.notificationIds.push(n.id);
      if (email && r.email && (r.wantsEmail ?? DEFAULT_CHANNELS.email)) {
        outbox.push({ delivery_id: randomUUID(), notification_id: n.id, channel: 'email' });
      }
      if (webhook && (r.wantsWebhook ?? DEFAULT_CHANNELS.webhook)) {
        outbox.push({ delivery_id: randomUUID(), notification_id: n.id, channel: 'webhook' });
      }
    }
    if (outbox.length) await ctx.db.insertInto('notification_outbox').values(outbox).execute();
    result.deliveries += outbox.length;
  }
  return result;
}
