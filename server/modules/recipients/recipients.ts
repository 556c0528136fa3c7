// A directive's recipients ("Nơi nhận"): the office sets the list (bodies as printed, agencies,
// communes); each agency's or commune's users mark it read; everyone who reads directives sees who
// has read it and who has not. Each write is authorised, checked and audited in its transaction.
import { z } from '@hono/zod-openapi';
import { can, type Actor } from '../../../domain/roles.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { RequestContext } from '../../http/context.js';
import { AppError, fail } from '../../http/errors.js';
import { auditText, recordAudit } from '../audit/index.js';
import { businessNow } from '../directives/index.js';

export const RecipientsPut = z.object({
  bodies: z.array(z.string().trim().min(2).max(200)).max(30).default([]).openapi({ example: ['Các đ/c ủy viên BTV Huyện ủy'] }),
  agencyIds: z.array(z.number().int().positive()).max(300).default([]),
  communeIds: z.array(z.number().int().positive()).max(300).default([]),
}).openapi('DirectiveRecipientsPut');

async function directiveOrThrow(db: Kysely<Database>, id: number) {
  const d = await db.selectFrom('directives').select(['id', 'number']).where('id', '=', id).executeTakeFirst();
  if (!d) throw new AppError('NOT_FOUND');
  return d;
}

/** Whether the actor is one of the users of this recipient (its agency's or its commune's). */
function isMine(actor: Actor, r: { kind: string; agency_id: number | null; unit_id: number | null }): boolean {
  return (r.kind === 'agency' && actor.agencyId !== null && actor.agencyId === r.agency_id)
    || (r.kind === 'commune' && actor.unitId !== null && actor.unitId === r.unit_id);
}

export async function listRecipients(db: Kysely<Database>, directiveId: number, actor: Actor) {
  await directiveOrThrow(db, directiveId);
  const rows = await db.selectFrom('directive_recipients as r')
    .leftJoin('agencies as a', 'a.id', 'r.agency_id').leftJoin('admin_units as u', 'u.id', 'r.unit_id')
    .select(['r.id', 'r.kind', 'r.body_name', 'r.agency_id', 'r.unit_id', 'a.name as agency_name', 'u.name as unit_name'])
    .where('r.directive_id', '=', directiveId).orderBy('r.ordinal').execute();
  const reads = await db.selectFrom('directive_reads as d').innerJoin('users as us', 'us.id', 'd.user_id')
    .select(['d.recipient_id', 'd.read_at', 'us.display_name']).where('d.recipient_id', 'in', rows.length ? rows.map((r) => r.id) : [0])
    .orderBy('d.read_at').execute();
  const items = rows.map((r) => {
    const first = reads.find((x) => x.recipient_id === r.id);
    const mine = isMine(actor, r);
    return {
      id: r.id, kind: r.kind, name: r.body_name ?? r.agency_name ?? r.unit_name ?? '', agencyId: r.agency_id, communeId: r.unit_id,
      tracked: r.kind !== 'body',
      read: first ? { by: first.display_name, at: new Date(first.read_at).toISOString() } : null,
      mine, actions: mine && !first ? ['markRead' as const] : [],
    };
  });
  const tracked = items.filter((i) => i.tracked);
  return {
    items,
    counts: { total: items.length, tracked: tracked.length, read: tracked.filter((i) => i.read).length },
    actions: can(actor, 'directives.write') ? ['edit' as const] : [],
  };
}

