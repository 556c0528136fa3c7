// Every published version of a plan with its kind, reason, who and when, and red items published
// with their reason; a version opens read-only as it was (its entries and checklists).
import { Button, Group, Modal, Paper, Stack, Text, Timeline } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import { Empty, QueryState } from '../../ui/QueryState';
import { usePlanVersion, usePlanVersions, type PlanVersion } from './api';
import { num, PlanStatusBadge, ReadinessList } from './shared';

function VersionModal({ planId, v, onClose }: { planId: number; v: PlanVersion; onClose: () => void }) {
  const { t } = useTranslation();
  const q = usePlanVersion(planId, v.versionNo);
  return (
    <Modal opened onClose={onClose} size="xl" title={q.data ? t('plans.versionDetail', { day: formatDate(q.data.snapshot.day), n: v.versionNo }) : t('plans.versionTitle', { n: v.versionNo })}>
      <QueryState query={q}>
        {(d) => (
          <Stack>
            <Group gap="xs"><PlanStatusBadge status={d.snapshot.status} /><Text size="sm">{d.reason}</Text></Group>
            <Text size="sm">{t('plans.summary', { entries: formatInteger(d.snapshot.totals.entries), people: formatInteger(d.snapshot.totals.headcount), m3: num(d.snapshot.totals.targetVolumeM3) })}</Text>
            {d.snapshot.entries.map((e) => (
              <Paper withBorder p="sm" key={e.id}>
                <Text fw={600}>{e.group.name} → {e.commune.name}</Text>
                <Text size="sm">{t('plans.figures', { people: formatInteger(e.headcount), m3: num(e.targetVolumeM3), m: num(e.targetLengthM), mixers: e.mixers })}</Text>
                <Text size="sm" c="dimmed">{e.segments.map((s) => `${s.roadName}, ${s.chainage}`).join('; ')}</Text>
                {e.meetingTime && <Text size="sm">{t('plans.meeting', { time: e.meetingTime, place: e.meetingPlace ?? '' })}</Text>}
                <ReadinessList items={e.readiness.items} />
              </Paper>
            ))}
          </Stack>
        )}
      </QueryState>
    </Modal>
  );
}

export function VersionsPanel({ planId }: { planId: number }) {
  const { t } = useTranslation();
  const q = usePlanVersions(planId);
  const [open, setOpen] = useState<PlanVersion | null>(null);
  return (
    <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('plans.noVersions')} />}>
      {(d) => (
        <>
          <Timeline bulletSize={14} lineWidth={2} active={d.items.length - 1}>
            {d.items.map((v) => (
              <Timeline.Item key={v.versionNo} data-testid="plan-version" title={
                <Group gap="xs" wrap="wrap">
                  <Text fw={600} size="sm">{t('plans.versionTitle', { n: v.versionNo })} · {t(`plans.versionKinds.${v.kind}`)}</Text>
                  <Button size="compact-xs" variant="subtle" onClick={() => setOpen(v)}>{t('plans.viewVersion', { n: v.versionNo })}</Button>
                </Group>}>
                <Text size="xs" c="dimmed">{t('plans.versionBy', { at: formatDateTime(v.createdAt), by: v.createdBy ?? '—' })}</Text>
                {v.reason && <Text size="sm">{v.reason}</Text>}
                {v.redItems > 0 && <Text size="sm" c="orange.8">{t('plans.versionRed', { n: v.redItems, reason: v.redReason ?? '—' })}</Text>}
              </Timeline.Item>
            ))}
          </Timeline>
          {open && <VersionModal planId={planId} v={open} onClose={() => setOpen(null)} />}
        </>
      )}
    </QueryState>
  );
}
