// A cash gift from the people (recorded by the people's contributions module) posted to the fund of
// the campaign the commune takes part in on the day of the gift: a contribution like any other
// (contributions −a, fund +a), its contributor the people, its receipt the commune's receipt, and a
// link to the people's row. It is cancelled only with that row: the people's module calls
// `reversePeopleGift`, which posts a reversal entry under the ledger's usual rules.
import type { RequestContext } from '../../../http/context.js';
import { postingsFor } from '../../../../domain/ledger.js';
import { formatVnd } from '../../../../domain/format.js';
import { fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { insertPostings } from '../fund.repository.js';
import { actorOf, openFund, readEntry } from './open-fund.js';
import { postReversal } from './reverse-entry.js';

export interface PeopleGift {
  peopleContributionId: number; communeId: number; amount: number; date: string; receiptNo: string;
  donorName: string; publicNameConsent: boolean; note: string | null;
}

/** The fund of the commune's campaign that runs on `date` (the latest one starting by then when several do). */
async function fundFor(ctx: RequestContext, communeId: number, date: string) {
  return ctx.db.selectFrom('funds as f').innerJoin('campaigns as c', 'c.id', 'f.campaign_id')
    .innerJoin('campaign_communes as cc', 'cc.campaign_id', 'c.id')
    .select('f.id').where('cc.unit_id', '=', communeId).where('c.start_date', '<=', date).where('c.end_date', '>=', date)
    .orderBy('c.start_date', 'desc').orderBy('f.id', 'desc').executeTakeFirst();
}

/** Posts the gift; refused (naming the date) when no campaign fund of the commune runs on that day. */
export async function postPeopleGift(ctx: RequestContext, gift: PeopleGift) {
  const actor = actorOf(ctx);
  const fund = await fundFor(ctx, gift.communeId, gift.date);
  if (!fund) {
    fail('VALIDATION', 'contributedOn', 'Ngày này xã không thuộc chiến dịch nào có quỹ đóng góp: tiền mặt phải vào sổ quỹ của chiến dịch',
      'On this day the commune is in no campaign with a fund: cash must go into a campaign fund ledger');
  }
  await openFund(ctx, fund.id);
  const { id } = await ctx.db.insertInto('fund_entries').values({
    fund_id: fund.id, kind: 'contribution', amount: gift.amount, entry_date: gift.date, note: gift.note,
    contributor_kind: 'people', contributor_name: gift.donorName, unit_id: gift.communeId, receipt_no: gift.receiptNo,
    public_name_consent: gift.publicNameConsent, people_contribution_id: gift.peopleContributionId, created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  await insertPostings(ctx.db, fund.id, id, postingsFor({ kind: 'contribution', amount: gift.amount }));
  const entry = await readEntry(ctx, fund.id, id);
  await recordAudit(ctx, { action: 'contribute', entity: 'fund_entry', entityId: id,
    summary: auditText('fund.peopleGift', { donor: gift.donorName, commune: entry.unit_name, receipt: gift.receiptNo, amount: formatVnd(gift.amount) }), after: entry });
  return entry;
}

/** Reverses the fund entry of a people's gift (none for a gift recorded before gifts were posted). */
export async function reversePeopleGift(ctx: RequestContext, peopleContributionId: number, input: { reason: string; date: string }) {
  const link = await ctx.db.selectFrom('fund_entries').select(['id', 'fund_id']).where('people_contribution_id', '=', peopleContributionId).executeTakeFirst();
  if (!link) return null;
  await openFund(ctx, link.fund_id);
  return postReversal(ctx, link.fund_id, await readEntry(ctx, link.fund_id, link.id), input);
}
