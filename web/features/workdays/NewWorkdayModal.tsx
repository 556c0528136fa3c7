// "New record": pick the campaign day (up to today), then either an entry of that day's plan (the
// group, the commune and the segments come from it) or an unplanned day (choose the commune and
// the group). Entries already recorded link to their record instead. Only the user's own scope is
// offered: a commune its own entries, a group lead its groups', the office every entry.
import { Alert, Anchor, Button, Divider, Group, Modal, Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { dueDay } from '../../../domain/due';
import { formatQuantity } from '../../../domain/labour';
import { useMe } from '../../app/auth';
import { formatDate } from '../../lib/format';
import type { Campaign } from '../../lib/types';
import { Loading } from '../../ui/QueryState';
import { useGroups } from '../groups/api';
import { useDayPlan, useWorkdays } from './api';

function newLink(v: { campaignId: number; communeId: number; groupId: number; day: string; planEntryId?: number }) {
  const q = new URLSearchParams({ campaignId: String(v.campaignId), communeId: String(v.communeId), groupId: String(v.groupId), day: v.day });
  if (v.planEntryId) q.set('planEntryId', String(v.planEntryId));
  return `/workdays/new?${q.toString()}`;
}

export function NewWorkdayModal({ campaign, today, onClose }: { campaign: Campaign; today: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const days = campaign.days.map((d) => d.day).filter((d) => d <= today).sort().reverse();
  const [day, setDay] = useState<string | null>(dueDay(days, today));
  const plan = useDayPlan(campaign.id, day);
  const recorded = useWorkdays({ campaignId: campaign.id, day });
  const groups = useGroups(campaign.id);
  const role = me.user.role;
  const ownCommune = role === 'commune' ? me.user.unit?.id ?? null : null;
  const led = me.ledGroups.filter((g) => g.campaignId === campaign.id).map((g) => g.id);
  const inScope = (communeId: number, groupId: number) =>
    role === 'coordinator' || (role === 'commune' && communeId === ownCommune) || (role === 'group_lead' && led.includes(groupId));
  const entries = (plan.data?.entries ?? []).filter((e) => inScope(e.commune.id, e.group.id));
  const existing = (communeId: number, groupId: number) => recorded.data?.items.find((w) => w.commune.id === communeId && w.group.id === groupId);

  const [communeId, setCommuneId] = useState<string | null>(ownCommune ? String(ownCommune) : null);
  const [groupId, setGroupId] = useState<string | null>(role === 'group_lead' && led.length === 1 ? String(led[0]) : null);
  const communeChoices = campaign.communes.filter((c) => role !== 'commune' || c.id === ownCommune);
  const groupChoices = (groups.data?.items ?? []).filter((g) => role !== 'group_lead' || led.includes(g.id));
  const unplannedExisting = communeId && groupId ? existing(Number(communeId), Number(groupId)) : undefined;

  return (
    <Modal opened onClose={onClose} title={t('workdays.newTitle')} size="lg" fullScreen={false}>
      <Stack gap="sm">
        <Select label={t('workdays.day')} value={day} onChange={setDay} allowDeselect={false} comboboxProps={{ withinPortal: true }}
          data={days.map((d) => ({ value: d, label: formatDate(d) }))} />
        {!days.length && <Alert color="gray">{t('workdays.noPastDays')}</Alert>}
        {day && (
          <>
            <Text fw={600} size="sm">{t('workdays.fromPlan')}</Text>
            {plan.isPending ? <Loading /> : entries.length === 0 ? <Text size="sm" c="dimmed">{t('workdays.noPlanEntries')}</Text> : entries.map((e) => {
              const w = existing(e.commune.id, e.group.id);
              return (
                <Paper key={e.id} withBorder p="xs" data-testid="plan-entry">
                  <Group justify="space-between" gap="xs">
                    <Stack gap={0} style={{ minWidth: 0, flex: '1 1 200px' }}>
                      <Text size="sm" fw={600}>{e.group.name} · {e.commune.name}</Text>
                      <Text size="xs" c="dimmed">
                        {t('workdays.entryLine', { n: e.headcount, m3: formatQuantity(e.targetVolumeM3, 3), segments: e.segments.map((s) => `${s.roadName} ${s.chainage}`).join('; ') || '—' })}
                      </Text>
                    </Stack>
                    {w ? <Anchor component={Link} to={`/workdays/${w.id}`} size="sm" onClick={onClose}>{t('workdays.alreadyRecorded', { id: w.id })}</Anchor>
                      : <Button component={Link} to={newLink({ campaignId: campaign.id, communeId: e.commune.id, groupId: e.group.id, day, planEntryId: e.id })} size="xs" onClick={onClose}>
                        {t('workdays.recordEntry')}
                      </Button>}
                  </Group>
                </Paper>
              );
            })}
            <Divider label={t('workdays.orUnplanned')} />
            <Group grow align="flex-end" gap="xs" wrap="wrap">
              <Select label={t('workdays.commune')} value={communeId} onChange={setCommuneId} disabled={role === 'commune'} comboboxProps={{ withinPortal: true }}
                data={communeChoices.map((c) => ({ value: String(c.id), label: c.name }))} style={{ minWidth: 140 }} />
              <Select label={t('workdays.group')} value={groupId} onChange={setGroupId} comboboxProps={{ withinPortal: true }}
                data={groupChoices.map((g) => ({ value: String(g.id), label: g.name }))} style={{ minWidth: 140 }} />
            </Group>
            {unplannedExisting ? (
              <Anchor component={Link} to={`/workdays/${unplannedExisting.id}`} size="sm" onClick={onClose}>{t('workdays.alreadyRecorded', { id: unplannedExisting.id })}</Anchor>
            ) : communeId && groupId ? (
              <Button variant="light" component={Link} onClick={onClose}
                to={newLink({ campaignId: campaign.id, communeId: Number(communeId), groupId: Number(groupId), day })}>
                {t('workdays.recordUnplanned')}
              </Button>
            ) : (
              <Button variant="light" disabled>{t('workdays.recordUnplanned')}</Button>
            )}
          </>
        )}
      </Stack>
    </Modal>
  );
}
