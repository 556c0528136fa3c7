// Who may change media items and tag photos: the media centre records and edits its own items
// (items of its agency); the coordination office any. Everyone with media.read sees the library.
import { can, type Actor } from '../../../domain/roles.js';

export function mediaItemActions(actor: Actor, item: { agency_id: number | null }): Array<'edit' | 'attach'> {
  if (!can(actor, 'media.write')) return [];
  if (actor.role === 'coordinator' || (actor.agencyId !== null && actor.agencyId === item.agency_id)) return ['edit', 'attach'];
  return [];
}

/** Tagging a photo: the media centre or the office (curators of the library), or whoever uploaded it. */
export function canTagPhoto(actor: Actor, file: { uploaded_by: number | null }): boolean {
  return can(actor, 'media.write') || (file.uploaded_by !== null && file.uploaded_by === actor.userId);
}
