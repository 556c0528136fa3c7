// One registration: group, commune, day, status, people (per agency), m³, transport and tools,
// what the group first sent when the commune amended it, the commune's comment, who sent and
// answered and whether late; buttons from the registration's `actions`.
import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import type { Registration, RegistrationAction } from './api';
import { num, RegistrationStatusBadge, useDayLabel } from './shared';

const COLOURS: Record<RegistrationAction, string> = { edit: 'blue', withdraw: 'gray', confirm: 'teal', amend: 'cyan', decline: 'red' };

export function RegistrationCard({ r, onAction }: { r: Registration; onAction: (a: RegistrationAction) => void }) {
  const { t } = useTranslation();
  const dayLabel = useDayLabel();
  return (
    <Card withBorder padding="sm" data-testid="registration" data-group={r.group.name} data-day={r.day}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
          <Text fw={600}>{r.group.name} → {t('plans.commune')} {r.commune.name}</Text>
          <Text size="sm" c="dimmed">{dayLabel(r.day)} · {r.group.leadAgencyName}</Text>
        </Stack>
        <RegistrationStatusBadge status={r.status} />
      </Group>
      <Stack gap={4} mt="xs">
        <Text size="sm" fw={500}>
          {t('registrations.figures', { people: formatInteger(r.headcount), m3: num(r.targetVolumeM3) })}
          {r.original && r.status === 'amended' && (
            <Text span size="sm" c="dimmed" fw={400}> ({t('registrations.was', { people: formatInteger(r.original.headcount), m3: num(r.original.targetVolumeM3) })})</Text>
          )}
        </Text>
        {r.perAgency.length > 0 && <Text size="sm">{r.perAgency.map((p) => `${p.agencyName}: ${formatInteger(p.headcount)}`).join(' · ')}</Text>}
        {r.transport && <Text size="sm">{t('registrations.transport')}: {r.transport}</Text>}
        {r.tools && <Text size="sm">{t('registrations.tools')}: {r.tools}</Text>}
        {r.note && <Text size="sm" c="dimmed">{r.note}</Text>}
        {r.communeComment && <Text size="sm" c="blue.8">{t('registrations.communeComment', { comment: r.communeComment })}</Text>}
        <Text size="xs" c="dimmed">
          {t('registrations.submittedBy', { by: r.submittedBy ?? '—', at: formatDateTime(r.submittedAt) })}
          {r.submittedLate && <Text span c="orange.8" size="xs"> · {t('registrations.late')}</Text>}
        </Text>
        {r.decidedAt && (
          <Text size="xs" c="dimmed">
            {t('registrations.decidedBy', { by: r.decidedBy ?? '—', at: formatDateTime(r.decidedAt) })}
            {r.decidedLate && <Text span c="orange.8" size="xs"> · {t('registrations.decidedLate')}</Text>}
          </Text>
        )}
      </Stack>
      {r.actions.length > 0 && (
        <Group gap="xs" mt="sm">
          {r.actions.map((a) => (
            <Button key={a} size="xs" variant={a === 'confirm' ? 'filled' : 'light'} color={COLOURS[a]} onClick={() => onAction(a)}
              aria-label={t('registrations.actionNamed', { action: t(`registrations.actions.${a}`), group: r.group.name, day: formatDate(r.day) })}>
              {t(`registrations.actions.${a}`)}
            </Button>
          ))}
        </Group>
      )}
    </Card>
  );
}
