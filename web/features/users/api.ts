// User queries and writes (admin).
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Page, Role, User } from '../../lib/types';

export function useUsers(q = '', enabled = true) {
  return useQuery({
    queryKey: ['users', { q }],
    queryFn: () => api.get<Page<User>>('/users', { q, limit: 500 }),
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

export const patchUser = (user: User, patch: UserPatch) => api.patch<User>(`/users/${user.id}`, patch, user.version);
