// Who may see and act on weekly reports: a commune its own (write), the office and leadership
// every report (the coordinator reviews). Reading is 404 outside one's scope, like a missing one.
import { can, type Actor } from '../../../domain/roles.js';
import { reportActions, type ReportAction, type ReportStatus } from '../../../domain/reporting.js';

/** The commune a reader is limited to, null for every commune, undefined for none. */
export function reportScope(actor: Actor): number | null | undefined {
  if (!can(actor, 'reports.read')) return undefined;
  if (actor.role === 'commune') return actor.unitId ?? undefined;
  return null;
}

export function mayWriteReportOf(actor: Actor, communeId: number): boolean {
  return can(actor, 'reports.write') && actor.role === 'commune' && actor.unitId === communeId;
}

export function sideOfReport(actor: Actor, communeId: number): 'commune' | 'office' | null {
  if (mayWriteReportOf(actor, communeId)) return 'commune';
  if (can(actor, 'reports.review')) return 'office';
  return null;
}

export function actionsOn(actor: Actor, communeId: number, status: ReportStatus): ReportAction[] {
  const side = sideOfReport(actor, communeId);
  return side ? reportActions(status, side) : [];
}
