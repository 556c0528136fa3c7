// Phân công tuyến: each group's roads for the whole campaign with what remains to pour, then the
// roads nobody has yet. The office assigns a road to a group, or to one agency directly, or takes it back.
import { Badge, Button, Card, Checkbox, Group, Modal, SegmentedControl, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { errorText, useFormErrors } from '../../lib/errors';
import { QueryState } from '../../ui/QueryState';
import { useAgencies } from '../agencies/api';
import { planWrites, useAssignments, useRefreshPlans, type AssignedRoad, type Assignments } from './api';
import { FormError, num } from './shared';

function AssignModal({ campaignId, road, groups, onClose }: { campaignId: number; road: AssignedRoad; groups: Assignments['groups']; onClose: () => void }) {
  const { t } = useTranslation();
  const refresh = useRefreshPlans();
  // To a group, or to one agency directly (the military command's road): the agency then works as a group of one.
  const [to, setTo] = useState<'group' | 'agency'>('group');
  const [groupId, setGroupId] = useState<string | null>(null);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [reassign, setReassign] = useState(false);
  const agencies = useAgencies();
  const errors = useFormErrors(['groupId', 'agencyId', 'roadId', 'segmentIds']);
  const chosen = to === 'group' ? groupId : agencyId;
  const save = useMutation({
    mutationFn: () => planWrites.assign(campaignId, { ...(to === 'group' ? { groupId: Number(groupId) } : { agencyId: Number(agencyId) }), roadId: road.roadId, reassign }),
    onSuccess: () => {
      refresh();
      const name = to === 'group' ? groups.find((g) => String(g.groupId) === groupId)?.groupName : agencies.data?.items.find((a) => String(a.id) === agencyId)?.name;
      notifications.show({ color: 'teal', message: t('plans.assignments.assigned', { road: road.roadName, group: name }) });
      onClose();
    },
    onError: errors.setError,
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    errors.clear();
    save.mutate();
  }
  return (
    <Modal opened onClose={onClose} title={t('plans.assignments.assignTitle', { road: road.roadName })}>
      <form onSubmit={submit}>
        <Stack>
          <FormError error={errors.error} text={errors.general} />
          <SegmentedControl value={to} onChange={(v) => setTo(v as 'group' | 'agency')} aria-label={t('plans.assignments.toKind')}
            data={[{ value: 'group', label: t('plans.assignments.toGroup') }, { value: 'agency', label: t('plans.assignments.toAgency') }]} />
          {to === 'group' ? (
            <Select label={t('plans.assignments.assignTo')} value={groupId} onChange={setGroupId} required data-autofocus error={errors.field('groupId')}
              data={groups.map((g) => ({ value: String(g.groupId), label: g.groupName }))} comboboxProps={{ withinPortal: true }} />
          ) : (
            <Select label={t('plans.assignments.assignToAgency')} description={t('plans.assignments.assignToAgencyHelp')} value={agencyId} onChange={setAgencyId}
              required searchable error={errors.field('agencyId') ?? errors.field('groupId')} comboboxProps={{ withinPortal: true }}
              data={(agencies.data?.items ?? []).map((a) => ({ value: String(a.id), label: a.name }))} />
          )}
          <Checkbox label={t('plans.assignments.reassign')} checked={reassign} onChange={(e) => setReassign(e.currentTarget.checked)} />
          {errors.field('segmentIds') && <Text c="red" size="sm">{errors.field('segmentIds')}</Text>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending} disabled={!chosen}>{t('plans.assignments.assign')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RoadLine({ road, action }: { road: AssignedRoad; action?: React.ReactNode }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
      <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
        <Text size="sm" fw={500}>{road.roadName}</Text>
        <Text size="xs" c="dimmed">
          {road.communeName} · {t('plans.assignments.segmentsCount', { n: road.segments.length })} · {t('plans.remaining', { m3: num(road.remainingM3) })}
        </Text>
      </Stack>
      {action && <div style={{ flexShrink: 0 }}>{action}</div>}
    </Group>
  );
}

export function AssignmentsPanel({ campaignId }: { campaignId: number }) {
  const { t } = useTranslation();
  const can = useCan();
  const q = useAssignments(campaignId);
  const refresh = useRefreshPlans();
  const [assigning, setAssigning] = useState<AssignedRoad | null>(null);
  const unassign = useMutation({
    mutationFn: (road: AssignedRoad) => planWrites.unassign(campaignId, road.segments.map((s) => s.id)),
    onSuccess: (_r, road) => {
      refresh();
      notifications.show({ color: 'teal', message: t('plans.assignments.unassignedDone', { road: road.roadName }) });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const mayWrite = can('plans.write');
  return (
    <QueryState query={q}>
      {(data) => (
        <Stack>
          <Text size="sm" c="dimmed">{t('plans.assignments.description')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data.groups.map((g) => (
              <Card withBorder key={g.groupId} data-testid="assignment-group">
                <Group justify="space-between" mb="xs" gap="xs">
                  <Group gap={6}>
                    <Title order={2} size="h4">{g.groupName}</Title>
                    {g.kind === 'agency' && <Badge variant="light" color="grape">{t('plans.assignments.ownAgency')}</Badge>}
                  </Group>
                  {g.roads.length > 0 && <Badge variant="light">{t('plans.assignments.remaining', { m3: num(g.remainingM3) })}</Badge>}
                </Group>
                <Stack gap="xs">
                  {g.roads.length === 0 && <Text size="sm" c="dimmed">{t('plans.assignments.noRoads')}</Text>}
                  {g.roads.map((r) => (
                    <RoadLine key={r.roadId} road={r} action={mayWrite && (
                      <Button size="compact-xs" variant="subtle" color="red" aria-label={t('plans.assignments.unassignNamed', { road: r.roadName })}
                        loading={unassign.isPending && unassign.variables?.roadId === r.roadId} onClick={() => unassign.mutate(r)}>
                        {t('plans.assignments.unassign')}
                      </Button>
                    )} />
                  ))}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
          <Title order={2} size="h4">{t('plans.assignments.unassigned')}</Title>
          {data.unassigned.length === 0 && <Text size="sm" c="dimmed">{t('plans.assignments.allAssigned')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data.unassigned.map((r) => (
              <Card withBorder key={r.roadId} padding="sm">
                <RoadLine road={r} action={mayWrite && (
                  <Button size="compact-xs" variant="light" onClick={() => setAssigning(r)}>{t('plans.assignments.assign')}</Button>
                )} />
              </Card>
            ))}
          </SimpleGrid>
          {assigning && <AssignModal campaignId={campaignId} road={assigning} groups={data.groups} onClose={() => setAssigning(null)} />}
        </Stack>
      )}
    </QueryState>
  );
}
