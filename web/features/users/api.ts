// User queries and writes (admin).
import { useQuery } from '@tanstack/react-query';
import { typedApi, type BodyOf } from '../../lib/typed-api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Role, User } from '../../lib/types';

export function useUsers(q = '', enabled = true) {
  return useQuery({
    queryKey: ['users', { q }],
    queryFn: () => typedApi.get('/users', { query: { q, limit: 500 } }),
    placeholderData: (prev) => prev,
    enabled,
  });
}

export interface UserPatch {
  displayName?: string;
  email?: string | null;
  role?: Role;
  agencyId?: number | null;
  unitId?: number | null;
  disabled?: boolean;
  password?: string;
}

export const patchUser = (user: User, patch: UserPatch) =>
  typedApi.patch('/users/{id}', patch satisfies BodyOf<'/users/{id}', 'patch'>, { path: { id: user.id }, version: user.version });

/** Saves the edit form: only the fields that changed, nothing at all when none did. */
export async function saveUserEdit(user: User, next: Required<Pick<UserPatch, 'displayName' | 'email' | 'role' | 'agencyId' | 'unitId'>>): Promise<User> {
  const current = { displayName: user.displayName, email: user.email, role: user.role, agencyId: user.agency?.id ?? null, unitId: user.unit?.id ?? null };
  const patch = changedFields(current, next);
  return isEmpty(patch) ? user : patchUser(user, patch);
}
