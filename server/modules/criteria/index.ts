// The criteria module's public surface: criterion 2 per commune, thresholds, applied regions.
export { criteriaRouter } from './criteria.http.js';
// For the leadership dashboard (issue 9): one commune's criterion 2 view, a campaign's target communes.
export { communeView } from './criteria.http.js';
export { campaignCommuneIds, classLengths, communesByIds } from './criteria.repository.js';
// For the season plan (issue 17): it registers the date its route schedule reaches the thresholds.
export { registerPlannedReachSource, type PlannedReach } from './planned-reach.js';
