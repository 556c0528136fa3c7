// One entry of a day's plan: the group and its lead agency, the commune and segments, people, m³,
// mixers, where and when to meet, why the proposal chose it, the registration and supervisor,
// and its go/no-go checklist; buttons from the entry's `actions`.
import { Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconBulldozer, IconPencil, IconTrash, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../lib/format';
import type { PlanEntry } from './api';
import { num, ReadinessList, RegistrationStatusBadge } from './shared';

export function EntryCard({ entry, onEdit, onRemove, onSupervisor, onSite }: {
  entry: PlanEntry; onEdit: () => void; onRemove: () => void; onSupervisor: () => void;
  /** The commune confirms (true) or withdraws (false) that the site is prepared. */
  onSite: (ready: boolean) => void;
}) {
  const { t, i18n } = useTranslation();
  const actions = entry.actions ?? [];
  const e = entry;
  return (
    <Card withBorder data-testid="plan-entry" data-group={e.group.name}>
      <Group justify="space-between" align="flex-start" gap="xs" mb="xs">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Title order={2} size="h4">{e.group.name} → {t('plans.commune')} {e.commune.name}</Title>
          <Text size="xs" c="dimmed">{e.group.kind === 'agency' ? t('plans.assignments.ownAgency') : t('plans.leadAgency', { name: e.group.leadAgencyName })}</Text>
        </Stack>
        <Badge color={e.readiness.ok ? 'teal' : 'red'} variant="filled" style={{ minWidth: 'max-content' }}>
          {e.readiness.ok ? t('plans.ready') : t('plans.notReady')}
        </Badge>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Stack gap={6}>
          <Text size="sm" fw={500}>{t('plans.figures', { people: formatInteger(e.headcount), m3: num(e.targetVolumeM3), m: num(e.targetLengthM), mixers: e.mixers })}</Text>
          <Stack gap={2}>
            {e.segments.map((s) => (
              <Text size="sm" key={s.id}>• {s.roadName}, {s.chainage}{s.label ? ` (${s.label})` : ''} — <Text span c="dimmed" size="sm">{t('plans.remaining', { m3: num(s.remainingM3) })}</Text></Text>
            ))}
          </Stack>
          {e.meetingTime && (
            <Text size="sm">{e.meetingPlace ? t('plans.meeting', { time: e.meetingTime, place: e.meetingPlace }) : t('plans.meetingNoPlace', { time: e.meetingTime })}</Text>
          )}
          {e.notes && <Text size="sm" c="dimmed">{t('plans.notes')}: {e.notes}</Text>}
          {e.explanation && (
            <Text size="xs" c="dimmed"><Text span fw={600} size="xs">{t('plans.why')}: </Text>{i18n.language === 'en' ? e.explanation.en : e.explanation.vi}</Text>
          )}
          {/* No registration: the checklist already says so. */}
          {e.registration && (
            <Group gap={6}>
              <RegistrationStatusBadge status={e.registration.status} />
              <Text size="sm">{t('registrations.figures', { people: formatInteger(e.registration.headcount), m3: num(e.registration.targetVolumeM3) })}</Text>
            </Group>
          )}
          <Text size="sm" data-testid="supervisor">
            {t('plans.supervisor')}: {e.supervisor ? `${e.supervisor.name}${e.supervisor.phone ? ` · ${e.supervisor.phone}` : ''}` : <Text span c="dimmed" size="sm">{t('plans.supervisorNone')}</Text>}
          </Text>
        </Stack>
        <Stack gap={4}>
          <Text size="sm" fw={600}>{t('plans.readiness')}</Text>
          <ReadinessList items={e.readiness.items} />
        </Stack>
      </SimpleGrid>
      {actions.length > 0 && (
        <Group gap="xs" mt="sm">
          {actions.includes('setSupervisor') && (
            <Button size="xs" variant="light" leftSection={<IconUserCheck size={14} />} onClick={onSupervisor}>{t('plans.setSupervisor')}</Button>
          )}
          {actions.includes('confirmSite') && (
            <Button size="xs" variant="light" color={e.site ? 'gray' : 'teal'} leftSection={<IconBulldozer size={14} />} onClick={() => onSite(!e.site)}>
              {t(e.site ? 'plans.siteWithdraw' : 'plans.siteConfirm')}
            </Button>
          )}
          {actions.includes('edit') && (
            <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}
              aria-label={t('plans.editEntryTitle', { group: e.group.name, commune: e.commune.name })}>{t('plans.editEntry')}</Button>
          )}
          {actions.includes('remove') && (
            <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={onRemove}
              aria-label={t('plans.removeEntryTitle', { group: e.group.name })}>{t('plans.removeEntry')}</Button>
          )}
        </Group>
      )}
    </Card>
  );
}
