// Moves a segment along its workflow (domain/segment-status.ts): checks the move, who makes it and
// its reason, stamps the day it was poured or accepted, and writes a history row and an audit entry.
// `transitionSegment` is the API's command (it answers with the segment's full view);
// `advanceSegment` makes several moves in a row for another module's write (a workday's pours
// move a segment planned → in progress → poured) with one read and one lock, and no view.
import { formatChainageRange } from '../../../../domain/chainage.js';
import { todayInVietnam } from '../../../../domain/dates.js';
import { checkTransition, type SegmentStatus } from '../../../../domain/segment-status.js';
import type { RequestContext } from '../../../http/context.js';
import { AppError, fail } from '../../../http/errors.js';
import { auditText, recordAudit } from '../../audit/index.js';
import { transitionRights } from '../roads.policy.js';
import { addHistory, getRoad, getSegment, lockRoad, type SegmentRow } from '../roads.repository.js';
import type { TransitionInputT } from '../roads.schema.js';
import { segmentView } from '../road-views.js';

/** The segment and its road, read after locking the road (one writer of its segments at a time). */
async function lockAndRead(ctx: RequestContext, id: number) {
  const found = await getSegment(ctx.db, id);
  if (!found) throw new AppError('NOT_FOUND');
  await lockRoad(ctx.db, found.road_id);
  const seg = (await getSegment(ctx.db, id))!;
  const road = (await getRoad(ctx.db, seg.road_id, false))!;
  const rights = transitionRights(ctx.actor!, road.commune_id);
  if (!rights.length) throw new AppError('FORBIDDEN');
  return { seg, road, rights };
}

/** Checks and writes one move; returns the segment as it now is. */
async function move(ctx: RequestContext, seg: SegmentRow, road: { name: string }, rights: ReturnType<typeof transitionRights>, input: TransitionInputT): Promise<SegmentRow> {
  const from = seg.status as SegmentStatus;
  const refusal = checkTransition(from, input.to, rights, input.reason);
  if (refusal === 'FORBIDDEN') {
    fail('FORBIDDEN', 'to', 'Chỉ cán bộ kỹ thuật được nghiệm thu hoặc không nghiệm thu', 'Only those who accept segments may accept or reject them');
  }
  if (refusal === 'REASON_REQUIRED') fail('REASON_REQUIRED', 'reason');
  if (refusal) fail(refusal, 'to', `Không thể chuyển từ "${from}" sang "${input.to}"`, `Cannot move from "${from}" to "${input.to}"`);
  const today = todayInVietnam();
  const date = input.date ?? today;
  if (date > today) fail('VALIDATION', 'date', 'Không được là ngày trong tương lai', 'Cannot be in the future');
  const stamps: { poured_on?: string | null; accepted_on?: string | null } = {};
  if (input.to === 'poured') stamps.poured_on = date;
  if (input.to === 'accepted') {
    if (seg.poured_on && date < seg.poured_on) fail('VALIDATION', 'date', 'Ngày nghiệm thu trước ngày đổ bê tông', 'Accepted before it was poured');
    stamps.accepted_on = date;
  }
  // Redone from scratch: it has not been poured any more.
  if (from === 'rejected') stamps.poured_on = null;
  await ctx.db.updateTable('segments').set({ status: input.to, ...stamps, updated_at: new Date(), version: seg.version + 1 }).where('id', '=', seg.id).execute();
  const dated = input.to === 'poured' || input.to === 'accepted' || input.to === 'rejected';
  await addHistory(ctx.db, { segmentId: seg.id, userId: ctx.actor!.userId, from, to: input.to, date: dated ? date : null, reason: input.reason ?? null });
  await recordAudit(ctx, { action: 'transition', entity: 'segment', entityId: seg.id, summary: auditText('segment.transition', { road: road.name, range: formatChainageRange(seg.from_mm, seg.to_mm), from, to: input.to }),
    before: { status: from }, after: { status: input.to, date: dated ? date : null, reason: input.reason ?? null } });
  return { ...seg, status: input.to, version: seg.version + 1, ...stamps };
}

export async function transitionSegment(ctx: RequestContext, id: number, input: TransitionInputT, expectedVersion?: number) {
  const { seg, road, rights } = await lockAndRead(ctx, id);
  if (expectedVersion !== undefined && expectedVersion !== seg.version) throw new AppError('STALE_VERSION');
  await move(ctx, seg, road, rights, input);
  return segmentView(ctx, id);
}

/** Makes the moves in order, each checked and recorded as transitionSegment would; answers nothing. */
export async function advanceSegment(ctx: RequestContext, id: number, moves: TransitionInputT[]): Promise<void> {
  if (!moves.length) return;
  const { road, rights, seg: first } = await lockAndRead(ctx, id);
  let seg = first;
  for (const m of moves) seg = await move(ctx, seg, road, rights, m);
}
