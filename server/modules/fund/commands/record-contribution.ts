// A contribution to the fund, by an official (name and agency) or by an agency for its staff,
// with the receipt number; a receipt number is used once (a reversed one may be used again).
import { postingsFor } from '../../../../domain/ledger.js';
import type { RequestContext } from '../../../http/context.js';
import { fail } from '../../../http/errors.js';
import { recordAudit } from '../../audit/index.js';
import { insertPostings, liveReceipt } from '../fund.repository.js';
import type { ContributionInput } from '../fund.schema.js';
import { actorOf, openFund, readEntry } from './open-fund.js';

export async function recordContribution(ctx: RequestContext, fundId: number, input: ContributionInput) {
  const actor = actorOf(ctx);
  await openFund(ctx, fundId);
  if (!(await ctx.db.selectFrom('agencies').select('id').where('id', '=', input.agencyId).executeTakeFirst())) {
    fail('VALIDATION', 'agencyId', 'Cơ quan không tồn tại', 'No such agency');
  }
  if (await liveReceipt(ctx.db, fundId, input.receiptNo)) {
    fail('DUPLICATE_RECEIPT', 'receiptNo', `Số biên lai "${input.receiptNo}" đã được dùng`, `Receipt number "${input.receiptNo}" is already used`);
  }
  const { id } = await ctx.db.insertInto('fund_entries').values({
    fund_id: fundId, kind: 'contribution', amount: input.amount, entry_date: input.date, note: input.note ?? null,
    contributor_kind: input.contributorKind, contributor_name: input.contributorKind === 'official' ? input.contributorName! : (input.contributorName || null),
    agency_id: input.agencyId, receipt_no: input.receiptNo, collected_by: input.collectedBy,
    public_name_consent: input.publicNameConsent ?? false, created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await insertPostings(ctx.db, fundId, id, postingsFor({ kind: 'contribution', amount: input.amount }));
  const entry = await readEntry(ctx, fundId, id);
  await recordAudit(ctx, { action: 'contribute', entity: 'fund_entry', entityId: id, summary: `${input.receiptNo}: ${input.amount}`, after: entry });
  return entry;
}
