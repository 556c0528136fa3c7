// Administrative unit queries and writes.
import { useQuery } from '@tanstack/react-query';
import { api } from '../../lib/api';
import type { Items, Unit, UnitLevel } from '../../lib/types';

export function useUnits(filter: { q?: string; level?: UnitLevel } = {}) {
  return useQuery({
    queryKey: ['units', filter],
    queryFn: () => api.get<Items<Unit>>('/units', filter),
  });
}

export interface UnitInput { parentId: number | null; level: UnitLevel; name: string; code: string | null }

export const saveUnit = (input: UnitInput, unit?: Unit) =>
  unit ? api.patch<Unit>(`/units/${unit.id}`, input, unit.version) : api.post<Unit>('/units', input);

/** The level a new child usually has. */
export function childLevel(parent: Unit | null): UnitLevel {
  switch (parent?.level) {
    case undefined: return 'province';
    case 'province': return 'district';
    case 'district': return 'commune';
    default: return 'village';
  }
}
