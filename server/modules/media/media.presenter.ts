// Media item and photo rows → API JSON.
import type { Actor } from '../../../domain/roles.js';
import { mediaItemActions } from './media.policy.js';
import type { MediaRow, PhotoRow } from './media.repository.js';

export function presentMediaItem(r: MediaRow, actor: Actor) {
  return {
    id: r.id, title: r.title, type: r.type, channel: r.channel, publishedOn: r.published_on, url: r.url, campaignId: r.campaign_id,
    agency: r.agency_id ? { id: r.agency_id, name: r.agency_name ?? '' } : null,
    workdayIds: r.workday_ids, roadIds: r.road_ids, note: r.note,
    task: r.task_instance_id && r.due_on ? {
      instanceId: r.task_instance_id, directiveId: r.directive_id!, description: r.task_description ?? '', occursOn: r.occurs_on!, dueOn: r.due_on, onTime: r.on_time,
    } : null,
    createdBy: r.created_by ? { id: r.created_by, displayName: r.creator_name ?? '' } : null,
    actions: mediaItemActions(actor, r),
    version: r.version,
  };
}

export function presentPhoto(r: PhotoRow) {
  return {
    fileId: r.id, url: `/api/v1/files/${r.id}/content`, filename: r.filename, mime: r.mime, entity: r.entity, entityId: r.entity_id,
    date: r.day, takenOn: r.taken_on, communeId: r.commune_id, communeName: r.commune_name, roadId: r.road_id, segmentId: r.segment_id,
    phase: r.phase, caption: r.caption, tagged: r.tag_file_id !== null,
  };
}
export type PhotoJson = ReturnType<typeof presentPhoto>;

/**
 * Before and after side by side: per segment, the n-th "before" photo beside the n-th "after" one,
 * each in the order taken; a photo without a partner stands alone.
 */
export function pairBeforeAfter(photos: PhotoJson[]) {
  const bySegment = new Map<number, { before: PhotoJson[]; after: PhotoJson[] }>();
  for (const p of photos) {
    if (p.segmentId === null || p.phase === null) continue;
    const s = bySegment.get(p.segmentId) ?? { before: [], after: [] };
    s[p.phase].push(p);
    bySegment.set(p.segmentId, s);
  }
  const order = (a: PhotoJson, b: PhotoJson) => a.date.localeCompare(b.date) || a.fileId - b.fileId;
  return [...bySegment.entries()].sort(([a], [b]) => a - b).flatMap(([segmentId, s]) => {
    s.before.sort(order);
    s.after.sort(order);
    const first = s.before[0] ?? s.after[0];
    return Array.from({ length: Math.max(s.before.length, s.after.length) }, (_, i) => ({
      segmentId, roadId: first.roadId, communeId: first.communeId, before: s.before[i] ?? null, after: s.after[i] ?? null,
    }));
  });
}
