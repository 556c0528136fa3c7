// The OpenAPI contract pieces every route gets without each route file repeating them: an
// operationId derived from method and path (unique because method + path is), a description
// (its summary when it has none), and the module tags' descriptions for the document.
import type { createRoute } from '@hono/zod-openapi';

type Route = Parameters<typeof createRoute>[0];

const capital = (s: string) => (s ? s[0].toUpperCase() + s.slice(1) : s);

/** get /funds/{id}/contributions/import → getFundsByIdContributionsImport */
export function operationIdOf(method: string, path: string): string {
  const words = path.split('/').filter(Boolean).flatMap((segment) => {
    const param = /^\{(.+)\}$/.exec(segment);
    const text = param ? `by-${param[1]}` : segment;
    return text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  });
  return method.toLowerCase() + words.map(capital).join('');
}

export function withContract<R extends Route>(route: R): R {
  return {
    ...route,
    operationId: route.operationId ?? operationIdOf(route.method, route.path),
    summary: route.summary ?? `${route.method.toUpperCase()} ${route.path}`,
    description: route.description ?? route.summary,
    // Sign-in is how a session starts, so it cannot require one.
    ...(route.path === '/auth/login' && !route.security ? { security: [] } : {}),
  };
}

/** One tag per module, with what it covers (the document's top-level `tags`). */
export const TAG_DESCRIPTIONS: Record<string, string> = {
  auth: 'Sign-in, sign-out, the current user and password changes',
  users: 'User accounts and their roles',
  units: 'Administrative units: province, district, communes and towns',
  agencies: 'Agencies taking part, and the import of their list with groups',
  groups: 'Agency groups of a campaign and their lead agencies',
  campaigns: 'Campaigns, their target communes and campaign days',
  audit: 'The audit log of every change',
  files: 'Attachments to records (scans, photos, documents)',
  fund: 'The campaign fund: contributions, allocations, expenditures and statements',
  directives: 'Directives and the tasks they assign, with reports on them',
  media: 'The photo library and news',
  materials: 'Materials, stock points, lots, movements and inspections',
  equipment: 'Equipment and where it is booked',
  guidance: 'Technical guidance documents',
  acceptance: 'Acceptance of finished road segments',
  notifications: 'Inbox, e-mail and webhook deliveries, reminders',
  plans: 'Weekly plans and the day sheet',
  assignments: 'Road segments assigned to groups',
  registrations: 'Groups registering for campaign days',
  roads: 'Roads, their geometry and the road list import',
  segments: 'Road segments by chainage and their status',
  concrete: 'The concrete calculator (materials for a pour)',
  criterion2: 'NTM criterion 2 (transport) per commune',
  dashboard: 'The leadership dashboard',
  public: 'The public transparency page (no sign-in)',
  workdays: 'Workday records: attendance, work done, photos',
  'weekly reports': "Communes' weekly reports and their approval",
  'district report': "The district's report and its documents",
  ranking: 'The emulation ranking of communes and groups',
  home: "Each role's home page: what needs doing now",
  'document issuer': "Who issues the office's official documents: state and Party bodies, symbols, default signers",
  'season-plan': 'The season plan: routes and their schedule over the campaign',
  people: "People's contributions (labour, land, money) and their publication",
};
