// One cell of the tracking table opened: the task instances of that item for that unit, overdue
// first, with what was reported (evidence, reason) and — for the coordination office, when the
// instance's `actions` allow it — "reopen" to send back a report it does not accept.
import { Anchor, Badge, Button, Drawer, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { errorText } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { Empty, QueryState } from '../../ui/QueryState';
import { COLOUR, useCellInstances, type Instance } from './api';

function ReopenButton({ inst }: { inst: Instance }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reopen = useMutation({
    mutationFn: () => typedApi.post('/task-instances/{id}/reopen', undefined, { path: { id: inst.id } }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['directives'] });
      notifications.show({ color: 'blue', message: t('directives.form.reopened') });
    },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  return <Button size="compact-xs" variant="light" onClick={() => reopen.mutate()} loading={reopen.isPending}>{t('directives.form.reopen')}</Button>;
}

export function CellInstances({ directiveId, cell, onClose }: {
  directiveId: number; cell: { itemId: number; itemLabel: string; unitKey: string; unitLabel: string } | null; onClose: () => void;
}) {
  const { t } = useTranslation();
  const q = useCellInstances(directiveId, cell?.itemId ?? null, cell?.unitKey ?? null);
  return (
    <Drawer opened={cell !== null} onClose={onClose} position="right" size="md" title={cell ? `${cell.itemLabel} · ${cell.unitLabel}` : ''}>
      {cell && (
        <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('directives.noTasks')} />}>
          {(d) => (
            <Stack gap="xs" data-testid="cell-instances">
              {d.items.map((i) => (
                <Paper key={i.id} withBorder p="xs">
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text size="sm">{i.description}</Text>
                      <Text size="xs" c="dimmed">{t('directives.dueOn', { date: formatDate(i.dueOn) })}{i.doneOn && ` · ${t('directives.form.doneOn', { date: formatDate(i.doneOn) })}`}</Text>
                      {i.reason && <Text size="xs">{t('directives.reason')}: {i.reason}</Text>}
                      {i.evidence?.url && <Anchor size="xs" href={i.evidence.url} target="_blank" rel="noreferrer">{i.evidence.url}</Anchor>}
                      {i.evidence?.fileUrl && <Anchor size="xs" href={i.evidence.fileUrl} target="_blank">{t('directives.evidence.file')}</Anchor>}
                    </Stack>
                    <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
                      <Badge color={COLOUR[i.colour]} variant="light">{t(`directives.status.${i.status}`)}</Badge>
                      {i.actions.includes('reopen') && <ReopenButton inst={i} />}
                    </Stack>
                  </Group>
                </Paper>
              ))}
            </Stack>
          )}
        </QueryState>
      )}
    </Drawer>
  );
}
