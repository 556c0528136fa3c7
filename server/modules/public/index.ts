// The public module's surface: the transparency page's data and photos, without sign-in (issue 9).
export { publicRouter } from './public.http.js';
