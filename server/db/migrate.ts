// Runs the migrations in name order. The list is static so a bundled or tsx-run server finds them.
import { Migrator, type Kysely, type Migration } from 'kysely';
import { jumpDataVersion } from './data-version.js';
import * as createCatalogues from './migrations/202611271800-create-catalogues.js';
import * as createUsersSessions from './migrations/202611271801-create-users-sessions.js';
import * as createAuditLog from './migrations/202611271802-create-audit-log.js';
import * as createIdempotencyFilesSettings from './migrations/202611271803-create-idempotency-files-settings.js';
import * as createFund from './migrations/202611272000-create-fund.js'; // fund (issue 5)
import * as createMaterials from './migrations/202611272100-create-materials.js'; // materials (issue 4)
import * as createEquipmentGuidanceAcceptance from './migrations/202611272101-create-equipment-guidance-acceptance.js'; // materials (issue 4)
import * as createDirectives from './migrations/202611272200-create-directives.js'; // directives (issue 8)
import * as createMedia from './migrations/202611272201-create-media.js'; // media (issue 8)
import * as createNotifications from './migrations/202611272300-create-notifications.js'; // notifications (issue 9)
import * as createPlans from './migrations/202611272400-create-plans.js'; // plans (issue 6)
import * as createRegistrations from './migrations/202611272401-create-registrations.js'; // registrations (issue 6)

import * as createMixTables from './migrations/202611271900-create-mix-tables.js'; // roads (issue 3)
import * as createRoadsSegments from './migrations/202611271901-create-roads-segments.js'; // roads (issue 3)
import * as createCriterion2Thresholds from './migrations/202611271902-create-criterion2-thresholds.js'; // roads (issue 3)
import * as addGroupKind from './migrations/202612081800-add-group-kind.js'; // a road assigned to one agency (issue 18)
import * as createFundReports from './migrations/202612081801-create-fund-reports.js'; // the fund report to the Standing Committee (issue 18)
import * as createWorkdays from './migrations/202611272500-create-workdays.js'; // workdays (issue 7)
import * as createWeeklyReports from './migrations/202611272501-create-weekly-reports.js'; // reports (issue 7)
import * as addFieldPositions from './migrations/202612071350-add-field-positions.js'; // field mode (issue 13)
import * as addWorkdayWarnings from './migrations/202612071400-add-workday-warnings.js';
import * as addReportMissingAttendance from './migrations/202612071401-add-report-missing-attendance.js';
import * as indexLoginAttemptsByAddress from './migrations/202612071500-index-login-attempts-by-address.js'; // sign-in limit per address (issue 15)
import * as createSeasonPlans from './migrations/202612071700-create-season-plans.js'; // season plan (issue 17)
import * as addMixTableUnconfirmedRows from './migrations/202612071800-add-mix-table-unconfirmed-rows.js'; // mix tables in full (issue 18)
import * as createPeopleContributions from './migrations/202612071801-create-people-contributions.js'; // people's contributions (issue 18)
import * as createDirectiveRecipients from './migrations/202612071802-create-directive-recipients.js'; // directive recipients (issue 18)
import * as addUnitValidity from './migrations/202612071900-add-unit-validity.js'; // issue 19
import * as addEntrySiteAndProposalBasis from './migrations/202612081400-add-entry-site-and-proposal-basis.js'; // issue 14
import * as addAuditSummaryCode from './migrations/202612081600-add-audit-summary-code.js'; // audit summaries in both languages (issue 16)
import * as addSeasonMaterialsSetting from './migrations/202612081700-add-season-materials-setting.js'; // issue 17
import * as createDataVersion from './migrations/202612081900-create-data-version.js'; // issue 19
import * as createMediaBroadcasts from './migrations/202612091800-create-media-broadcasts.js'; // broadcast on the provincial station (issue 18)
const MIGRATIONS: Record<string, Migration> = {
  '202611271800-create-catalogues': createCatalogues,
  '202611271801-create-users-sessions': createUsersSessions,
  '202611271802-create-audit-log': createAuditLog,
  '202611271803-create-idempotency-files-settings': createIdempotencyFilesSettings,
  '202611271900-create-mix-tables': createMixTables, // roads (issue 3)
  '202611271901-create-roads-segments': createRoadsSegments, // roads (issue 3)
  '202611271902-create-criterion2-thresholds': createCriterion2Thresholds, // roads (issue 3)
  '202611272000-create-fund': createFund, // fund (issue 5)
  '202611272100-create-materials': createMaterials, // materials (issue 4)
  '202611272101-create-equipment-guidance-acceptance': createEquipmentGuidanceAcceptance, // materials (issue 4)
  '202611272200-create-directives': createDirectives, // directives (issue 8)
  '202611272201-create-media': createMedia, // media (issue 8)
  '202611272300-create-notifications': createNotifications, // notifications (issue 9)
  '202611272400-create-plans': createPlans, // plans (issue 6)
  '202611272401-create-registrations': createRegistrations, // registrations (issue 6)
  '202611272500-create-workdays': createWorkdays, // workdays (issue 7)
  '202611272501-create-weekly-reports': createWeeklyReports, // reports (issue 7)
  '202612071350-add-field-positions': addFieldPositions, // field mode (issue 13)
  '202612071400-add-workday-warnings': addWorkdayWarnings, // plausibility (issue 14)
  '202612071401-add-report-missing-attendance': addReportMissingAttendance, // report chain (issue 14)
  '202612071500-index-login-attempts-by-address': indexLoginAttemptsByAddress, // sign-in limit per address (issue 15)
  '202612071700-create-season-plans': createSeasonPlans, // season plan (issue 17)
  '202612071800-add-mix-table-unconfirmed-rows': addMixTableUnconfirmedRows, // mix tables in full (issue 18)
  '202612071801-create-people-contributions': createPeopleContributions, // people's contributions (issue 18)
  '202612071802-create-directive-recipients': createDirectiveRecipients, // directive recipients (issue 18)
  '202612071900-add-unit-validity': addUnitValidity, // units valid by dates, 2021 → 2025 successors (issue 19)
  '202612081400-add-entry-site-and-proposal-basis': addEntrySiteAndProposalBasis, // readiness: site preparation, stale proposals (issue 14)
  '202612081600-add-audit-summary-code': addAuditSummaryCode, // audit summaries in both languages (issue 16)
  '202612081700-add-season-materials-setting': addSeasonMaterialsSetting, // season plan: materials as a limit or a shopping list (issue 17)
  '202612081800-add-group-kind': addGroupKind, // a road assigned to one agency (issue 18)
  '202612081801-create-fund-reports': createFundReports, // the fund report to the Standing Committee (issue 18)
  '202612081900-create-data-version': createDataVersion, // one number bumped by every write, for ETags (issue 19)
  '202612091800-create-media-broadcasts': createMediaBroadcasts, // broadcast on the provincial station (issue 18)
};

export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  const applied = (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  // A new database (or one whose migrations changed data) must not hand out a data version a
  // browser saw with another database's answers: a fresh one starts at 0, as the last one did.
  if (applied.length) await jumpDataVersion(db);
  return applied;
}
