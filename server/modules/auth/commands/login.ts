// Sign in: rate-limited per username and address and per address across usernames (spraying), a fresh session id at every login (no fixation),
// failures recorded outside the answer's transaction so that they count.
import { randomBytes } from 'node:crypto';
import type { AppDeps } from '../../../http/context.js';
import { AppError } from '../../../http/errors.js';
import { hashToken } from '../../../http/session.js';
import { recordAudit } from '../../audit/index.js';
import { countRecentFailures, countRecentFailuresFromAddress, findUserByUsername, insertSession, recordAttempt } from '../auth.repository.js';
import { verifyDecoy, verifyPassword } from '../../../security/passwords.js';

export interface LoginResult { token: string; csrfToken: string; expiresAt: Date; userId: number }

export async function login(deps: AppDeps, ip: string, username: string, password: string): Promise<LoginResult> {
  const { db } = deps.dbh;
  const { loginMaxFailures, loginMaxFailuresPerAddress, loginWindowMinutes, sessionTtlHours } = deps.config;
  if (await countRecentFailures(db, username, ip, loginWindowMinutes) >= loginMaxFailures
    || await countRecentFailuresFromAddress(db, ip, loginWindowMinutes) >= loginMaxFailuresPerAddress) {
    throw new AppError('RATE_LIMITED');
  }
  const user = await findUserByUsername(db, username);
  const ok = user ? await verifyPassword(user.password_hash, password) : (await verifyDecoy(password), false);
  if (!user || !ok) {
    await recordAttempt(db, username, ip, false);
    throw new AppError('INVALID_CREDENTIALS');
  }
  if (user.disabled) {
    await recordAttempt(db, username, ip, false);
    throw new AppError('ACCOUNT_DISABLED');
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(Date.now() + sessionTtlHours * 3600_000);
  await db.transaction().execute(async (trx) => {
    await recordAttempt(trx, username, ip, true);
    await insertSession(trx, { id: hashToken(token), userId: user.id, csrfToken, expiresAt });
    await recordAudit({ db: trx, actor: { userId: user.id, role: user.role as never, agencyId: user.agency_id, unitId: user.unit_id }, ip },
      { action: 'login', entity: 'user', entityId: user.id, summary: user.username });
  });
  return { token, csrfToken, expiresAt, userId: user.id };
}
