// The lead agency's user registers its group for a campaign day, changes the registration (which
// sends it back to the commune) or withdraws it, before the registration deadline. Only the user of
// THIS group's lead agency may: any other user gets 403, and nothing is written.
import { registrationTransition, type RegistrationStatus } from '../../../../../domain/plans.js';
import { checkRegistrationSplit } from '../../../../../domain/plausibility.js';
import type { RequestContext } from '../../../../http/context.js';
import { AppError, fail } from '../../../../http/errors.js';
import { auditText, recordAudit } from '../../../audit/index.js';
import { requireCampaignDay, requireNotPast } from '../../commands/guards.js';
import { isLeadOf } from '../../plans.policy.js';
import { getRegistration, lockRegistration, type RegistrationRow } from '../registrations.repository.js';
import type { RegistrationCreateInput, RegistrationUpdateInput } from '../registrations.schema.js';
import { businessNow } from '../../clock.js';
import { windowFor } from '../window.js';

async function groupFor(ctx: RequestContext, groupId: number) {
  const g = await ctx.db.selectFrom('groups').select(['id', 'name', 'campaign_id', 'lead_agency_id']).where('id', '=', groupId).executeTakeFirst();
  if (!g) fail('VALIDATION', 'groupId', 'Không có nhóm này', 'No such group');
  if (!isLeadOf(ctx.actor, g)) throw new AppError('NOT_GROUP_LEAD');
  return g;
}

async function checkFields(ctx: RequestContext, group: { id: number; campaign_id: number }, v: { communeId: number; headcount: number; perAgency: Array<{ agencyId: number; headcount: number }> }) {
  const commune = await ctx.db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', group.campaign_id).where('unit_id', '=', v.communeId).executeTakeFirst();
  if (!commune) fail('NOT_IN_CAMPAIGN', 'communeId', 'Xã không phải là xã của chiến dịch', 'The commune is not a target of this campaign');
  await checkPerAgency(ctx, group.id, v.headcount, v.perAgency);
}

/**
 * Member agencies of the group, each once; the split adds up to the headcount and no agency sends
 * more than its staff (domain/plausibility.ts), so participation can never exceed 100 %.
 */
export async function checkPerAgency(ctx: RequestContext, groupId: number, headcount: number, perAgency: Array<{ agencyId: number; headcount: number }>) {
  if (!perAgency.length) return;
  const ids = perAgency.map((p) => p.agencyId);
  if (new Set(ids).size !== ids.length) fail('VALIDATION', 'perAgency', 'Một cơ quan được ghi hai lần', 'An agency is listed twice');
  const members = await ctx.db.selectFrom('group_members as gm').innerJoin('agencies as a', 'a.id', 'gm.agency_id')
    .select(['a.id', 'a.name', 'a.staff_count']).where('gm.group_id', '=', groupId).execute();
  if (ids.some((id) => !members.some((m) => m.id === id))) fail('VALIDATION', 'perAgency', 'Có cơ quan không thuộc nhóm', 'An agency is not a member of the group');
  const findings = checkRegistrationSplit(headcount, perAgency.map((p, index) => {
    const m = members.find((x) => x.id === p.agencyId)!;
    return { index, agencyName: m.name, headcount: p.headcount, staff: m.staff_count };
  }));
  if (findings.length) throw new AppError('IMPLAUSIBLE', findings.map((f) => ({ field: f.field, code: f.code, vi: f.vi, en: f.en })));
}

