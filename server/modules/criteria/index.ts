// The criteria module's public surface: criterion 2 per commune, thresholds, applied regions.
export { criteriaRouter } from './criteria.http.js';
