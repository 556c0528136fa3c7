// The files module's public surface.
export { filesRouter } from './files.http.js';
export { fileOwner, registerFileOwner, type FileOwnerRules } from './file-owners.js';
export { uploadFile } from './commands/upload-file.js';
