// Progress by week as a small bar chart drawn with plain elements (no chart library to download):
// km finished and km accepted at the end of each campaign week, cumulative.
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../roads/shared';
import type { Dashboard } from './api';

export function WeeksChart({ weeks }: { weeks: Dashboard['weeks'] }) {
  const { t } = useTranslation();
  const max = Math.max(0.001, ...weeks.map((w) => w.finishedKm));
  return (
    <Stack gap={6} data-testid="weeks-chart" role="img" aria-label={t('dashboard.weeks')}>
      <Group gap="md">
        <Group gap={4}><span style={{ width: 12, height: 12, background: '#74c0fc', display: 'inline-block' }} /><Text size="xs">{t('dashboard.finished')}</Text></Group>
        <Group gap={4}><span style={{ width: 12, height: 12, background: '#2f9e44', display: 'inline-block' }} /><Text size="xs">{t('dashboard.accepted')}</Text></Group>
      </Group>
      {weeks.map((w) => (
        <Group key={w.week} gap={6} wrap="nowrap">
          <Text size="xs" w={70} style={{ flexShrink: 0 }}>{t('dashboard.weekShort', { week: Number(w.week.slice(-2)) })}</Text>
          <div style={{ flex: 1, position: 'relative', height: 18, background: '#f1f3f5', borderRadius: 3 }}>
            <div style={{ position: 'absolute', inset: 0, width: `${(w.finishedKm / max) * 100}%`, background: '#74c0fc', borderRadius: 3 }} />
            <div style={{ position: 'absolute', top: 4, bottom: 4, left: 0, width: `${(w.acceptedKm / max) * 100}%`, background: '#2f9e44', borderRadius: 3 }} />
          </div>
          <Text size="xs" w={72} ta="right" style={{ flexShrink: 0 }}>{formatDecimal(w.finishedKm, 2)} km</Text>
        </Group>
      ))}
    </Stack>
  );
}
