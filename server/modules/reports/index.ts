// The reports module's public surface: weekly commune reports (workflow, completeness, reminders,
// settings) and the district report with its DOCX/PDF/XLSX exports.
export { reportsRouter } from './reports.http.js';
export { districtReportsRouter } from './district/district.http.js';
export { reportMissingReminder } from './reminders.js';
export { createReport, updateReport } from './commands/save-report.js';
export { transitionReport } from './commands/transition-report.js';
export { saveReportSettings } from './commands/save-settings.js';
export { getSettings as getReportSettings, ratingsOf, listReports } from './reports.repository.js';
export { completeness } from './completeness.js';
export { buildDistrictReport } from './district/build.js';
export { saveDistrictMeta } from './district/save-meta.js';
export { districtDocx, districtPdf, districtXlsx } from './district/documents.js';
export { reportingRateOf, campaignDayList } from './rate.js';
