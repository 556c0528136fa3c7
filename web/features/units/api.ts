// Administrative unit queries and writes.
import { useQuery } from '@tanstack/react-query';
import { typedApi, type BodyOf } from '../../lib/typed-api';
import { changedFields, isEmpty } from '../../lib/changes';
import type { Unit, UnitLevel } from '../../lib/types';

export function useUnits(filter: { q?: string; level?: UnitLevel } = {}) {
  return useQuery({
    queryKey: ['units', filter],
    queryFn: () => typedApi.get('/units', { query: filter }),
  });
}

export interface UnitInput { parentId: number | null; level: UnitLevel; name: string; code: string | null }

export async function saveUnit(input: UnitInput, unit?: Unit): Promise<Unit> {
  if (!unit) return typedApi.post('/units', input satisfies BodyOf<'/units', 'post'>);
  const patch = changedFields(unit, input);
  return isEmpty(patch) ? unit : typedApi.patch('/units/{id}', patch, { path: { id: unit.id }, version: unit.version });
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
