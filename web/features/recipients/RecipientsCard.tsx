// A directive's "Nơi nhận": each recipient, whether it has read the directive (who, when), and for
// a recipient's own users the button to mark it read. Bodies without users are listed, not tracked.
// The office (directives.write) edits the list in RecipientsForm.
import { Badge, Button, Group, Paper, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { formatDateTime } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { RecipientsForm } from './RecipientsForm';

export function RecipientsCard({ directiveId }: { directiveId: number }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const key = ['directives', directiveId, 'recipients'];
  const q = useQuery({ queryKey: key, queryFn: () => typedApi.get('/directives/{id}/recipients', { path: { id: directiveId } }) });
  const mark = useMutation({ mutationFn: () => typedApi.post('/directives/{id}/read', undefined, { path: { id: directiveId } }), onSuccess: (d) => client.setQueryData(key, d) });
  const [editing, setEditing] = useState(false);
  const d = q.data;
  const mayEdit = !!d?.actions.includes('edit');
  if (!d || (d.items.length === 0 && !mayEdit)) return null;
  return (
    <Paper withBorder p="md" mt="lg">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">{t('recipients.title')}</Title>
        <Group gap="xs">
          {d.items.length > 0 && <Badge variant="light" color={d.counts.read === d.counts.tracked ? 'teal' : 'orange'}>{t('recipients.counts', d.counts)}</Badge>}
          {mayEdit && <Button size="compact-sm" variant="light" onClick={() => setEditing(true)}>{t('recipients.edit')}</Button>}
        </Group>
      </Group>
      {d.items.length === 0 && <Text size="sm" c="dimmed">{t('recipients.empty')}</Text>}
      <DataTable label={t('recipients.title')} header={false} striped={false} verticalSpacing={4} minWidth={420} rows={d.items} rowKey={(r) => r.id} columns={[
        { key: 'name', cell: (r) => r.name },
        { key: 'read', cell: (r) => (!r.tracked ? <Text size="xs" c="dimmed">{t('recipients.notTracked')}</Text>
          : r.read ? <Text size="sm" c="teal.8">{t('recipients.readBy', { by: r.read.by, at: formatDateTime(r.read.at) })}</Text>
            : <Badge color="orange" variant="light">{t('recipients.unread')}</Badge>) },
        { key: 'actions', align: 'right', cell: (r) => r.actions.includes('markRead')
          && <Button size="compact-sm" loading={mark.isPending} onClick={() => mark.mutate()}>{t('recipients.markRead')}</Button> },
      ]} />
      {editing && <RecipientsForm directiveId={directiveId} items={d.items} onClose={() => setEditing(false)} onSaved={(x) => client.setQueryData(key, x)} />}
    </Paper>
  );
}
