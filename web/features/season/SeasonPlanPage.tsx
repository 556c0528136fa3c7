// The season plan (lộ trình, issue 17): per commune whether criterion 2 is reached by the deadline
// and with what (or what is short), the labour estimate (dự kiến nhân công), each Saturday's entries
// with their reasons (pin a group to its road or keep it home, then solve again), and each road's
// route schedule: a Gantt-like grid of Saturdays on a desktop, a list on a phone.
import { Alert, Badge, Button, Card, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconFileTypePdf, IconFileTypeXls, IconPin, IconRefresh, IconBan, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors';
import { formatDate, formatInteger } from '../../lib/format';
import { CampaignSelect } from '../campaigns/CampaignSelect';
import { PageHeader } from '../../ui/PageHeader';
import { Loading, QueryError } from '../../ui/QueryState';
import { addOverride, exportUrl, removeOverride, seasonKey, solve, useSeasonPlan, type Bi, type SeasonPage, type SeasonView } from './api';
import { RouteSchedule } from './RouteSchedule';
import { SeasonSettingsForm } from './SeasonSettingsForm';

const ddmm = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}`;
const m3 = (litres: number, lang: string) => (litres / 1000).toLocaleString(lang === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });

function Outlook({ v, lang }: { v: SeasonView; lang: string }) {
  const { t } = useTranslation();
  const text = (b: Bi) => (lang === 'en' ? b.en : b.vi);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {v.communes.map((c) => (
        <Card key={c.communeId} withBorder padding="sm" data-testid={`season-commune-${c.communeId}`}>
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Text fw={600}>{t('season.commune', { name: c.name })}</Text>
            {c.alreadyMet ? <Badge color="teal">{t('season.alreadyMet')}</Badge>
              : c.reachedOn ? <Badge color="teal" style={{ flexShrink: 0 }}>{t('season.reachedOn', { day: ddmm(c.reachedOn) })}</Badge>
                : <Badge color="red" style={{ flexShrink: 0 }}>{t('season.notReached', { day: ddmm(v.deadline) })}</Badge>}
          </Group>
          {c.shortfall && <Text size="sm" c="red.8" mt={4} data-testid="season-shortfall">{text(c.shortfall)}</Text>}
          <Text size="sm" c="dimmed" mt={4}>{t('season.communeFacts', { mixers: c.mixers, unmet: m3(c.unmetLitres, lang) })}</Text>
          <MaterialLines c={c} lang={lang} />
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** Cement in 50 kg bags, sand and stone in m³, as the communes count them. */
function MaterialLines({ c, lang }: { c: SeasonView['communes'][number]; lang: string }) {
  const { t } = useTranslation();
  if (!c.materials?.length) return null;
  const loc = lang === 'en' ? 'en-GB' : 'vi-VN';
  const amount = (code: string, x: number) => code === 'cement'
    ? t('season.bags', { n: Math.ceil(x * 20 - 1e-9).toLocaleString(loc) })
    : t('season.m3', { n: x.toLocaleString(loc, { maximumFractionDigits: 1 }) });
  return (
    <div data-testid="season-materials">
      {c.materials.map((m) => (
        <Text key={m.code} size="sm" c={m.shortFrom ? 'orange.9' : 'dimmed'}>
          {t('season.materialLine', { name: t(`season.materialName.${m.code}`), needed: amount(m.code, m.needed), available: amount(m.code, m.available) })}
          {m.shortFrom && ` · ${t('season.materialShort', { day: ddmm(m.shortFrom), amount: amount(m.code, m.toBuy) })}`}
        </Text>
      ))}
    </div>
  );
}

function EstimateTable({ p, lang }: { p: SeasonPage; lang: string }) {
  const { t } = useTranslation();
  const communeName = (id: number) => p.communes.find((c) => c.id === id)?.name ?? String(id);
  const rows = [
    ...p.estimate.byCommune.map((e) => ({ ...e, label: t('season.commune', { name: communeName(e.key) }), bold: true })),
    ...p.estimate.byRoad.map((e) => ({ ...e, label: p.roads.find((r) => r.id === e.key)?.name ?? String(e.key), bold: false })),
  ];
  return (
    <Paper withBorder p="sm">
      <Title order={2} size="h5" mb={4}>{t('season.estimateTitle')}</Title>
      <Text size="xs" c="dimmed" mb="xs">{t('season.estimateNote', { norm: p.estimate.norm.congPerM3.toLocaleString('vi-VN'), n: p.estimate.saturdaysLeft })} {lang === 'en' ? p.estimate.norm.en : p.estimate.norm.vi}</Text>
      <Table.ScrollContainer minWidth={640}>
        <Table striped withTableBorder fz="sm" data-testid="season-estimate">
          <Table.Thead><Table.Tr>
            <Table.Th>{t('season.where')}</Table.Th><Table.Th ta="right">m³</Table.Th><Table.Th ta="right">{t('season.labourDays')}</Table.Th>
            <Table.Th ta="right">{t('season.peoplePerSaturday')}</Table.Th><Table.Th ta="right">{t('season.cementBags')}</Table.Th>
            <Table.Th ta="right">{t('season.sand')}</Table.Th><Table.Th ta="right">{t('season.stone')}</Table.Th><Table.Th ta="right">{t('season.mixerDays')}</Table.Th>
          </Table.Tr></Table.Thead>
          <Table.Tbody>
            {rows.map((e) => (
              <Table.Tr key={`${e.bold}-${e.key}`} fw={e.bold ? 600 : undefined}>
                <Table.Td>{e.label}</Table.Td><Table.Td ta="right">{m3(e.litres, lang)}</Table.Td><Table.Td ta="right">{formatInteger(e.labourDays)}</Table.Td>
                <Table.Td ta="right">{formatInteger(e.peoplePerSaturday)}</Table.Td><Table.Td ta="right">{formatInteger(e.cementBags)}</Table.Td>
                <Table.Td ta="right">{e.sandM3.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}</Table.Td>
                <Table.Td ta="right">{e.stoneM3.toLocaleString('vi-VN', { maximumFractionDigits: 1 })}</Table.Td><Table.Td ta="right">{formatInteger(e.mixerDays)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

function Saturdays({ p, v, lang, campaignId, canEdit }: { p: SeasonPage; v: SeasonView; lang: string; campaignId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const edit = useMutation({
    mutationFn: (o: { groupId: number; roadId: number | null; day: string; kind: 'pin' | 'forbid' }) => addOverride(campaignId, o),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: seasonKey(campaignId) }); notifications.show({ color: 'teal', message: t('season.edited') }); },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const days = v.days.filter((d) => v.entries.some((e) => e.day === d) || p.overrides.some((o) => o.day === d)).slice(0, 6);
  return (
    <Stack gap="sm">
      {days.map((day, i) => {
        const entries = v.entries.filter((e) => e.day === day);
        const bans = p.overrides.filter((o) => o.day === day && o.kind === 'forbid');
        return (
          <Paper key={day} withBorder p="sm" data-testid={`season-day-${day}`}>
            <Group justify="space-between" mb={4}>
              <Text fw={700}>{t('season.saturday', { day: formatDate(day) })}{i === 0 ? ` · ${t('season.next')}` : ''}</Text>
              <Text size="sm" c="dimmed">{t('season.dayTotals', { m3: m3(entries.reduce((s, e) => s + e.litres, 0), lang), people: entries.reduce((s, e) => s + e.headcount, 0) })}</Text>
            </Group>
            <Stack gap={6}>
              {entries.map((e) => (
                <div key={`${e.teamId}-${e.roadId}`} data-testid="season-entry">
                  <Group gap={6} wrap="wrap">
                    <Text fw={600} size="sm">{e.teamName}</Text>
                    <Text size="sm">→ {e.roadName} ({e.communeName})</Text>
                    {e.pinned && <Badge size="sm" color="grape" leftSection={<IconPin size={12} />}>{t('season.pinned')}</Badge>}
                  </Group>
                  <Text size="sm" c="dimmed">{lang === 'en' ? e.reason.en : e.reason.vi}</Text>
                  {canEdit && (
                    <Group gap={6} mt={2}>
                      {!e.pinned && <Button size="compact-xs" variant="light" color="grape" leftSection={<IconPin size={12} />} loading={edit.isPending}
                        onClick={() => edit.mutate({ groupId: e.teamId, roadId: e.roadId, day, kind: 'pin' })}>{t('season.pin')}</Button>}
                      <Button size="compact-xs" variant="light" color="gray" leftSection={<IconBan size={12} />} loading={edit.isPending}
                        onClick={() => edit.mutate({ groupId: e.teamId, roadId: null, day, kind: 'forbid' })}>{t('season.forbid')}</Button>
                    </Group>
                  )}
                </div>
              ))}
              {bans.map((o) => <Text key={o.id} size="sm" c="dimmed">{t('season.banned', { group: p.groups.find((g) => g.id === o.groupId)?.name ?? '' })}</Text>)}
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}

function Overrides({ p, campaignId }: { p: SeasonPage; campaignId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const remove = useMutation({
    mutationFn: (id: number) => removeOverride(campaignId, id),
    onSuccess: () => void qc.invalidateQueries({ queryKey: seasonKey(campaignId) }),
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  if (!p.overrides.length) return null;
  return (
    <Paper withBorder p="sm" data-testid="season-overrides">
      <Text fw={600} size="sm" mb={4}>{t('season.overridesTitle')}</Text>
      {p.overrides.map((o) => (
        <Group key={o.id} gap={6} wrap="nowrap">
          <Text size="sm" style={{ flex: 1 }}>
            {ddmm(o.day)} · {p.groups.find((g) => g.id === o.groupId)?.name} · {o.kind === 'pin' ? t('season.pinnedTo', { road: p.roads.find((r) => r.id === o.roadId)?.name ?? '' }) : t('season.keptHome')}
          </Text>
          {p.actions.includes('edit') && <Button size="compact-xs" variant="subtle" color="red" aria-label={t('season.remove')} onClick={() => remove.mutate(o.id)}><IconX size={14} /></Button>}
        </Group>
      ))}
    </Paper>
  );
}

function SeasonBody({ p, campaignId }: { p: SeasonPage; campaignId: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language.startsWith('en') ? 'en' : 'vi';
  const qc = useQueryClient();
  const phone = useMediaQuery('(max-width: 48em)');
  const run = useMutation({
    mutationFn: () => solve(campaignId),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: seasonKey(campaignId) }); notifications.show({ color: 'teal', message: t('season.solved') }); },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const v = p.plan;
  const canEdit = p.actions.includes('edit');
  return (
    <Stack gap="md" data-testid="season-plan">
      <Group justify="space-between" gap="sm" align="flex-end">
        <Text size="sm" c="dimmed" style={{ flex: '1 1 260px' }}>{lang === 'en' ? p.objective.en : p.objective.vi}</Text>
        <Group gap="xs">
          {p.actions.includes('solve') && (
            <Button leftSection={<IconRefresh size={16} />} loading={run.isPending} onClick={() => run.mutate()} data-testid="season-solve">
              {v ? t('season.solveAgain') : t('season.solve')}
            </Button>
          )}
          {v && <Button component="a" href={exportUrl(campaignId, 'xlsx')} download variant="default" leftSection={<IconFileTypeXls size={16} />}>XLSX</Button>}
          {v && <Button component="a" href={exportUrl(campaignId, 'pdf')} download variant="default" leftSection={<IconFileTypePdf size={16} />}>PDF</Button>}
        </Group>
      </Group>
      {run.isPending && <Text size="sm" c="dimmed">{t('season.solving', { s: p.settings.timeLimitSeconds })}</Text>}
      {!v && <Alert color="blue">{t('season.noPlan', { n: p.days.length, deadline: formatDate(p.deadline) })}</Alert>}
      {v && (
        <>
          <Text size="xs" c="dimmed" data-testid="season-solver">
            {v.method === 'solver'
              ? t('season.solverLine', { status: t(`season.status.${v.solver.status}`), gap: v.solver.gap === null ? '—' : (v.solver.gap * 100).toLocaleString('vi-VN', { maximumFractionDigits: 2 }), s: v.solver.seconds.toLocaleString('vi-VN', { maximumFractionDigits: 1 }), limit: v.settings.timeLimitSeconds, at: formatDate(v.asOf) })
              : t('season.greedyLine')}
          </Text>
          {v.conflicts.map((c, i) => <Alert key={i} color="orange">{lang === 'en' ? c.en : c.vi}</Alert>)}
          <Title order={2} size="h4">{t('season.outlookTitle', { deadline: formatDate(v.deadline) })}</Title>
          <Outlook v={v} lang={lang} />
          {v.stockTiming && <Text size="xs" c="dimmed">{lang === 'en' ? v.stockTiming.en : v.stockTiming.vi}</Text>}
        </>
      )}
      <EstimateTable p={p} lang={lang} />
      <SeasonSettingsForm key={p.settings.version} campaignId={campaignId} settings={p.settings} canEdit={canEdit} />
      {v && (
        <>
          <Title order={2} size="h4">{t('season.saturdaysTitle')}</Title>
          <Overrides p={p} campaignId={campaignId} />
          <Saturdays p={p} v={v} lang={lang} campaignId={campaignId} canEdit={canEdit} />
          <Title order={2} size="h4">{t('season.routeTitle')}</Title>
          <RouteSchedule v={v} phone={!!phone} lang={lang} />
        </>
      )}
    </Stack>
  );
}

export function SeasonPlanPage() {
  const { t } = useTranslation();
  const [campaignId, setCampaignId] = useState<number | null>(null);
  const q = useSeasonPlan(campaignId);
  return (
    <div data-testid="season-page">
      <PageHeader title={t('season.title')} description={t('season.description')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap"><CampaignSelect value={campaignId} onChange={setCampaignId} /></Group>
        {campaignId && (q.isPending ? <Loading /> : q.isError ? <QueryError error={q.error} onRetry={() => void q.refetch()} /> : <SeasonBody p={q.data} campaignId={campaignId} />)}
      </Stack>
    </div>
  );
}
