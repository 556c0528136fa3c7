// The document issuer module's public surface.
export { getIssuer, IssuerOut, issuerMeta, saveIssuer } from './issuer.js';
export { issuerRouter } from './issuer.http.js';
