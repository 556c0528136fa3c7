// Broadcast rows → API JSON.
import type { Actor } from '../../../domain/roles.js';
import type { BroadcastRow } from './broadcasts.repository.js';
import { mediaItemActions } from './media.policy.js';

export function presentBroadcast(r: BroadcastRow, actor: Actor) {
  const mayEdit = mediaItemActions(actor, { agency_id: r.agency_id }).includes('edit');
  return {
    id: r.id,
    item: { id: r.media_item_id, title: r.title, type: r.type, publishedOn: r.published_on, url: r.url },
    station: r.station, sentOn: r.sent_on, status: r.status,
    airedOn: r.aired_on, airedUrl: r.aired_url, explanation: r.explanation, note: r.note,
    task: r.task_instance_id && r.due_on && r.directive_id ? {
      instanceId: r.task_instance_id, directiveId: r.directive_id, description: r.task_description ?? '', dueOn: r.due_on, onTime: r.on_time,
    } : null,
    sentBy: r.sent_by ? { id: r.sent_by, displayName: r.sender_name ?? '' } : null,
    actions: mayEdit && r.status === 'sent' ? ['outcome' as const] : [],
    version: r.version,
  };
}

export type BroadcastJson = ReturnType<typeof presentBroadcast>;
