// users row → API JSON. Password hashes never leave the repository.
import type { Role } from '../../../domain/roles.js';
import type { UserRow } from './users.repository.js';

export function presentUser(r: UserRow) {
  return {
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    role: r.role as Role,
    agency: r.agency_id ? { id: r.agency_id, name: r.agency_name ?? '' } : null,
    unit: r.unit_id ? { id: r.unit_id, name: r.unit_name ?? '' } : null,
    disabled: r.disabled,
    createdAt: new Date(r.created_at).toISOString(),
    version: r.version,
  };
}
