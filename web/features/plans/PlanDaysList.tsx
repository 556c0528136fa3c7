// The campaign days of one campaign, each with its plan: status, groups, people, m³, and the
// buttons the user may use (open the plan; the office proposes a plan for a day not yet published).
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { IconSparkles } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useCan } from '../../app/auth';
import { errorText } from '../../lib/errors';
import { formatDate, formatInteger } from '../../lib/format';
import { Empty, QueryState } from '../../ui/QueryState';
import { planWrites, useRefreshPlans, usePlanDays, type PlanDay } from './api';
import { num, PlanStatusBadge, useDayLabel } from './shared';

function DayRow({ d, campaignId }: { d: PlanDay; campaignId: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const dayLabel = useDayLabel();
  const navigate = useNavigate();
  const refresh = useRefreshPlans();
  const propose = useMutation({
    mutationFn: () => planWrites.propose(campaignId, d.day),
    onSuccess: (r) => {
      refresh();
      notifications.show({ color: 'teal', message: t('plans.proposed', { day: formatDate(d.day), n: r.plan.entries.length }) });
      // The plan page lists the groups the proposal left out, and why.
      void navigate(`/plans/${r.plan.id}`, { state: { skipped: r.skipped } });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const p = d.plan;
  const mayPropose = can('plans.write') && (!p || p.status === 'draft');
  return (
    <Paper withBorder p="sm" data-testid="plan-day" data-day={d.day}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2} style={{ minWidth: 0, flex: '1 1 220px' }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{dayLabel(d.day)}</Text>
            {p ? <PlanStatusBadge status={p.status} /> : <Text size="sm" c="dimmed">{t('plans.noPlan')}</Text>}
            {!d.saturday && <Text size="xs" c="orange.8">{t('plans.madeUpDay')}</Text>}
          </Group>
          {p && (
            <Text size="sm" c="dimmed">
              {t('plans.summary', { entries: formatInteger(p.entries), people: formatInteger(p.headcount), m3: num(p.targetVolumeM3) })}
              {p.versionNo > 0 && ` · ${t('plans.versionShort', { n: p.versionNo })}`}
            </Text>
          )}
          {d.note && <Text size="xs" c="dimmed">{d.note}</Text>}
        </Stack>
        <Group gap="xs">
          {mayPropose && (
            <Button size="xs" variant="light" leftSection={<IconSparkles size={14} />} loading={propose.isPending}
              aria-label={t('plans.proposeNamed', { day: formatDate(d.day) })} onClick={() => propose.mutate()}>
              {t('plans.propose')}
            </Button>
          )}
          {p && (
            <Button size="xs" component={Link} to={`/plans/${p.id}`} aria-label={t('plans.openNamed', { day: formatDate(d.day) })}>
              {t('plans.open')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

export function PlanDaysList({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const days = usePlanDays(campaignId);
  const [showPast, setShowPast] = useState(false);
  return (
    <QueryState query={days} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('plans.emptyDays')} />}>
      {(data) => {
        // Days before the last closed or cancelled plan are history: folded away unless asked for.
        const lastDone = data.items.reduce((i, d, k) => (d.plan && (d.plan.status === 'closed' || d.plan.status === 'cancelled') ? k : i), -1);
        const cut = Math.max(0, lastDone - 1);
        const shown = showPast ? data.items : data.items.slice(cut);
        return (
          <Stack gap="xs">
            {!showPast && cut > 0 && (
              <Group gap="xs">
                <Text size="sm" c="dimmed">{t('plans.pastHidden', { n: cut })}</Text>
                <Button size="compact-sm" variant="subtle" onClick={() => setShowPast(true)}>{t('plans.showPast')}</Button>
              </Group>
            )}
            {shown.map((d) => <DayRow key={d.day} d={d} campaignId={campaignId} />)}
          </Stack>
        );
      }}
    </QueryState>
  );
}
