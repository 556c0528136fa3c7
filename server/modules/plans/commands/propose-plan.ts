// "Propose a plan" for a day: creates the draft when there is none, then adds one entry for each
// group not yet planned that day, from the campaign's road assignments, the day's registrations,
// what remains to pour and the communes' free mixers (domain/plans-proposal.ts), each with its
// one-line explanation. Entries already in the draft are left as the coordinator made them.
import { isActiveRegistration } from '../../../../domain/plans.js';
import { proposePlan as propose, type ProposedEntry } from '../../../../domain/plans-proposal.js';
import type { ProposalBasis } from '../../../db/schema-plans.js';
import type { RequestContext } from '../../../http/context.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { listGroups } from '../../groups/index.js';
import { assignmentMap } from '../assignments/assignments.repository.js';
import { planView } from '../plans.presenter.js';
import { entriesOf, getSettings, groupBookings, insertEntry, planOfDay, segmentBookings, touchPlan } from '../plans.repository.js';
import { listRegistrations } from '../registrations/registrations.repository.js';
import { mixersOn, roadSettings, segmentFacts } from '../sources.js';
import { guardBookings, planForChange } from './guards.js';
import { createDraft } from './plan-lifecycle.js';

/** Entries for a day from another planner (the season plan registers one); null or empty: the greedy rule. */
export type ProposalSource = (db: RequestContext['db'], campaignId: number, day: string) => Promise<ProposedEntry[] | null>;
let proposalSource: ProposalSource | null = null;
export function registerProposalSource(source: ProposalSource): void { proposalSource = source; }

export async function proposePlan(ctx: RequestContext, campaignId: number, day: string) {
  const existing = await planOfDay(ctx.db, campaignId, day);
  const planId = existing ? existing.id : await createDraft(ctx, campaignId, day);
  const plan = await planForChange(ctx, planId, 'edit');

  const communeIds = (await ctx.db.selectFrom('campaign_communes').select('unit_id').where('campaign_id', '=', campaignId).execute()).map((r) => r.unit_id);
  const communes = await ctx.db.selectFrom('admin_units').select(['id', 'name']).where('id', 'in', communeIds.length ? communeIds : [0]).execute();
  const groups = await listGroups(ctx.db, { campaignId });
  const facts = await segmentFacts(ctx.db, { communeIds });
  const assigned = await assignmentMap(ctx.db, campaignId);
  const regs = (await listRegistrations(ctx.db, { campaignId, day })).filter((r) => isActiveRegistration(r.status));
  const entries = await entriesOf(ctx.db, { planIds: [plan.id] });
  const plannedGroups = (await groupBookings(ctx.db, day, groups.map((g) => g.id))).map((b) => b.group_id);
  const booked = (await segmentBookings(ctx.db, day, null)).map((b) => b.segment_id);
  const mixers = await mixersOn(ctx.db, communeIds, day, [...new Set(facts.map((f) => f.roadId))]);
  const settings = await getSettings(ctx.db, campaignId);
  const road = await roadSettings(ctx.db);

  // The season plan's entries for the day come first; the greedy rule when it has none.
  const fromSeason = (await proposalSource?.(ctx.db, campaignId, day))
    ?.filter((e) => !plannedGroups.includes(e.groupId))
    .map((e) => ({ ...e, segmentIds: e.segmentIds.filter((id) => !booked.includes(id)) }))
    .filter((e) => e.segmentIds.length > 0) ?? [];
  const result = fromSeason.length ? { entries: fromSeason, skipped: [] } : propose({
    groups: groups.map((g) => ({ id: g.id, name: g.name, ordinal: g.ordinal, staff: g.members.reduce((s, m) => s + m.staff_count, 0) })),
    segments: facts.map((f) => ({ id: f.id, roadId: f.roadId, roadName: f.roadName, communeId: f.communeId, chainage: f.chainage,
      lengthMm: f.lengthMm, remainingLitres: f.remainingLitres, status: f.status, groupId: assigned.get(f.id) ?? null })),
    registrations: regs.map((r) => ({ groupId: r.group_id, communeId: r.commune_id, headcount: r.headcount, targetLitres: r.target_litres, status: r.status })),
    communes: communes.map((c) => {
      // Mixers the day's entries already use are not free.
      const used = entries.filter((e) => e.commune_id === c.id).reduce((s, e) => s + e.mixers, 0);
      return { id: c.id, name: c.name, freeMixers: (mixers.get(c.id) ?? []).slice(used) };
    }),
    plannedGroupIds: plannedGroups, bookedSegmentIds: booked,
    settings: { batchesPerMixerDay: settings.batchesPerMixerDay, labourNormMilli: Math.round(road.labourNormCongPerM3 * 1000), meetingTime: settings.meetingTime },
  });

  // The registration each entry is proposed from, kept so a later registration shows the entry stale.
  const basisOf = (groupId: number): ProposalBasis => {
    const r = regs.find((x) => x.group_id === groupId);
    return { registration: r ? { headcount: r.headcount, targetLitres: r.target_litres } : null };
  };
  const added: Array<{ entryId: number; groupId: number; explanation: { vi: string; en: string } }> = [];
  for (const e of result.entries) {
    const entryId = await guardBookings(() => insertEntry(ctx.db, plan, {
      group_id: e.groupId, commune_id: e.communeId, headcount: e.headcount, target_litres: e.targetLitres, target_length_mm: e.targetLengthMm,
      mixers: e.mixers, meeting_time: e.meetingTime, meeting_place: e.meetingPlace, notes: null,
      explanation_vi: e.explanation.vi, explanation_en: e.explanation.en,
      proposal_basis: JSON.stringify(basisOf(e.groupId)),
    }, e.segmentIds));
    added.push({ entryId, groupId: e.groupId, explanation: e.explanation });
  }
  await touchPlan(ctx.db, plan.id);
  const names = new Map(groups.map((g) => [g.id, g.name]));
  const skipped = result.skipped.map((s) => ({ ...s, groupName: names.get(s.groupId) ?? '' }));
  await recordAudit(ctx, { action: 'propose', entity: 'plan', entityId: plan.id, summary: auditText('plan.proposed', { day, count: added.length }),
    after: { added: added.map((a) => ({ entryId: a.entryId, groupId: a.groupId, explanation: a.explanation.vi })), skipped } });
  return { plan: (await planView(ctx.db, ctx.actor, plan.id))!, added, skipped };
}
