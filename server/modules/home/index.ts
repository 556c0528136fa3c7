// The home module's public surface: the role home's cards (issue 16).
export { homeRouter } from './home.http.js';
