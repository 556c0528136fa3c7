// Resolves a recipient selector (users, roles, agencies, units, groups) to active user ids with
// their e-mail address and channel choices for one event: one query, each user once.
import { type Kysely, type Expression, type SqlBool } from 'kysely';
import type { Role } from '../../../domain/roles.js';
import type { Database } from '../../db/schema.js';

/** Who receives a notification: the union of every list given, minus the disabled accounts. */
export interface RecipientSelector {
  userIds?: number[];
  roles?: Role[];
  /** Users working for these agencies. */
  agencyIds?: number[];
  /** Users working for these administrative units (commune users). */
  unitIds?: number[];
  /** Users of every member agency of these groups (the lead agency is a member). */
  groupIds?: number[];
  /** Keep only users of these roles (e.g. groupIds + onlyRoles ['group_lead']). */
  onlyRoles?: Role[];
  /** Leave these users out (e.g. the actor who caused the event). */
  excludeUserIds?: number[];
}

export interface ResolvedRecipient {
  id: number;
  email: string | null;
  wantsEmail: boolean | null;
  wantsWebhook: boolean | null;
}

export function isEmptySelector(r: RecipientSelector): boolean {
  return !r.userIds?.length && !r.roles?.length && !r.agencyIds?.length && !r.unitIds?.length && !r.groupIds?.length;
}

export async function resolveRecipients(db: Kysely<Database>, r: RecipientSelector, event: string): Promise<ResolvedRecipient[]> {
  if (isEmptySelector(r)) return [];
  return db.selectFrom('users')
    .leftJoin('notification_preferences as p', (j) => j.onRef('p.user_id', '=', 'users.id').on('p.event', '=', event))
    .select(['users.id', 'users.email', 'p.email as wantsEmail', 'p.webhook as wantsWebhook'])
    .where('users.disabled', '=', false)
    .where((eb) => {
      const any: Expression<SqlBool>[] = [];
      if (r.userIds?.length) any.push(eb('users.id', 'in', r.userIds));
      if (r.roles?.length) any.push(eb('users.role', 'in', r.roles));
      if (r.agencyIds?.length) any.push(eb('users.agency_id', 'in', r.agencyIds));
      if (r.unitIds?.length) any.push(eb('users.unit_id', 'in', r.unitIds));
      if (r.groupIds?.length) {
        any.push(eb('users.agency_id', 'in', eb.selectFrom('group_members').select('group_members.agency_id')
          .where('group_members.group_id', 'in', r.groupIds)));
      }
      return eb.or(any);
    })
    .$if(!!r.onlyRoles?.length, (q) => q.where('users.role', 'in', r.onlyRoles!))
    .$if(!!r.excludeUserIds?.length, (q) => q.where('users.id', 'not in', r.excludeUserIds!))
    .orderBy('users.id')
    .execute();
}
