// Which commune reports the district report is built from: the missing or unapproved ones named
// (commune, week, where the report stands), and each included report's narrative, difficulties
// and proposals as the communes wrote them.
import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import type { DistrictReport } from './api';

/** Groups whose attendance is missing from an included report: their officials are not in the figures. */
function MissingAttendance({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  if (!r.missingAttendance?.length) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('district.attendanceMissingTitle')} data-testid="district-attendance-missing">
      <List size="sm" spacing={2}>
        {r.missingAttendance.map((m) => (
          <List.Item key={`${m.groupId}-${m.weekStart}-${m.commune}`}>
            {t('district.attendanceMissingItem', { group: m.group, commune: m.commune, days: m.days.map(formatDate).join(', ') })}
            {m.reason ? ` — ${m.reason}` : ''}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function MissingReports({ r }: { r: DistrictReport }) {
  return <><MissingReportList r={r} /><MissingAttendance r={r} /></>;
}

function MissingReportList({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  if (!r.missing.length) {
    return (
      <Alert color="teal" icon={<IconCircleCheck size={18} />} data-testid="district-complete">
        {t('district.complete', { n: r.included.length })}
      </Alert>
    );
  }
  return (
    <Alert color="orange" icon={<IconAlertTriangle size={18} />} title={t('district.missingTitle', { n: r.missing.length })} data-testid="district-missing">
      <Text size="sm" mb={4}>{t('district.missingHint', { n: r.included.length })}</Text>
      <List size="sm" spacing={2}>
        {r.missing.map((m) => (
          <List.Item key={`${m.commune.id}-${m.weekStart}`}>
            {t('district.missingItem', { commune: m.commune.name, week: m.week, status: t(`district.status.${m.status ?? 'none'}`) })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}

export function CommuneNotes({ r }: { r: DistrictReport }) {
  const { t } = useTranslation();
  const notes = r.included.filter((i) => i.narrative || i.difficulties || i.proposals);
  if (!notes.length) return null;
  return (
    <section>
      <Title order={3} fz={18} mb="xs">{t('district.communeNotes')}</Title>
      <Stack gap="xs">
        {notes.map((i) => (
          <Paper key={i.id} withBorder p="sm">
            <Text fw={600} size="sm">
              {r.period.kind === 'month' ? t('district.communeOfWeek', { commune: i.commune, date: formatDate(i.weekStart) }) : t('district.commune', { commune: i.commune })}
            </Text>
            {i.narrative && <Text size="sm">{i.narrative}</Text>}
            {i.difficulties && <Text size="sm"><b>{t('district.difficulties')}:</b> {i.difficulties}</Text>}
            {i.proposals && <Text size="sm"><b>{t('district.proposals')}:</b> {i.proposals}</Text>}
          </Paper>
        ))}
      </Stack>
    </section>
  );
}
