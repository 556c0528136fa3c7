// The API's JSON shapes as the web app reads them (see /api/v1/openapi.json and the server's
// *.schema.ts files). Only the fields the pages use are required here.
import type { Permission, Role } from '../../domain/roles';
import type { components } from './api-schema';

export type { Permission, Role };

export interface Ref { id: number; name: string }

export interface User {
  id: number;
  username: string;
  displayName: string;
  email: string | null;
  role: Role;
  agency: Ref | null;
  unit: Ref | null;
  disabled: boolean;
  createdAt: string;
  version: number;
}

export interface Me {
  user: User;
  permissions: Permission[];
  ledGroups: Array<{ id: number; name: string; campaignId: number }>;
  csrfToken: string;
  demo: boolean;
}

export const UNIT_LEVELS = ['province', 'district', 'commune', 'town', 'ward', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export interface Unit {
  id: number;
  parentId: number | null;
  level: UnitLevel;
  name: string;
  code: string | null;
  path: string[];
  childCount: number;
  actions: Array<'edit' | 'addChild'>;
  version: number;
}

export interface Agency {
  id: number;
  name: string;
  shortName: string | null;
  staffCount: number;
  contactName: string | null;
  contactPhone: string | null;
  districtId: number | null;
  groups: Array<{ id: number; name: string; campaignId: number; isLead: boolean }>;
  actions: Array<'edit' | 'editAll'>;
  version: number;
}

export interface Group {
  id: number;
  campaignId: number;
  name: string;
  /** 'agency': one agency assigned roads on its own (named as the agency; not a group to fill). */
  kind: 'group' | 'agency';
  ordinal: number;
  leadAgency: Ref;
  members: Array<{ id: number; name: string; shortName: string | null; staffCount: number; isLead: boolean }>;
  staffTotal: number;
  actions: Array<'edit'>;
  version: number;
}

export interface CampaignDay { day: string; note: string | null; saturday: boolean }

export interface Campaign {
  id: number;
  name: string;
  district: Ref;
  startDate: string;
  endDate: string;
  criterionNo: number;
  description: string | null;
  communes: Array<{ id: number; name: string; level: string }>;
  days: CampaignDay[];
  groupCount: number;
  actions: Array<'edit'>;
  version: number;
}

export interface AuditEntry {
  id: number;
  at: string;
  action: string;
  entity: string;
  entityId: string | null;
  summary: string | null;
  /** The summary's sentence as a code and parameters, shown in the reader's language (domain/audit-text.ts). */
  summaryText: { code: string; params: Record<string, string | number | null> } | null;
  before: unknown;
  after: unknown;
  ip: string | null;
  user: { id: number; username: string | null; displayName: string | null } | null;
}

/** The agency list import's answer (preview or import), as the API document declares it. */
export type ImportOutcome = components['schemas']['AgencyImportOutcome'];

export interface Page<T> { items: T[]; nextCursor: number | null }
export interface Items<T> { items: T[] }
