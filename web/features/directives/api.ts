// Directives (issue 8) queries and writes: directives with their progress, one directive's items
// and tasks, its tracking table (items × units), my task instances, reports done / cannot do.
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import type { FieldError } from '../../../domain/errors';
import { ApiError } from '../../lib/api';
import { typedApi, type Schema } from '../../lib/typed-api';

export type Counts = Schema<'StatusCounts'>;
export type Colour = Counts['colour'];
export type Tracking = Schema<'DirectiveTracking'>;
/** One directive as its tracking table heads it (what this user may do, its documents). */
export type Directive = Tracking['directive'];
export type Task = Tracking['rows'][number]['tasks'][number];
export type Unit = Schema<'TaskUnit'>;
export type Instance = Schema<'TaskInstance'>;
export type Completion = Schema<'UnitCompletion'>;

/** Mantine colours for the API's status colours: done green, open blue, overdue red, cannot do orange. */
export const COLOUR: Record<Colour, string> = { red: 'red', orange: 'orange', blue: 'blue', yellow: 'yellow', green: 'teal', gray: 'gray' };

export function useDirectives() {
  return useQuery({ queryKey: ['directives'], queryFn: () => typedApi.get('/directives') });
}

export function useTracking(id: number) {
  return useQuery({ queryKey: ['directives', id, 'tracking'], queryFn: () => typedApi.get('/directives/{id}/tracking', { path: { id } }) });
}

export function useMyTasks(status: 'pending' | 'all') {
  return useQuery({ queryKey: ['directives', 'mine', status], queryFn: () => typedApi.get('/task-instances/mine', { query: { status } }) });
}

export function useCompletion() {
  return useQuery({ queryKey: ['directives', 'completion'], queryFn: () => typedApi.get('/directive-units/completion') });
}

/** A task's assignee as the form sends it. */
export type AssigneeInput = Schema<'TaskAssigneeInput'>;
export type TaskInput = Schema<'TaskInput'>;

/** The picker's value "agency:12" / "role:media" / "all_groups" as the API's assignee. */
export function assigneeOf(value: string): AssigneeInput {
  const [kind, id] = value.split(':');
  switch (kind) {
    case 'agency': return { kind, agencyId: Number(id) };
    case 'group': return { kind, groupId: Number(id) };
    case 'commune': return { kind, communeId: Number(id) };
    case 'role': return { kind, role: id as Extract<AssigneeInput, { kind: 'role' }>['role'] };
    default: return { kind: kind as 'all_groups' | 'target_communes' };
  }
}

/** Instances of one tracking-table cell (an item × a unit), every status, overdue first. */
export function useCellInstances(directiveId: number, itemId: number | null, unit: string | null) {
  return useQuery({
    queryKey: ['directives', directiveId, 'cell', itemId, unit],
    queryFn: () => typedApi.get('/task-instances', { query: { directiveId, itemId: itemId!, unit: unit!, status: 'all', limit: 200 } }),
    enabled: itemId !== null && unit !== null,
  });
}

/**
 * Throws the empty required fields as one 400 before anything is sent, worded in both languages
 * from this feature's strings (the server's generic "too short" is less helpful); the form shows
 * them like the server's own field errors.
 */
export function checkRequired(checks: Array<[field: string, empty: boolean, key: string]>): void {
  const fields: FieldError[] = checks.filter(([, empty]) => empty)
    .map(([field, , key]) => ({ field, code: 'required', vi: i18n.t(key, { lng: 'vi' }), en: i18n.t(key, { lng: 'en' }) }));
  if (fields.length) throw new ApiError(400, 'VALIDATION', fields, '', '');
}
