// The document issuer module's public surface.
export { getIssuer, issuerMeta, saveIssuer } from './issuer.js';
export { issuerRouter } from './issuer.http.js';
