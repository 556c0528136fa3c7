// The units module's public surface.
export { unitsRouter } from './units.http.js';
export { getUnit, listUnits, ancestorIds, unitsReadAs } from './units.repository.js';
export { createUnit } from './commands/save-unit.js';
