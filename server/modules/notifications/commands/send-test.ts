// "Send me a test notification": one system.test notification to the signed-in user through every
// channel they have on, so a user (or the admin setting up SMTP or the webhook) sees it arrive.
import type { RequestContext } from '../../../http/context.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { enqueueNotification } from './enqueue-notification.js';

export async function sendTestNotification(ctx: RequestContext, userId: number) {
  const r = await enqueueNotification(ctx, {
    event: 'system.test', recipients: { userIds: [userId] },
    title: { vi: 'Thông báo thử', en: 'Test notification' },
    body: { vi: 'Đồng chí nhận được thông báo này: kênh thông báo đang hoạt động.', en: 'You received this: the notification channels work.' },
    link: '/notifications',
  });
  await recordAudit(ctx, { action: 'test', entity: 'notification', entityId: r.notificationIds[0] ?? null, summary: auditText('notification.test'), after: r });
  return { notificationId: r.notificationIds[0], deliveries: r.deliveries };
}
