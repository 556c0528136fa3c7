// A signed-in user changes their own password; other sessions of the user are signed out.
import type { RequestContext } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { deleteOtherSessions } from '../auth.repository.js';
import { hashPassword, verifyPassword } from '../../../security/passwords.js';

export async function changePassword(ctx: RequestContext, sessionId: string | null, current: string, next: string): Promise<void> {
  const actor = ctx.actor!;
  const user = await ctx.db.selectFrom('users').select(['id', 'password_hash', 'version']).where('id', '=', actor.userId).executeTakeFirstOrThrow();
  if (!(await verifyPassword(user.password_hash, current))) fail('WRONG_PASSWORD', 'currentPassword');
  if (current === next) fail('VALIDATION', 'newPassword', 'Mật khẩu mới phải khác mật khẩu hiện tại', 'The new password must differ from the current one');
  await ctx.db.updateTable('users')
    .set({ password_hash: await hashPassword(next), updated_at: new Date(), version: user.version + 1 })
    .where('id', '=', actor.userId).execute();
  await deleteOtherSessions(ctx.db, actor.userId, sessionId);
  await recordAudit(ctx, { action: 'change_password', entity: 'user', entityId: actor.userId });
}
