// All SQL of broadcasts on a station.
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';

type Db = Kysely<Database>;

export interface BroadcastFilter { ids?: number[]; status?: string; mediaItemId?: number; from?: string; to?: string }

export async function listBroadcasts(db: Db, f: BroadcastFilter, page: { limit?: number; offset?: number } = {}) {
  let q = db.selectFrom('media_broadcasts as b')
    .innerJoin('media_items as m', 'm.id', 'b.media_item_id')
    .leftJoin('users as u', 'u.id', 'b.sent_by')
    .leftJoin('task_instances as i', 'i.id', 'b.task_instance_id')
    .leftJoin('directive_tasks as t', 't.id', 'i.task_id')
    .selectAll('b')
    .select(['m.title', 'm.type', 'm.published_on', 'm.url', 'm.agency_id', 'u.display_name as sender_name',
      'i.due_on', 'i.on_time', 't.description as task_description', 't.directive_id']);
  if (f.ids) q = q.where('b.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.status) q = q.where('b.status', '=', f.status as 'sent');
  if (f.mediaItemId) q = q.where('b.media_item_id', '=', f.mediaItemId);
  if (f.from) q = q.where('b.sent_on', '>=', f.from);
  if (f.to) q = q.where('b.sent_on', '<=', f.to);
  q = q.orderBy('b.sent_on', 'desc').orderBy('b.id', 'desc');
  if (page.limit) q = q.limit(page.limit);
  if (page.offset) q = q.offset(page.offset);
  return q.execute();
}

export type BroadcastRow = Awaited<ReturnType<typeof listBroadcasts>>[number];

export async function getBroadcast(db: Db, id: number): Promise<BroadcastRow | undefined> {
  return (await listBroadcasts(db, { ids: [id] }))[0];
}

/** A send of the item to the station still waiting, or one that aired: sending again would duplicate it. */
export async function liveBroadcastTo(db: Db, mediaItemId: number, station: string) {
  return db.selectFrom('media_broadcasts').select(['id', 'status']).where('media_item_id', '=', mediaItemId)
    .where('station', '=', station).where('status', 'in', ['sent', 'aired']).executeTakeFirst();
}
