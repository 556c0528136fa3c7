// The agencies module's public surface.
export { agenciesRouter } from './agencies.http.js';
export { createAgency } from './commands/save-agency.js';
export { parseAgencySheet, type ParsedSheet } from './import/parse-agency-sheet.js';
