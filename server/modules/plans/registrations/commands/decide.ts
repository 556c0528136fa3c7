// The commune confirms a registration, amends it with a comment (what the group sent is kept), or
// declines it with a comment; the group's lead agency is told. A decision after the confirmation
// deadline is allowed but marked late.
import { registrationTransition, type RegistrationAction } from '../../../../../domain/plans.js';
import type { RequestContext } from '../../../../http/context.js';
import { AppError, fail } from '../../../../http/errors.js';
import { auditText, recordAudit, tail } from '../../../audit/index.js';
import { notifyRegistrationDecided, type Decision } from '../../notify.js';
import { mayDecideRegistration } from '../../plans.policy.js';
import { getRegistration, lockRegistration } from '../registrations.repository.js';
import type { AmendInputT } from '../registrations.schema.js';
import { businessNow } from '../../clock.js';
import { windowFor } from '../window.js';
import { checkPerAgency, valuesOf } from './register.js';

export async function decideRegistration(ctx: RequestContext, id: number, action: Extract<RegistrationAction, 'confirm' | 'amend' | 'decline'>, input: AmendInputT, expectedVersion?: number) {
  const r = await lockRegistration(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND');
  if (!mayDecideRegistration(ctx.actor, r.commune_id)) throw new AppError('FORBIDDEN');
  if (expectedVersion !== undefined && expectedVersion !== r.version) throw new AppError('STALE_VERSION');
  const comment = input.comment?.trim() || null;
  const to = registrationTransition(r.status, action, 'commune', comment);
  if (to === 'REASON_REQUIRED') fail('REASON_REQUIRED', 'comment', 'Cần ghi ý kiến của xã', "The commune's comment is required");
  if (to === 'FORBIDDEN') throw new AppError('FORBIDDEN');
  if (to === 'REGISTRATION_TRANSITION_NOT_ALLOWED') throw new AppError('REGISTRATION_TRANSITION_NOT_ALLOWED');

  const patch: Record<string, unknown> = {};
  if (action === 'amend') {
    const headcount = input.headcount ?? r.headcount;
    // A new headcount without a new split drops the group's split, which no longer adds up.
    const perAgency = input.perAgency ?? (input.headcount !== undefined && r.per_agency.reduce((s, p) => s + p.headcount, 0) !== headcount ? [] : r.per_agency);
    await checkPerAgency(ctx, r.group_id, headcount, perAgency);
    Object.assign(patch, {
      headcount, per_agency: JSON.stringify(perAgency),
      target_litres: input.targetVolumeM3 !== undefined ? Math.round(input.targetVolumeM3 * 1000) : r.target_litres,
      target_length_mm: input.targetLengthM !== undefined ? (input.targetLengthM === null ? null : Math.round(input.targetLengthM * 1000)) : r.target_length_mm,
      // What the group sent, kept from the first amendment on.
      original: JSON.stringify(r.original ?? valuesOf(r)),
    });
  }
  const w = await windowFor(ctx.db, r.campaign_id, r.day);
  await ctx.db.updateTable('registrations').set({
    ...patch, status: to, commune_comment: comment, decided_by: ctx.actor!.userId, decided_at: await businessNow(ctx.db), decided_late: !w.confirmationOpen,
    updated_at: new Date(), version: r.version + 1,
  }).where('id', '=', id).execute();
  const after = (await getRegistration(ctx.db, id))!;
  await notifyRegistrationDecided(ctx, after, to as Decision, comment);
  await recordAudit(ctx, { action, entity: 'registration', entityId: id, summary: auditText('registration.decided', { group: r.group_name, day: r.day, status: to, comment: tail(comment) }),
    before: { status: r.status, ...valuesOf(r) }, after: { status: to, comment, ...valuesOf(after), late: !w.confirmationOpen } });
  return after;
}
