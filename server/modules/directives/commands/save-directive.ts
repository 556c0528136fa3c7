// Create a directive with its numbered items and their tasks in one go, change its heading, or
// add an item. A number is unique with its date; every task is checked before anything is stored.
import { searchKey } from '../../../../domain/text.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { campaignExists, earliestTaskStart, getDirectiveHead, nextItemOrdinal } from '../directives.repository.js';
import type { DirectiveCreateInput, DirectiveUpdateInput, ItemInput } from '../directives.schema.js';
import { checkTask, insertTask, Issues, type CheckedTask } from './add-task.js';

async function checkNumber(ctx: RequestContext, number: string, issuedOn: string, selfId?: number) {
  let q = ctx.db.selectFrom('directives').select('id')
    .where((eb) => eb(eb.fn('lower', ['number']), '=', number.toLowerCase())).where('issued_on', '=', issuedOn);
  if (selfId) q = q.where('id', '!=', selfId);
  if (await q.executeTakeFirst()) fail('CONFLICT', 'number', 'Đã có văn bản cùng số và ngày ban hành', 'A document with this number and date already exists');
}

async function checkCampaign(ctx: RequestContext, campaignId: number | null | undefined) {
  if (campaignId && !(await campaignExists(ctx.db, campaignId))) fail('VALIDATION', 'campaignId', 'Không có chiến dịch này', 'No such campaign');
}

/** Checks the items' ordinals and every task; throws all problems at once. */
async function checkItems(ctx: RequestContext, d: Parameters<typeof checkTask>[1], items: ItemInput[], firstOrdinal: number, taken: number[], at: (i: number) => string) {
  const issues = new Issues();
  const ordinals = new Set(taken);
  const checked: Array<{ ordinal: number; item: ItemInput; tasks: CheckedTask[] }> = [];
  for (const [i, item] of items.entries()) {
    const ordinal = item.ordinal ?? firstOrdinal + i;
    if (ordinals.has(ordinal)) issues.add(`${at(i)}ordinal`, 'VALIDATION', 'Số thứ tự mục bị trùng', 'Duplicate item number');
    ordinals.add(ordinal);
    const tasks: CheckedTask[] = [];
    for (const [j, t] of item.tasks.entries()) {
      const c = await checkTask(ctx, d, t, `${at(i)}tasks.${j}.`, issues);
      if (c) tasks.push(c);
    }
    checked.push({ ordinal, item, tasks });
  }
  issues.throwIfAny();
  return checked;
}

async function insertItems(ctx: RequestContext, d: Parameters<typeof insertTask>[1], checked: Awaited<ReturnType<typeof checkItems>>, today: string) {
  let instances = 0;
  for (const c of checked) {
    const { id } = await ctx.db.insertInto('directive_items').values({ directive_id: d.id, ordinal: c.ordinal, title: c.item.title ?? null, body: c.item.body })
      .returning('id').executeTakeFirstOrThrow();
    for (const t of c.tasks) instances += (await insertTask(ctx, d, id, t, today)).instances;
  }
  return instances;
}

export async function createDirective(ctx: RequestContext, input: DirectiveCreateInput, today: string): Promise<number> {
  await checkCampaign(ctx, input.campaignId);
  await checkNumber(ctx, input.number, input.issuedOn);
  const { id } = await ctx.db.insertInto('directives').values({
    type: input.type, number: input.number, issued_on: input.issuedOn, issuing_body: input.issuingBody, signer_name: input.signerName,
    signer_title: input.signerTitle ?? null, summary: input.summary, campaign_id: input.campaignId ?? null,
    search_text: searchKey(input.number, input.summary, input.issuingBody), created_by: ctx.actor?.userId ?? null,
  }).returning('id').executeTakeFirstOrThrow();
  const d = (await getDirectiveHead(ctx.db, id))!;
  const checked = await checkItems(ctx, d, input.items, 1, [], (i) => `items.${i}.`);
  const instances = await insertItems(ctx, d, checked, today);
  await recordAudit(ctx, { action: 'create', entity: 'directive', entityId: id, summary: `${input.number} (${input.issuedOn})`, after: { ...input, instances } });
  return id;
}

export async function addItem(ctx: RequestContext, directiveId: number, item: ItemInput, today: string) {
  const d = await getDirectiveHead(ctx.db, directiveId);
  if (!d) throw new AppError('NOT_FOUND');
  const taken = (await ctx.db.selectFrom('directive_items').select('ordinal').where('directive_id', '=', directiveId).execute()).map((r) => r.ordinal);
  // The item's own fields are at the top of the body: its problems are named without a prefix.
  const [checked] = await checkItems(ctx, d, [item], await nextItemOrdinal(ctx.db, directiveId), taken, () => '');
  const instances = await insertItems(ctx, d, [checked], today);
  await ctx.db.updateTable('directives').set({ version: d.version + 1, updated_at: new Date() }).where('id', '=', d.id).execute();
  await recordAudit(ctx, { action: 'add_item', entity: 'directive', entityId: d.id, summary: `${d.number} · ${checked.ordinal}`, after: { ...item, ordinal: checked.ordinal, instances } });
}

export async function updateDirective(ctx: RequestContext, id: number, input: DirectiveUpdateInput, expectedVersion: number | undefined) {
  const d = await getDirectiveHead(ctx.db, id);
  if (!d) throw new AppError('NOT_FOUND');
  if (expectedVersion !== undefined && expectedVersion !== d.version) throw new AppError('STALE_VERSION');
  const next = {
    type: input.type ?? d.type, number: input.number ?? d.number, issued_on: input.issuedOn ?? d.issued_on,
    issuing_body: input.issuingBody ?? d.issuing_body, signer_name: input.signerName ?? d.signer_name,
    signer_title: input.signerTitle !== undefined ? input.signerTitle : d.signer_title, summary: input.summary ?? d.summary,
    campaign_id: input.campaignId !== undefined ? input.campaignId : d.campaign_id,
  };
  await checkCampaign(ctx, next.campaign_id);
  await checkNumber(ctx, next.number, next.issued_on, id);
  // Moving the issue date past a task would leave that task due before its directive.
  const earliest = await earliestTaskStart(ctx.db, id);
  if (earliest && next.issued_on > earliest) {
    fail('DUE_BEFORE_DIRECTIVE', 'issuedOn', `Đã có nhiệm vụ đến hạn từ ngày ${earliest}, trước ngày ban hành mới`, `A task is already due from ${earliest}, before the new issue date`);
  }
  await ctx.db.updateTable('directives').set({
    ...next, signer_title: next.signer_title ?? null, search_text: searchKey(next.number, next.summary, next.issuing_body),
    updated_at: new Date(), version: d.version + 1,
  }).where('id', '=', id).execute();
  const { search_text: _s, created_at: _c, updated_at: _u, ...before } = d;
  await recordAudit(ctx, { action: 'update', entity: 'directive', entityId: id, summary: next.number, before, after: { ...before, ...next, version: d.version + 1 } });
}