async function requireOpen(ctx: RequestContext, campaignId: number, day: string) {
  const w = await windowFor(ctx.db, campaignId, day);
  if (!w.registrationOpen) {
    const at = new Date(Date.parse(w.registrationDeadline) + 7 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
    fail('REGISTRATION_CLOSED', 'day', `Hạn đăng ký cho ngày ${day} là ${at}: liên hệ Văn phòng điều phối`, `The deadline for ${day} was ${at} (Vietnam time): contact the office`);
  }
}

export function valuesOf(r: Pick<RegistrationRow, 'headcount' | 'per_agency' | 'target_litres' | 'target_length_mm'>) {
  return { headcount: r.headcount, perAgency: r.per_agency, targetVolumeM3: r.target_litres / 1000, targetLengthM: r.target_length_mm === null ? null : r.target_length_mm / 1000 };
}

export async function createRegistration(ctx: RequestContext, campaignId: number, input: RegistrationCreateInput) {
  const group = await groupFor(ctx, input.groupId);
  if (group.campaign_id !== campaignId) fail('NOT_IN_CAMPAIGN', 'groupId', 'Nhóm không thuộc chiến dịch này', 'The group is not part of this campaign');
  await requireCampaignDay(ctx, campaignId, input.day);
  await requireNotPast(ctx, input.day);
  await checkFields(ctx, group, input);
  const existing = await ctx.db.selectFrom('registrations').select('id').where('group_id', '=', group.id).where('day', '=', input.day).executeTakeFirst();
  if (existing) fail('CONFLICT', 'day', 'Nhóm đã đăng ký ngày này: sửa đăng ký đã có', 'The group already registered this day: change that registration');
  await requireOpen(ctx, campaignId, input.day);
  const { id } = await ctx.db.insertInto('registrations').values({
    campaign_id: campaignId, group_id: group.id, day: input.day, commune_id: input.communeId, headcount: input.headcount,
    per_agency: JSON.stringify(input.perAgency), target_litres: Math.round(input.targetVolumeM3 * 1000),
    target_length_mm: input.targetLengthM == null ? null : Math.round(input.targetLengthM * 1000),
    transport: input.transport ?? null, tools: input.tools ?? null, note: input.note ?? null, submitted_by: ctx.actor!.userId, submitted_at: await businessNow(ctx.db),
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await getRegistration(ctx.db, id))!;
  await recordAudit(ctx, { action: 'create', entity: 'registration', entityId: id, summary: auditText('registration.created', { group: group.name, day: input.day, headcount: input.headcount }), after: { ...input } });
  return row;
}

async function forGroupChange(ctx: RequestContext, id: number, action: 'edit' | 'withdraw', expectedVersion?: number) {
  const r = await lockRegistration(ctx.db, id);
  if (!r) throw new AppError('NOT_FOUND');
  if (!isLeadOf(ctx.actor, r)) throw new AppError('NOT_GROUP_LEAD');
  if (expectedVersion !== undefined && expectedVersion !== r.version) throw new AppError('STALE_VERSION');
  const to = registrationTransition(r.status, action, 'group', null);
  if (typeof to !== 'string' || !['submitted', 'withdrawn'].includes(to)) throw new AppError('REGISTRATION_TRANSITION_NOT_ALLOWED');
  await requireNotPast(ctx, r.day);
  // Withdrawing stays possible after the deadline: the commune had better know.
  if (action === 'edit') await requireOpen(ctx, r.campaign_id, r.day);
  return { r, to: to as RegistrationStatus };
}

export async function updateRegistration(ctx: RequestContext, id: number, input: RegistrationUpdateInput, expectedVersion?: number) {
  const { r, to } = await forGroupChange(ctx, id, 'edit', expectedVersion);
  const next = {
    communeId: input.communeId ?? r.commune_id, headcount: input.headcount ?? r.headcount, perAgency: input.perAgency ?? r.per_agency,
    targetLitres: input.targetVolumeM3 !== undefined ? Math.round(input.targetVolumeM3 * 1000) : r.target_litres,
    targetLengthMm: input.targetLengthM !== undefined ? (input.targetLengthM === null ? null : Math.round(input.targetLengthM * 1000)) : r.target_length_mm,
  };
  await checkFields(ctx, { id: r.group_id, campaign_id: r.campaign_id }, next);
  await ctx.db.updateTable('registrations').set({
    commune_id: next.communeId, headcount: next.headcount, per_agency: JSON.stringify(next.perAgency), target_litres: next.targetLitres,
    target_length_mm: next.targetLengthMm,
    transport: input.transport !== undefined ? input.transport : r.transport, tools: input.tools !== undefined ? input.tools : r.tools,
    note: input.note !== undefined ? input.note : r.note,
    // A changed registration goes back to the commune: its earlier decision no longer holds.
    status: to, commune_comment: null, original: null, decided_by: null, decided_at: null, decided_late: null,
    submitted_by: ctx.actor!.userId, submitted_at: await businessNow(ctx.db), updated_at: new Date(), version: r.version + 1,
  }).where('id', '=', id).execute();
  const after = (await getRegistration(ctx.db, id))!;
  await recordAudit(ctx, { action: 'update', entity: 'registration', entityId: id, summary: `${r.group_name} · ${r.day}`, before: r, after });
  return after;
}

export async function withdrawRegistration(ctx: RequestContext, id: number, expectedVersion?: number) {
  const { r, to } = await forGroupChange(ctx, id, 'withdraw', expectedVersion);
  await ctx.db.updateTable('registrations').set({ status: to, updated_at: new Date(), version: r.version + 1 }).where('id', '=', id).execute();
  await recordAudit(ctx, { action: 'withdraw', entity: 'registration', entityId: id, summary: `${r.group_name} · ${r.day}`, before: { status: r.status }, after: { status: to } });
  return (await getRegistration(ctx.db, id))!;
}
