// The auth module's public surface.
export { authRouter } from './auth.http.js';
