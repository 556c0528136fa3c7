// The workday form, phone first: the group's part (officials per agency) and the commune's part
// (people, pours, supervisor, weather, incidents, materials issued), each shown as an editor only to the side that
// may write it (the API's actions for a saved record, the user's role and organisation for a new
// one), with the totals computed as you type. A new record is one POST carrying its client id
// (kept across retries: client-id.ts); a saved record's parts are corrected one at a time (If-Match).
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatQuantity } from '../../../domain/labour';
import { useFormErrors } from '../../lib/errors';
import { formatInteger } from '../../lib/format';
import type { Group as GroupT } from '../../lib/types';
import { createWorkday, saveCommunePart, saveGroupPart, type PlanEntry, type Workday } from './api';
import { AttendanceEditor, AttendanceView } from './AttendanceSection';
import { useClientId } from './client-id';
import { CommuneEditor, CommuneView } from './CommuneSection';
import { communeInput, communeStateOf, groupInput, groupStateOf, liveTotals, materialsInput, memberOrder, type CommuneState, type GroupState } from './form-state';

export interface WorkdayPlace { campaignId: number; communeId: number; groupId: number; day: string; planEntryId: number | null }

/** Every field name the server may name in an answer, specific ones first (useFormErrors takes the first match). */
function fieldNames(prefix: string, members: number, pours: number, materials = 0): string[] {
  const out: string[] = [];
  // Materials travel beside the commune's part (top level on create), so they take no prefix.
  for (let i = 0; i < materials; i++) out.push(`materials.${i}.lotId`, `materials.${i}.pointId`, `materials.${i}.quantity`, `materials.${i}`);
  for (let i = 0; i < members; i++) out.push(`${prefix}attendance.${i}`);
  for (let i = 0; i < pours; i++) out.push(`${prefix}pours.${i}.segmentId`, `${prefix}pours.${i}.lengthM`, `${prefix}pours.${i}.volumeM3`, `${prefix}pours.${i}`);
  out.push(...['people', 'supervisorName', 'supervisorPhone', 'weather', 'incidents', 'note', 'labourDays'].map((f) => prefix + f));
  return out;
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }}>
      <Title order={3} size="h5" mb={hint ? 2 : 'xs'}>{title}</Title>
      {hint && <Text size="xs" c="dimmed" mb="xs">{hint}</Text>}
      {children}
    </Paper>
  );
}

function Totals({ t: totals, lengthM, volumeM3 }: { t: ReturnType<typeof liveTotals>; lengthM: number; volumeM3: number }) {
  const { t } = useTranslation();
  const cell = (label: string, value: string, testId?: string) => (
    <Stack gap={0} align="center" style={{ flex: '1 1 90px' }}>
      <Text size="xl" fw={700} data-testid={testId}>{value}</Text>
      <Text size="xs" c="dimmed" ta="center">{label}</Text>
    </Stack>
  );
  return (
    <Paper withBorder p="xs" bg="var(--mantine-color-teal-light)" aria-label={t('workdays.totals')} role="region">
      <Group gap="xs" justify="space-around">
        {cell(t('workdays.participants'), formatInteger(totals.participants))}
        {cell(t('workdays.officials'), formatInteger(totals.officials))}
        {cell(t('workdays.people'), formatInteger(totals.people))}
        {cell(t('workdays.labourDaysComputed'), formatQuantity(totals.labourDays, 1), 'labour-days')}
        {cell(t('workdays.metres'), formatQuantity(lengthM, 3))}
        {cell('m³', formatQuantity(volumeM3, 3))}
      </Group>
    </Paper>
  );
}

