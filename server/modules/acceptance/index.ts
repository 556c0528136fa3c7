// The acceptance module's public surface.
export { acceptanceRouter } from './acceptance.http.js';
export { acceptanceFileOwner, acceptSegment } from './acceptance.js';
