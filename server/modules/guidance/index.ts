// The guidance module's public surface.
export { guidanceRouter } from './guidance.http.js';
export { guidanceFileOwner, publishGuidance } from './guidance.js';
