// The dashboard module's public surface: the leadership dashboard (issue 9).
export { dashboardRouter } from './dashboard.http.js';
// For the public page: the campaign's fund row, passed to the fund module's public summary.
export { campaignFund } from './dashboard.repository.js';
// Test fixture, for the public page's tests (roads, a workday and its photos).
export { makeWork } from './dashboard.fixtures.js';
