// A user changes which channels (e-mail, webhook) bring each event; the inbox is always on.
// The change and its audit entry commit together.
import type { RequestContext } from '../../../http/context.js';
import { recordAudit } from '../../audit/index.js';
import { getPreferences, upsertPreferences } from '../inbox.repository.js';
import type { PreferencesUpdateInput } from '../notifications.schema.js';

export async function setPreferences(ctx: RequestContext, userId: number, input: PreferencesUpdateInput) {
  const before = await getPreferences(ctx.db, userId);
  await upsertPreferences(ctx.db, userId, input.items);
  const after = await getPreferences(ctx.db, userId);
  await recordAudit(ctx, {
    action: 'update', entity: 'notification_preferences', entityId: userId,
    summary: `Kênh thông báo: ${input.items.map((i) => `${i.event} e-mail ${i.email ? 'bật' : 'tắt'}, webhook ${i.webhook ? 'bật' : 'tắt'}`).join('; ')}`,
    before, after,
  });
  return after;
}
