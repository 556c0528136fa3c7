// The office's completeness grid: target communes × weeks of the campaign, each cell on time
// (green), late (yellow), missing (red), due (blue) or not started (grey), with a word and an icon
// as well as the colour, a legend with the counts, and a link to the report when there is one.
// The commune column stays put while the weeks scroll sideways on a phone.
import { Anchor, Badge, Group, Paper, Stack, Table, Text, Title, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconClock, IconHourglass, IconMinus } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime, formatInteger } from '../../lib/format';
import { QueryState } from '../../ui/QueryState';
import { TIMELINESS_COLOUR, useCompleteness, type ReportStatus, type Timeliness } from './api';

const STATES: Timeliness[] = ['on_time', 'late', 'missing', 'due', 'not_started'];
const ICON: Record<Timeliness, ReactNode> = {
  on_time: <IconCheck size={12} />, late: <IconClock size={12} />, missing: <IconAlertTriangle size={12} />,
  due: <IconHourglass size={12} />, not_started: <IconMinus size={12} />,
};

function Cell({ state, reportId, status, label }: { state: Timeliness; reportId: number | null; status: ReportStatus | null; label: string }) {
  const { t } = useTranslation();
  const badge = (
    <Stack gap={0} align="center">
      <Badge color={TIMELINESS_COLOUR[state]} variant={state === 'due' || state === 'not_started' ? 'light' : 'filled'} leftSection={ICON[state]}
        size="sm" radius="sm" fullWidth styles={{ label: { overflow: 'visible' } }}>
        {t(`reports.cell.${state}`)}
      </Badge>
      {status && <Text size="xs" c="dimmed">{t(`reports.status.${status}`)}</Text>}
    </Stack>
  );
  // Named by what the cell shows, then whose week it is (label in name, WCAG 2.5.3).
  return reportId
    ? <Anchor component={Link} to={`/weekly-reports/${reportId}`} underline="never">{badge}<VisuallyHidden>{label}</VisuallyHidden></Anchor>
    : <span>{badge}<VisuallyHidden>{label}</VisuallyHidden></span>;
}

/** Scrolls sideways to the latest weeks on a narrow screen: they matter most, the commune column stays. */
function ScrollToLatest({ children }: { children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ref.current) ref.current.scrollLeft = ref.current.scrollWidth;
  }, []);
  return <div ref={ref} style={{ overflowX: 'auto' }} data-testid="completeness-scroll">{children}</div>;
}

export function CompletenessGrid({ campaignId }: { campaignId: number }) {
  const { t, i18n } = useTranslation();
  const grid = useCompleteness(campaignId, true);
  return (
    <Paper withBorder p={{ base: 'xs', sm: 'md' }} mb="md">
      <Title order={2} size="h5" mb="xs">{t('reports.completeness')}</Title>
      <QueryState query={grid} isEmpty={(g) => g.communes.length === 0 || g.weeks.length === 0}>
        {(g) => (
          <>
            <Group gap="xs" mb="xs" aria-label={t('reports.legend')} role="list">
              {STATES.map((s) => (
                <Badge key={s} role="listitem" color={TIMELINESS_COLOUR[s]} variant={s === 'due' || s === 'not_started' ? 'light' : 'filled'} leftSection={ICON[s]}>
                  {t(`reports.timeliness.${s}`)}: {formatInteger(g.counts[s])}
                </Badge>
              ))}
            </Group>
            <ScrollToLatest>
              <Table miw={130 + g.weeks.length * 104} withColumnBorders verticalSpacing={4} aria-label={t('reports.completeness')} data-testid="completeness-grid">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>{t('reports.commune')}</Table.Th>
                    {g.weeks.map((w) => (
                      <Table.Th key={w.weekStart} ta="center">
                        <Tooltip label={t('reports.deadlineAt', { at: formatDateTime(w.deadline) })}>
                          <Text size="sm" fw={600} span style={{ whiteSpace: 'nowrap' }}>{i18n.language === 'en' ? w.en : w.vi}</Text>
                        </Tooltip>
                      </Table.Th>
                    ))}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {g.communes.map((c) => (
                    <Table.Tr key={c.id}>
                      <Table.Th scope="row" style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)', zIndex: 1 }}>
                        <Text size="sm" fw={500} style={{ whiteSpace: 'nowrap' }}>{c.name}</Text>
                      </Table.Th>
                      {c.cells.map((cell, i) => {
                        const week = g.weeks[i];
                        const label = `${c.name} · ${i18n.language === 'en' ? week.en : week.vi}: ${t(`reports.timeliness.${cell.state}`)}`;
                        return <Table.Td key={cell.weekStart} data-state={cell.state}><Cell state={cell.state} reportId={cell.reportId} status={cell.status} label={label} /></Table.Td>;
                      })}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollToLatest>
          </>
        )}
      </QueryState>
    </Paper>
  );
}
