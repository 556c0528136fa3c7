// Roles and permissions as data (PRODUCT.md §2). Handlers ask `can(actor, permission)`; per-object
// rules (same commune, lead of this group) live in each module's policy file.

export const ROLES = ['admin', 'leader', 'coordinator', 'group_lead', 'agency', 'commune', 'inspector', 'media'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  'units.read', 'units.write',
  'agencies.read', 'agencies.write', 'agencies.import',
  'groups.read', 'groups.write',
  'campaigns.read', 'campaigns.write',
  'users.read', 'users.write',
  'audit.read',
  'files.upload',
  'system.backup',
  // notifications (issue 9): the admin's view of deliveries, retry a failed one
  'notifications.manage',
  // fund and materials (issues 5 and 4)
  'fund.read', 'fund.manage', 'fund.record', 'fund.approve',
  'stock.read', 'stock.record', 'materials.manage', 'inspection.record', 'acceptance.record', 'guidance.read', 'guidance.write',
  // directives and media (issue 8)
  'directives.read', 'directives.write', 'tasks.report', 'media.read', 'media.write',
  // roads, segments, criterion 2 (issue 3)
  'roads.read', 'roads.write', 'segments.accept', 'mix_tables.write', 'criteria.confirm', 'roads.configure',
  // weekly plans, road assignments, registrations (issue 6)
  'plans.read', 'plans.write', 'plans.publish', 'plans.supervise', 'registrations.read', 'registrations.write', 'registrations.confirm',
  // workdays, weekly commune reports, district report, emulation ranking (issue 7)
  'workdays.read', 'workdays.write', 'reports.read', 'reports.write', 'reports.review', 'reports.configure', 'district_reports.read', 'district_reports.write', 'ranking.read',
  // leadership dashboard (issue 9)
  'dashboard.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const READ_CATALOGUES: Permission[] = ['units.read', 'agencies.read', 'groups.read', 'campaigns.read'];

// Fund and materials (issues 5 and 4). fund.manage: contributions, allocations, fund settings;
// fund.record: expenditures (a commune only for itself); fund.approve: decide pending expenditures.
const FUND_STOCK: Record<Role, Permission[]> = {
  admin: ['fund.read', 'stock.read', 'materials.manage', 'guidance.read'],
  coordinator: ['fund.read', 'fund.manage', 'fund.record', 'fund.approve', 'stock.read', 'stock.record', 'materials.manage', 'guidance.read'],
  leader: ['fund.read', 'stock.read', 'guidance.read'],
  group_lead: ['stock.read', 'guidance.read'],
  agency: ['guidance.read'],
  commune: ['fund.read', 'fund.record', 'stock.read', 'stock.record', 'guidance.read'],
  inspector: ['stock.read', 'inspection.record', 'acceptance.record', 'guidance.read', 'guidance.write'],
  media: ['guidance.read'],
};

// Roads, segments and criterion 2 (issue 3). roads.write: roads and segments, a commune user only in
// its own commune (roads.policy.ts); segments.accept: accept or reject poured segments (nghiệm thu);
// mix_tables.write, criteria.confirm (thresholds, applied regions), roads.configure (road settings).
const ROADS: Record<Role, Permission[]> = {
  admin: ['roads.read', 'roads.write', 'segments.accept', 'mix_tables.write', 'criteria.confirm', 'roads.configure'],
  coordinator: ['roads.read', 'roads.write', 'segments.accept'],
  leader: ['roads.read'],
  group_lead: ['roads.read'],
  agency: ['roads.read'],
  commune: ['roads.read', 'roads.write'],
  inspector: ['roads.read', 'segments.accept'],
  media: ['roads.read'],
};

// Directives and media (issue 8). directives.write: enter directives, items and tasks, reopen a
// reported task; tasks.report: report one's OWN tasks done or not doable (the per-object rule is in
// server/modules/directives/directives.policy.ts; the coordinator may report any task). Agency users
// get files.upload to attach evidence to their tasks.
const DIRECTIVES_MEDIA: Record<Role, Permission[]> = {
  admin: ['directives.read', 'media.read'],
  coordinator: ['directives.read', 'directives.write', 'tasks.report', 'media.read', 'media.write'],
  leader: ['directives.read', 'media.read'],
  group_lead: ['directives.read', 'tasks.report', 'media.read'],
  agency: ['directives.read', 'tasks.report', 'media.read', 'files.upload'],
  commune: ['directives.read', 'tasks.report', 'media.read'],
  inspector: ['directives.read', 'tasks.report', 'media.read'],
  media: ['directives.read', 'tasks.report', 'media.read', 'media.write'],
};

// Workdays, weekly commune reports, the district report and the ranking (issue 7). workdays.write:
// the commune records its part of its own workdays, the group lead its group's part (per-object
// rules in server/modules/workdays/workdays.policy.ts); reports.write: a commune's own weekly
// report; reports.review: return, approve, unlock; reports.configure: deadlines, tolerances, weights.
const WORKDAYS_REPORTS: Record<Role, Permission[]> = {
  admin: ['workdays.read', 'reports.read', 'reports.configure', 'district_reports.read', 'ranking.read'],
  coordinator: ['workdays.read', 'workdays.write', 'reports.read', 'reports.review', 'reports.configure', 'district_reports.read', 'district_reports.write', 'ranking.read'],
  leader: ['workdays.read', 'reports.read', 'district_reports.read', 'ranking.read'],
  group_lead: ['workdays.read', 'workdays.write', 'ranking.read'],
  agency: ['workdays.read', 'ranking.read'],
  commune: ['workdays.read', 'workdays.write', 'reports.read', 'reports.write', 'ranking.read'],
  inspector: ['workdays.read', 'ranking.read'],
  media: ['workdays.read', 'ranking.read'],
};

// Weekly plans, road assignments and registrations (issue 6). plans.write: assignments, drafts,
// proposals, changes with a reason, cancelling a day, plan settings; plans.publish: publish and
// close; plans.supervise: name an entry's supervisor (a commune only for its own entries);
// registrations.write: the lead agency's user registers ITS group only; registrations.confirm:
// the commune confirms, amends or declines registrations for itself (per-object rules in
// server/modules/plans/plans.policy.ts).
const PLANS: Record<Role, Permission[]> = {
  admin: ['plans.read', 'registrations.read'],
  coordinator: ['plans.read', 'plans.write', 'plans.publish', 'plans.supervise', 'registrations.read', 'registrations.confirm'],
  leader: ['plans.read', 'registrations.read'],
  group_lead: ['plans.read', 'registrations.read', 'registrations.write'],
  agency: ['plans.read', 'registrations.read'],
  commune: ['plans.read', 'plans.supervise', 'registrations.read', 'registrations.confirm'],
  inspector: ['plans.read'],
  media: ['plans.read'],
};

/** Which permissions each role holds. Deny by default: a permission not listed is refused. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: [...READ_CATALOGUES, 'units.write', 'agencies.write', 'agencies.import', 'groups.write', 'campaigns.write',
    'users.read', 'users.write', 'audit.read', 'files.upload', 'system.backup', 'notifications.manage', ...FUND_STOCK.admin, ...DIRECTIVES_MEDIA.admin, ...ROADS.admin, ...WORKDAYS_REPORTS.admin, 'dashboard.read', ...PLANS.admin],
  coordinator: [...READ_CATALOGUES, 'units.write', 'agencies.write', 'agencies.import', 'groups.write', 'campaigns.write',
    'audit.read', 'files.upload', ...FUND_STOCK.coordinator, ...DIRECTIVES_MEDIA.coordinator, ...ROADS.coordinator, ...WORKDAYS_REPORTS.coordinator, 'dashboard.read', ...PLANS.coordinator],
  leader: [...READ_CATALOGUES, ...FUND_STOCK.leader, ...DIRECTIVES_MEDIA.leader, ...ROADS.leader, ...WORKDAYS_REPORTS.leader, 'dashboard.read', ...PLANS.leader],
  group_lead: [...READ_CATALOGUES, 'files.upload', ...FUND_STOCK.group_lead, ...DIRECTIVES_MEDIA.group_lead, ...ROADS.group_lead, ...WORKDAYS_REPORTS.group_lead, ...PLANS.group_lead],
  agency: [...READ_CATALOGUES, ...FUND_STOCK.agency, ...DIRECTIVES_MEDIA.agency, ...ROADS.agency, ...WORKDAYS_REPORTS.agency, ...PLANS.agency],
  commune: [...READ_CATALOGUES, 'files.upload', ...FUND_STOCK.commune, ...DIRECTIVES_MEDIA.commune, ...ROADS.commune, ...WORKDAYS_REPORTS.commune, ...PLANS.commune],
  inspector: [...READ_CATALOGUES, 'files.upload', ...FUND_STOCK.inspector, ...DIRECTIVES_MEDIA.inspector, ...ROADS.inspector, ...WORKDAYS_REPORTS.inspector, ...PLANS.inspector],
  media: [...READ_CATALOGUES, 'files.upload', ...FUND_STOCK.media, ...DIRECTIVES_MEDIA.media, ...ROADS.media, ...WORKDAYS_REPORTS.media, ...PLANS.media],
};

/** The organisation kind a role's user must belong to: an agency, an administrative unit, or either. */
export const ROLE_ORGANISATION: Record<Role, 'agency' | 'unit' | 'any'> = {
  admin: 'any', leader: 'any', coordinator: 'any', inspector: 'agency', media: 'agency',
  group_lead: 'agency', agency: 'agency', commune: 'unit',
};

export interface Actor {
  userId: number;
  role: Role;
  agencyId: number | null;
  unitId: number | null;
}

/**
 * Whether the actor's role holds the permission.
 * @example can({ role: 'leader', ... }, 'agencies.write') === false
 */
export function can(actor: Pick<Actor, 'role'> | null | undefined, permission: Permission): boolean {
  return !!actor && ROLE_PERMISSIONS[actor.role].includes(permission);
}

/** Every permission the actor holds, for the web app to show or hide actions. */
export function permissionsOf(actor: Pick<Actor, 'role'>): Permission[] {
  return [...ROLE_PERMISSIONS[actor.role]];
}
