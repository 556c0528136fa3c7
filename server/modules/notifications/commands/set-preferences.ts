// A user changes which channels (e-mail, webhook) bring each event; the inbox is always on.
// The change and its audit entry commit together.
import type { RequestContext } from '../../../http/context.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { getPreferences, upsertPreferences } from '../inbox.repository.js';
import type { PreferencesUpdateInput } from '../notifications.schema.js';

export async function setPreferences(ctx: RequestContext, userId: number, input: PreferencesUpdateInput) {
  const before = await getPreferences(ctx.db, userId);
  await upsertPreferences(ctx.db, userId, input.items);
  const after = await getPreferences(ctx.db, userId);
  await recordAudit(ctx, {
    action: 'update', entity: 'notification_preferences', entityId: userId,
    summary: auditText('notification.preferences', { email: input.items.filter((i) => i.email).length, webhook: input.items.filter((i) => i.webhook).length, total: input.items.length }),
    before, after,
  });
  return after;
}
