// The media module's public surface. Modules that store photos (workdays, inspections, acceptance)
// call tagPhoto to place them in the photo library.
export { mediaRouter } from './media.http.js';
export { broadcastsRouter } from './broadcasts.http.js';
export { sendBroadcast, recordBroadcastOutcome } from './commands/broadcast.js';
export { registerMediaFileOwners } from './file-owners.js';
export { tagPhoto } from './commands/tag-photo.js';
export { recordMediaItem } from './commands/record-media-item.js';
