// Picks a user's organisation for a role: an agency, a commune, or (for roles that may have either)
// a choice between them. Which kind a role needs comes from domain/roles.ts; the server checks it.
import { SegmentedControl, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ROLE_ORGANISATION } from '../../../domain/roles';
import { accentFilter } from '../../lib/combobox';
import type { Role } from '../../lib/types';
import { useAgencies } from '../agencies/api';
import { useUnits } from '../units/api';

export interface Organisation { kind: 'agency' | 'unit' | 'none'; id: string | null }

export function organisationOf(agencyId: number | null | undefined, unitId: number | null | undefined): Organisation {
  if (agencyId) return { kind: 'agency', id: String(agencyId) };
  if (unitId) return { kind: 'unit', id: String(unitId) };
  return { kind: 'none', id: null };
}

export function organisationInput(org: Organisation) {
  return { agencyId: org.kind === 'agency' && org.id ? Number(org.id) : null, unitId: org.kind === 'unit' && org.id ? Number(org.id) : null };
}

/** The organisation kind to use after a role change. */
export function kindForRole(role: Role, current: Organisation): Organisation {
  const need = ROLE_ORGANISATION[role];
  if (need === 'any' || need === current.kind) return current;
  return { kind: need, id: null };
}

export function OrganisationPicker({ role, value, onChange, agencyError, unitError }: {
  role: Role; value: Organisation; onChange: (o: Organisation) => void; agencyError?: string; unitError?: string;
}) {
  const { t } = useTranslation();
  const need = ROLE_ORGANISATION[role];
  const agencies = useAgencies();
  const units = useUnits();
  const communes = (units.data?.items ?? []).filter((u) => u.level === 'commune' || u.level === 'town' || u.level === 'ward');
  return (
    <Stack gap="xs">
      {need === 'any' && (
        <SegmentedControl value={value.kind} onChange={(k) => onChange({ kind: k as Organisation['kind'], id: null })} fullWidth
          data={[{ value: 'none', label: t('users.orgNone') }, { value: 'agency', label: t('users.orgAgency') }, { value: 'unit', label: t('users.orgUnit') }]} />
      )}
      {value.kind === 'agency' && (
        <Select label={t('users.agency')} value={value.id} onChange={(id) => onChange({ kind: 'agency', id })} required={need === 'agency'}
          data={(agencies.data?.items ?? []).map((a) => ({ value: String(a.id), label: a.name }))} searchable filter={accentFilter}
          error={agencyError} comboboxProps={{ withinPortal: true }} />
      )}
      {value.kind === 'unit' && (
        <Select label={t('users.unit')} value={value.id} onChange={(id) => onChange({ kind: 'unit', id })} required={need === 'unit'}
          data={communes.map((u) => ({ value: String(u.id), label: `${u.name} (${u.path.slice(0, -1).join(' › ')})` }))} searchable filter={accentFilter}
          error={unitError} comboboxProps={{ withinPortal: true }} />
      )}
    </Stack>
  );
}
