// The guidance module's public surface.
export { DocOut as GuidanceDocumentOut, guidanceRouter } from './guidance.http.js';
export { guidanceFileOwner, publishGuidance } from './guidance.js';
