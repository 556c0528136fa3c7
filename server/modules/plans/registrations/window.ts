// The registration and confirmation deadlines of a campaign day, from the campaign's plan settings,
// against "now" (the demo's pinned date when set).
import type { Kysely } from 'kysely';
import { deadlineFor } from '../../../../domain/plans.js';
import type { Database } from '../../../db/schema.js';
import { businessNow } from '../clock.js';
import { getSettings } from '../plans.repository.js';

export async function windowFor(db: Kysely<Database>, campaignId: number, day: string) {
  const s = await getSettings(db, campaignId);
  const now = await businessNow(db);
  const registrationDeadline = deadlineFor(day, s.registrationDeadline);
  const confirmationDeadline = deadlineFor(day, s.confirmationDeadline);
  return {
    day, registrationDeadline: registrationDeadline.toISOString(), confirmationDeadline: confirmationDeadline.toISOString(),
    registrationOpen: now.getTime() <= registrationDeadline.getTime(), confirmationOpen: now.getTime() <= confirmationDeadline.getTime(),
  };
}
