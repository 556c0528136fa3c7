// A segment's acceptance (nghiệm thu) records, newest first: day, decision, grade, inspector, the
// measured points against the design, the reasons of a rejection and the photos.
import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { QueryState } from '../../ui/QueryState';
import { MeasurementsTable } from './AcceptanceForm';
import { useAcceptances } from './api';
import { formatDecimal } from './shared';

export function AcceptanceHistory({ segmentId }: { segmentId: number }) {
  const { t } = useTranslation();
  const q = useAcceptances(segmentId);
  return (
    <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Text size="sm" c="dimmed">{t('roads.acceptance.none')}</Text>}>
      {(d) => (
        <Stack gap="xs" data-testid={`acceptances-${segmentId}`}>
          <Title order={3} fz="sm">{t('roads.acceptance.history')}</Title>
          {[...d.items].reverse().map((a) => (
            <Paper key={a.id} withBorder p="xs">
              <Group gap="xs" mb={4} wrap="wrap">
                <Badge color={a.decision === 'accepted' ? 'teal' : 'red'} variant="light">{t(`roads.acceptance.${a.decision}`)}</Badge>
                <Text size="sm" fw={500}>{formatDate(a.inspectedOn)}</Text>
                <Text size="sm">{t('roads.acceptance.gradeIs', { grade: a.grade })}</Text>
                <Text size="xs" c="dimmed">{a.inspector.name}</Text>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <MeasurementsTable a={a} />
                <Stack gap={2}>
                  <Text size="xs" c="dimmed">
                    {t('roads.acceptance.summary', {
                      w: formatDecimal(a.summary.avgWidthMm / 1000), th: formatDecimal(a.summary.avgThicknessMm / 10, 1),
                      dw: formatDecimal(a.design.widthMm / 1000), dth: formatDecimal(a.design.thicknessMm / 10, 1),
                    })}
                  </Text>
                  {a.summary.pointsBelowDesign > 0 && <Text size="xs" c="orange.8">{t('roads.acceptance.pointsBelow', { n: a.summary.pointsBelowDesign })}</Text>}
                  {a.reasons && <Text size="sm">{a.reasons}</Text>}
                  {a.photos.length > 0 && (
                    <Group gap="xs">{a.photos.map((p) => <Anchor key={p.id} href={p.url} target="_blank" size="xs">{p.filename}</Anchor>)}</Group>
                  )}
                </Stack>
              </SimpleGrid>
            </Paper>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
