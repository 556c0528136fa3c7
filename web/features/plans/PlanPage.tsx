// One plan of a campaign day (issue 6): status and totals, the entries with their go/no-go
// checklists, the moves the user may make (from the plan's and entries' `actions`), the published
// versions, and the day sheet as PDF and Excel.
import { Alert, Anchor, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconFileSpreadsheet, IconFileTypePdf, IconPlus, IconSparkles } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isoWeek } from '../../../domain/dates';
import { API_BASE } from '../../lib/api';
import { errorText } from '../../lib/errors';
import { formatDate, formatDateTime, formatInteger } from '../../lib/format';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { planWrites, usePlan, useRefreshPlans, type Plan, type PlanEntry, type Skipped } from './api';
import { EntryCard } from './EntryCard';
import { EntryFormModal } from './EntryFormModal';
import { CancelDayModal, CloseModal, PublishModal, RemoveEntryModal, SupervisorModal } from './PlanModals';
import { num, PlanStatusBadge, useDayLabel } from './shared';
import { VersionsPanel } from './VersionsPanel';

type Dialog =
  | { kind: 'publish' | 'close' | 'cancel' | 'add' }
  | { kind: 'edit' | 'remove' | 'supervisor'; entry: PlanEntry };

function Totals({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const cells: Array<[string, string, string?]> = [
    [t('plans.totalGroups'), formatInteger(plan.totals.entries)],
    [t('plans.totalPeople'), formatInteger(plan.totals.headcount)],
    [t('plans.totalVolume'), `${num(plan.totals.targetVolumeM3)} m³`],
    [t('plans.totalLength'), `${num(plan.totals.targetLengthM)} m`],
    [t('plans.totalMixers'), formatInteger(plan.totals.mixers)],
    [t('plans.totalRed'), formatInteger(plan.totals.redItems), plan.totals.redItems > 0 ? 'red' : 'teal'],
  ];
  return (
    <SimpleGrid cols={{ base: 3, sm: 6 }} spacing="xs" mb="md">
      {cells.map(([label, value, c]) => (
        <Paper withBorder p="xs" key={label}>
          <Text size="xs" c="dimmed">{label}</Text>
          <Text fw={700} c={c}>{value}</Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

function PlanView({ plan, reload }: { plan: Plan; reload: () => Promise<unknown> }) {
  const { t, i18n } = useTranslation();
  const dayLabel = useDayLabel();
  const refresh = useRefreshPlans();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const location = useLocation();
  const [skipped, setSkipped] = useState<Skipped[]>((location.state as { skipped?: Skipped[] } | null)?.skipped ?? []);
  const actions = plan.actions ?? [];
  const mayEdit = actions.includes('edit') || actions.includes('amend');
  const propose = useMutation({
    mutationFn: () => planWrites.propose(plan.campaignId, plan.day),
    onSuccess: (r) => {
      refresh();
      setSkipped(r.skipped);
      notifications.show({ color: 'teal', message: t('plans.proposed', { day: formatDate(plan.day), n: r.plan.entries.length }) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const site = useMutation({
    mutationFn: (v: { entryId: number; ready: boolean }) => planWrites.site(plan, v.entryId, v.ready),
    onSuccess: (_p, v) => {
      refresh();
      notifications.show({ color: 'teal', message: t('plans.siteSaved', { group: plan.entries.find((e) => e.id === v.entryId)?.group.name ?? '' }) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const close = () => setDialog(null);
  const sheet = (ext: 'pdf' | 'xlsx') => `${API_BASE}/plans/${plan.id}/sheet.${ext}`;

  return (
    <>
      <Anchor component={Link} to={`/plans?campaign=${plan.campaignId}`} size="sm"><Group gap={4}><IconArrowLeft size={14} />{t('plans.backToPlans')}</Group></Anchor>
      <PageHeader title={t('plans.planTitle', { day: formatDate(plan.day) })}
        description={t('plans.planSubtitle', { weekday: dayLabel(plan.day).split(',')[0], week: t('plans.week', isoWeek(plan.day)), campaign: plan.campaignName })}
        actions={<>
          {actions.includes('propose') && (
            <Button variant="light" leftSection={<IconSparkles size={16} />} loading={propose.isPending} onClick={() => propose.mutate()}>{t('plans.propose')}</Button>
          )}
          {mayEdit && <Button variant="light" leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>{t('plans.addEntry')}</Button>}
          {actions.includes('publish') && <Button onClick={() => setDialog({ kind: 'publish' })}>{t('plans.publish')}</Button>}
          {actions.includes('close') && <Button variant="light" onClick={() => setDialog({ kind: 'close' })}>{t('plans.close')}</Button>}
          {actions.includes('cancel') && <Button variant="subtle" color="red" onClick={() => setDialog({ kind: 'cancel' })}>{t('plans.cancelDay')}</Button>}
        </>} />
      <Group gap="xs" mb="sm" wrap="wrap">
        <PlanStatusBadge status={plan.status} />
        {plan.publishedAt && <Text size="sm" c="dimmed">{t('plans.publishedAt', { at: formatDateTime(plan.publishedAt), n: plan.versionNo })}</Text>}
        {plan.closedAt && <Text size="sm" c="dimmed">{t('plans.closedAt', { at: formatDateTime(plan.closedAt) })}</Text>}
      </Group>
      {plan.status === 'cancelled' && (
        <Alert color="red" mb="md" title={t('plans.cancelledBecause', { reason: plan.cancelReason ?? '—' })}>
          {plan.movedToPlanId && <Anchor component={Link} to={`/plans/${plan.movedToPlanId}`} size="sm">{t('plans.openMoved')}</Anchor>}
        </Alert>
      )}
      {plan.status === 'published' && actions.includes('amend') && <Alert color="blue" variant="light" mb="md">{t('plans.amendHint')}</Alert>}
      {skipped.length > 0 && (
        <Alert color="gray" mb="md" title={t('plans.skippedTitle')} withCloseButton onClose={() => setSkipped([])} data-testid="skipped">
          <List size="sm" spacing={2}>
            {skipped.map((s) => <List.Item key={s.groupId}><b>{s.groupName}</b>: {i18n.language === 'en' ? s.en : s.vi}</List.Item>)}
          </List>
        </Alert>
      )}
      <Totals plan={plan} />
      <Stack gap="sm" mb="xl">
        {plan.entries.length === 0 && <Paper withBorder><Empty title={t('plans.noEntries')} description={mayEdit ? t('plans.noEntriesHint') : undefined} /></Paper>}
        {plan.entries.map((e) => (
          <EntryCard key={e.id} entry={e} onEdit={() => setDialog({ kind: 'edit', entry: e })}
            onRemove={() => setDialog({ kind: 'remove', entry: e })} onSupervisor={() => setDialog({ kind: 'supervisor', entry: e })}
            onSite={(ready) => site.mutate({ entryId: e.id, ready })} />
        ))}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={2} size="h3">{t('plans.sheet')}</Title>
          <Group gap="xs">
            <Button component="a" href={sheet('pdf')} target="_blank" rel="noopener" variant="default" leftSection={<IconFileTypePdf size={16} />}>{t('plans.sheetPdf')}</Button>
            <Button component="a" href={sheet('xlsx')} download variant="default" leftSection={<IconFileSpreadsheet size={16} />}>{t('plans.sheetXlsx')}</Button>
          </Group>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h3">{t('plans.versions')}</Title>
          <VersionsPanel planId={plan.id} />
        </Stack>
      </SimpleGrid>
      {dialog?.kind === 'publish' && <PublishModal plan={plan} onClose={close} onReload={reload} />}
      {dialog?.kind === 'close' && <CloseModal plan={plan} onClose={close} onReload={reload} />}
      {dialog?.kind === 'cancel' && <CancelDayModal plan={plan} onClose={close} onReload={reload} />}
      {dialog?.kind === 'add' && <EntryFormModal plan={plan} onClose={close} onReload={reload} />}
      {dialog?.kind === 'edit' && <EntryFormModal plan={plan} entry={dialog.entry} onClose={close} onReload={reload} />}
      {dialog?.kind === 'remove' && <RemoveEntryModal plan={plan} entry={dialog.entry} onClose={close} onReload={reload} />}
      {dialog?.kind === 'supervisor' && <SupervisorModal plan={plan} entry={dialog.entry} onClose={close} />}
    </>
  );
}

export function PlanPage() {
  const id = Number(useParams().id);
  const plan = usePlan(id);
  return (
    <div data-testid="plan-page">
      <QueryState query={plan}>{(p) => <PlanView key={p.id} plan={p} reload={() => plan.refetch()} />}</QueryState>
    </div>
  );
}
