// Files of a media item (a photo set's pictures, a video still): read by everyone who reads media,
// attached by whoever may edit the item.
import { can } from '../../../domain/roles.js';
import { registerFileOwner } from '../files/index.js';
import { mediaItemActions } from './media.policy.js';
import { getMediaItem } from './media.repository.js';

export function registerMediaFileOwners(): void {
  registerFileOwner('media_item', {
    canRead: async (ctx) => can(ctx.actor, 'media.read'),
    canAttach: async (ctx, id) => {
      const item = await getMediaItem(ctx.db, id);
      return !!item && !!ctx.actor && mediaItemActions(ctx.actor, item).includes('attach');
    },
  });
}