export async function setRecipients(ctx: RequestContext, directiveId: number, input: z.infer<typeof RecipientsPut>) {
  const d = await directiveOrThrow(ctx.db, directiveId);
  const agencies = input.agencyIds.length ? await ctx.db.selectFrom('agencies').select('id').where('id', 'in', input.agencyIds).execute() : [];
  const badAgency = input.agencyIds.findIndex((id) => !agencies.some((a) => a.id === id));
  if (badAgency >= 0) fail('VALIDATION', `agencyIds.${badAgency}`, 'Cơ quan không tồn tại', 'No such agency');
  const units = input.communeIds.length ? await ctx.db.selectFrom('admin_units').select(['id', 'level']).where('id', 'in', input.communeIds).execute() : [];
  const badUnit = input.communeIds.findIndex((id) => !units.some((u) => u.id === id && ['commune', 'town', 'ward'].includes(u.level)));
  if (badUnit >= 0) fail('VALIDATION', `communeIds.${badUnit}`, 'Không phải xã, thị trấn', 'Not a commune');
  const before = await ctx.db.selectFrom('directive_recipients').selectAll().where('directive_id', '=', directiveId).orderBy('ordinal').execute();
  // Reads belong to a recipient: a recipient kept keeps its reads, one removed loses them.
  const keep = (kind: string, id: number | string) => before.find((b) => b.kind === kind && (b.agency_id === id || b.unit_id === id || b.body_name === id));
  const wanted = [
    ...[...new Set(input.bodies)].map((name) => ({ kind: 'body' as const, key: name })),
    ...[...new Set(input.agencyIds)].map((id) => ({ kind: 'agency' as const, key: id })),
    ...[...new Set(input.communeIds)].map((id) => ({ kind: 'commune' as const, key: id })),
  ];
  const kept = wanted.map((w) => keep(w.kind, w.key)?.id).filter((x): x is number => !!x);
  await ctx.db.deleteFrom('directive_recipients').where('directive_id', '=', directiveId).where('id', 'not in', kept.length ? kept : [0]).execute();
  for (const [i, w] of wanted.entries()) {
    const existing = keep(w.kind, w.key);
    if (existing) await ctx.db.updateTable('directive_recipients').set({ ordinal: i + 1 }).where('id', '=', existing.id).execute();
    else {
      await ctx.db.insertInto('directive_recipients').values({
        directive_id: directiveId, ordinal: i + 1, kind: w.kind,
        body_name: w.kind === 'body' ? String(w.key) : null, agency_id: w.kind === 'agency' ? Number(w.key) : null, unit_id: w.kind === 'commune' ? Number(w.key) : null,
      }).execute();
    }
  }
  const after = await listRecipients(ctx.db, directiveId, ctx.actor!);
  await recordAudit(ctx, { action: 'update', entity: 'directive_recipients', entityId: directiveId, summary: auditText('directive.recipients', { number: d.number, count: after.items.length }),
    before: before.map((b) => ({ kind: b.kind, body: b.body_name, agencyId: b.agency_id, unitId: b.unit_id })), after: after.items.map((i) => ({ kind: i.kind, name: i.name })) });
  return after;
}

/** The actor's agency or commune marks the directive read (once per user; again is harmless). */
export async function markRead(ctx: RequestContext, directiveId: number) {
  const d = await directiveOrThrow(ctx.db, directiveId);
  const rows = await ctx.db.selectFrom('directive_recipients').select(['id', 'kind', 'agency_id', 'unit_id']).where('directive_id', '=', directiveId).execute();
  const mine = rows.filter((r) => isMine(ctx.actor!, r));
  if (!mine.length) fail('FORBIDDEN', 'directiveId', 'Cơ quan, xã của bạn không có trong nơi nhận văn bản này', 'Your agency or commune is not a recipient of this document');
  // Read on the business clock, like every stamp of the demo's October 2021 (the real instant in production).
  const readAt = await businessNow(ctx.db);
  await ctx.db.insertInto('directive_reads').values(mine.map((r) => ({ recipient_id: r.id, user_id: ctx.actor!.userId, read_at: readAt })))
    .onConflict((oc) => oc.columns(['recipient_id', 'user_id']).doNothing()).execute();
  await recordAudit(ctx, { action: 'read', entity: 'directive', entityId: directiveId, summary: d.number });
  return listRecipients(ctx.db, directiveId, ctx.actor!);
}
