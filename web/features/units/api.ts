// Administrative unit queries and writes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Items, Unit, UnitLevel } from '../../lib/types';

export function useUnits(filter: { q?: string; level?: UnitLevel } = {}) {
  return useQuery({
    queryKey: ['units', filter],
    queryFn: () => api.get<Items<Unit>>('/units', filter),
  });
}

export interface UnitInput { parentId: number | null; level: UnitLevel; name: string; code: string | null }

export async function saveUnit(input: UnitInput, unit?: Unit): Promise<Unit> {
  if (!unit) return api.post<Unit>('/units', input);
  const patch = changedFields(unit, input);
  return isEmpty(patch) ? unit : api.patch<Unit>(`/units/${unit.id}`, patch, unit.version);
}

/** The level a new child usually has. */
export function childLevel(parent: Unit | null): UnitLevel {
  switch (parent?.level) {
    case undefined: return 'province';
    case 'province': return 'district';
    case 'district': return 'commune';
    default: return 'village';
  }
}
