// Records what the people give a commune. Cash carries its receipt (a number used once per commune
// while live); a gift in kind is received into the stock ledger as a donation lot at a staging
// point, so it waits for the same inspection as a purchase before it can be issued; labour-days
// may name the workday they were given on; land names the road it widens, its area and length
// (the signed record is attached as a file afterwards). Every field a kind needs is named at once.
import type { RequestContext } from '../../../http/context.js';
import type { FieldError } from '../../../../domain/errors.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { businessToday } from '../../directives/index.js';
import { receiveLot, reverseLotReceipt } from '../../materials/index.js';
import { canRecordPeopleFor } from '../people.policy.js';
import { getPeopleRow, liveReceiptIn } from '../people.repository.js';
import type { PeopleContributionInput } from '../people.schema.js';

const NEEDS: Record<PeopleContributionInput['kind'], Array<keyof PeopleContributionInput>> = {
  cash: ['amount', 'receiptNo'],
  in_kind: ['materialCode', 'pointId', 'quantity'],
  labour: ['labourDays'],
  land: ['roadId', 'areaM2', 'lengthM'],
};

export async function recordPeopleContribution(ctx: RequestContext, input: PeopleContributionInput) {
  const actor = ctx.actor!;
  if (!canRecordPeopleFor(actor, input.communeId)) throw new AppError('FORBIDDEN');
  const missing: FieldError[] = NEEDS[input.kind].filter((k) => input[k] === undefined || input[k] === null)
    .map((k) => ({ field: k, code: 'required', vi: 'Bắt buộc với loại đóng góp này', en: 'Required for this kind of contribution' }));
  if (missing.length) throw new AppError('VALIDATION', missing);

  const commune = await ctx.db.selectFrom('admin_units').select(['id', 'level']).where('id', '=', input.communeId).executeTakeFirst();
  if (!commune || commune.level === 'village' || commune.level === 'district' || commune.level === 'province') {
    fail('VALIDATION', 'communeId', 'Không phải xã, thị trấn', 'Not a commune');
  }
  if (input.villageId) {
    const v = await ctx.db.selectFrom('admin_units').select(['parent_id', 'level']).where('id', '=', input.villageId).executeTakeFirst();
    if (!v || v.level !== 'village' || v.parent_id !== input.communeId) fail('VALIDATION', 'villageId', 'Không phải thôn, bản của xã này', 'Not a village of this commune');
  }
  if (input.kind === 'cash' && await liveReceiptIn(ctx.db, input.communeId, input.receiptNo!)) {
    fail('DUPLICATE_RECEIPT', 'receiptNo', `Số biên lai "${input.receiptNo}" đã được dùng ở xã này`, `Receipt number "${input.receiptNo}" is already used in this commune`);
  }
  if (input.kind === 'labour' && input.workdayId) {
    const wd = await ctx.db.selectFrom('workdays').select(['commune_id', 'status', 'day']).where('id', '=', input.workdayId).executeTakeFirst();
    if (!wd || wd.commune_id !== input.communeId || wd.status !== 'recorded') {
      fail('VALIDATION', 'workdayId', 'Không phải ngày ra quân đã ghi của xã này', 'Not a recorded workday of this commune');
    }
  }
  if (input.kind === 'land') {
    const road = await ctx.db.selectFrom('roads').select('commune_id').where('id', '=', input.roadId!).executeTakeFirst();
    if (!road || road.commune_id !== input.communeId) fail('VALIDATION', 'roadId', 'Tuyến đường không thuộc xã này', 'The road is not in this commune');
  }
  const lot = input.kind === 'in_kind'
    ? await receiveLot(ctx, {
      unitId: input.communeId, materialCode: input.materialCode!, pointId: input.pointId!, quantity: input.quantity!, source: 'donation',
      supplier: input.donorName, deliveryNote: input.deliveryNote ?? null, document: 'Ủng hộ của nhân dân', receivedOn: input.contributedOn,
    })
    : null;

  const { id } = await ctx.db.insertInto('people_contributions').values({
    commune_id: input.communeId, village_id: input.villageId ?? null, kind: input.kind, donor_kind: input.donorKind, donor_name: input.donorName,
    public_name_consent: input.publicNameConsent, contributed_on: input.contributedOn, note: input.note ?? null,
    amount: input.kind === 'cash' ? input.amount! : null, receipt_no: input.kind === 'cash' ? input.receiptNo! : null,
    lot_id: lot?.id ?? null,
    labour_tenths: input.kind === 'labour' ? Math.round(input.labourDays! * 10) : null, workday_id: input.kind === 'labour' ? input.workdayId ?? null : null,
    road_id: input.kind === 'land' ? input.roadId! : null, area_dm2: input.kind === 'land' ? Math.round(input.areaM2! * 100) : null,
    length_mm: input.kind === 'land' ? Math.round(input.lengthM! * 1000) : null,
    created_by: actor.userId,
  }).returning('id').executeTakeFirstOrThrow();
  const row = (await getPeopleRow(ctx.db, id))!;
  await recordAudit(ctx, { action: 'create', entity: 'people_contribution', entityId: id, summary: auditText('people.contribution', { kind: input.kind, donor: input.donorName }), after: row });
  return row;
}

/**
 * Cancels a contribution by a reversal row (the ledger is append-only). A gift in kind keeps its lot
 * but its stock leaves the stock ledger by a reversal of the lot's receipt, on the business date —
 * refused, with nothing written, when some of it was already issued to a road.
 */
export async function reversePeopleContribution(ctx: RequestContext, id: number, reason: string) {
  const row = await getPeopleRow(ctx.db, id);
  if (!row) throw new AppError('NOT_FOUND');
  if (!canRecordPeopleFor(ctx.actor!, row.commune_id)) throw new AppError('FORBIDDEN');
  if (row.reversed_reason !== null) fail('VALIDATION', 'id', 'Đóng góp này đã được hủy', 'This contribution is already reversed');
  if (row.lot_id !== null) {
    await reverseLotReceipt(ctx, row.lot_id, { reason: `Hủy đóng góp của nhân dân: ${reason}`, movedOn: await businessToday(ctx.db) });
  }
  await ctx.db.insertInto('people_contributions').values({
    commune_id: row.commune_id, kind: 'reversal', reverses_id: id, reason, contributed_on: row.contributed_on, created_by: ctx.actor!.userId,
  }).execute();
  const after = (await getPeopleRow(ctx.db, id))!;
  await recordAudit(ctx, { action: 'reverse', entity: 'people_contribution', entityId: id, summary: reason, before: row, after });
  return after;
}