export function WorkdayForm({ saved, place, entry, group, mayGroup, mayCommune }: {
  saved: Workday | null; place: WorkdayPlace; entry: PlanEntry | null; group: GroupT | undefined; mayGroup: boolean; mayCommune: boolean;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const [groupState, setGroupState] = useState<GroupState>(() => groupStateOf(saved));
  const [communeState, setCommuneState] = useState<CommuneState>(() => communeStateOf(saved, entry));
  const members = group?.members.length ?? 0;
  const pours = communeState.pours.length;
  const materials = communeState.materials.length;
  const isNew = saved === null;
  const newErr = useFormErrors(useMemo(() => [...fieldNames('group.', members, 0), ...fieldNames('commune.', 0, pours, materials)], [members, pours, materials]));
  const groupErr = useFormErrors(useMemo(() => fieldNames('', members, 0), [members]));
  const communeErr = useFormErrors(useMemo(() => fieldNames('', 0, pours, materials), [pours, materials]));
  const clientId = useClientId(`${place.campaignId}:${place.communeId}:${place.groupId}:${place.day}`);
  const order = group ? memberOrder(group) : [];

  const done = (w: Workday, message: string) => {
    client.setQueryData(['workdays', w.id], w);
    // Issues moved stock out of the commune's points.
    void client.invalidateQueries({ queryKey: ['stock'] });
    void client.invalidateQueries({ queryKey: ['workdays', 'list'] });
    notifications.show({ color: 'teal', message });
  };
  const create = useMutation({
    mutationFn: () => createWorkday({
      clientId: clientId.current(), ...place,
      ...(mayGroup ? { group: groupInput(groupState, order) } : {}),
      ...(mayCommune ? { commune: communeInput(communeState), materials: materialsInput(communeState) } : {}),
    }),
    onSuccess: (w) => {
      clientId.settled();
      done(w, t('workdays.recorded'));
      void navigate(`/workdays/${w.id}`, { replace: true });
    },
    onError: (e) => {
      clientId.settled(e);
      newErr.setError(e);
    },
  });
  const saveGroup = useMutation({
    mutationFn: () => saveGroupPart(saved!, groupInput(groupState, order)),
    onSuccess: (w) => done(w, t('workdays.groupSaved')),
    onError: groupErr.setError,
  });
  const saveCommune = useMutation({
    mutationFn: () => saveCommunePart(saved!, { ...communeInput(communeState), materials: materialsInput(communeState) }),
    onSuccess: (w) => done(w, t('workdays.communeSaved')),
    onError: communeErr.setError,
  });
  const submit = (m: { mutate: () => void }, errs: Array<{ clear: () => void }>) => (e: FormEvent) => {
    e.preventDefault();
    errs.forEach((x) => x.clear());
    m.mutate();
  };

  const totals = liveTotals(mayGroup ? groupState : null, mayCommune ? communeState : null, saved);
  const poured = mayCommune ? communeInput(communeState).pours : saved?.communePart?.pours ?? [];
  const lengthM = mayCommune || saved?.communePart ? poured.reduce((s, p) => s + p.lengthM, 0) : saved?.totals.lengthM ?? 0;
  const volumeM3 = mayCommune || saved?.communePart ? poured.reduce((s, p) => s + p.volumeM3, 0) : saved?.totals.volumeM3 ?? 0;
  const groupError = (name: string) => newErr.field(`group.${name}`) ?? groupErr.field(name);
  const communeError = (name: string) => newErr.field(`commune.${name}`) ?? communeErr.field(name);
  const materialError = (name: string) => newErr.field(name) ?? communeErr.field(name);

  const groupSection = (
    <Section title={t('workdays.groupPart')} hint={t('workdays.groupPartHint')}>
      {mayGroup && group ? <AttendanceEditor group={group} state={groupState} onChange={setGroupState} error={groupError} />
        : saved ? <AttendanceView w={saved} /> : <Text size="sm" c="dimmed">{t('workdays.groupEntersLater')}</Text>}
      {!isNew && mayGroup && (
        <form onSubmit={submit(saveGroup, [groupErr])} noValidate>
          {groupErr.general && <Alert mt="xs" color="red" role="alert">{groupErr.general}</Alert>}
          <Button type="submit" mt="sm" fullWidth loading={saveGroup.isPending}>{t('workdays.saveGroup')}</Button>
        </form>
      )}
    </Section>
  );
  const communeSection = (
    <Section title={t('workdays.communePart')} hint={t('workdays.communePartHint')}>
      {mayCommune ? <CommuneEditor state={communeState} onChange={setCommuneState} communeId={place.communeId} error={communeError}
        materialError={materialError} saved={saved} />
        : saved ? <CommuneView w={saved} /> : <Text size="sm" c="dimmed">{t('workdays.communeEntersLater')}</Text>}
      {!isNew && mayCommune && (
        <form onSubmit={submit(saveCommune, [communeErr])} noValidate>
          {communeErr.general && <Alert mt="xs" color="red" role="alert">{communeErr.general}</Alert>}
          <Button type="submit" mt="sm" fullWidth loading={saveCommune.isPending}>{t('workdays.saveCommune')}</Button>
        </form>
      )}
    </Section>
  );
  return (
    <Stack gap="sm">
      <Totals t={totals} lengthM={lengthM} volumeM3={volumeM3} />
      {/* Each side's own part first. */}
      {mayGroup || !mayCommune ? <>{groupSection}{communeSection}</> : <>{communeSection}{groupSection}</>}
      {isNew && (
        <form onSubmit={submit(create, [newErr])} noValidate>
          <Stack gap="xs">
            {newErr.general && <Alert color="red" role="alert">{newErr.general}</Alert>}
            <Button type="submit" size="md" fullWidth loading={create.isPending}>{t('workdays.record')}</Button>
            <Text size="xs" c="dimmed" ta="center">{t('workdays.photosAfterSaving')}</Text>
          </Stack>
        </form>
      )}
    </Stack>
  );
}
