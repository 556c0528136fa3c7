// The API's JSON shapes the shared pages read, by the names the pages use: each is the schema of the
// same name in the OpenAPI document (web/lib/api-schema.ts, generated from the server's schemas).
import type { Permission, Role } from '../../domain/roles';
import type { Schema } from './typed-api';

export type { Permission, Role };

export type User = Schema<'User'>;
export type Me = Schema<'Me'>;

export const UNIT_LEVELS = ['province', 'district', 'commune', 'town', 'ward', 'village'] as const;
export type UnitLevel = (typeof UNIT_LEVELS)[number];

export type Unit = Schema<'Unit'>;
export type Agency = Schema<'Agency'>;
export type Group = Schema<'Group'>;
export type Campaign = Schema<'Campaign'>;

/** The agency list import's answer (preview or import). */
export type ImportOutcome = Schema<'AgencyImportOutcome'>;
