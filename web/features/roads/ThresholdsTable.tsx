// Criterion 2 thresholds (admin): minimum share per region and indicator with its source; edit and
// confirm. Changing a share or source without ticking "confirmed" leaves it unconfirmed.
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Modal, NumberInput, Paper, Select, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { typedApi } from '../../lib/typed-api';
import { useFormErrors } from '../../lib/errors';
import { QueryState } from '../../ui/QueryState';
import { useRoadSettings, useThresholds, type Threshold } from './api';
import { formatDecimal } from './shared';

function ThresholdModal({ th, onClose }: { th: Threshold; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [share, setShare] = useState<number | string>(th.minSharePercent);
  const [source, setSource] = useState(th.source);
  const [confirmed, setConfirmed] = useState(th.confirmed);
  const errors = useFormErrors(['minSharePercent', 'source', 'confirmed']);
  const save = useMutation({
    mutationFn: () => typedApi.patch('/criterion2/thresholds/{region}/{indicator}',
      { minSharePercent: share === '' ? undefined : Number(share), source: source.trim(), confirmed }, { path: { region: th.region, indicator: th.indicator }, version: th.version }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['criterion2'] });
      notifications.show({ color: 'teal', message: t('crit2.thresholdSaved', { indicator: th.indicator }) });
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
    <Modal opened onClose={onClose} title={t('crit2.editThreshold', { indicator: th.indicator })}>
      <form onSubmit={submit}>
        <Stack>
          {errors.general && <Alert color="red" role="alert">{errors.general}</Alert>}
          <NumberInput label={t('crit2.minShare')} value={share} onChange={setShare} min={0} max={100} decimalScale={2} decimalSeparator="," suffix=" %" error={errors.field('minSharePercent')} />
          <Textarea label={t('crit2.source')} value={source} onChange={(e) => setSource(e.currentTarget.value)} autosize minRows={2} required error={errors.field('source')} />
          <Checkbox label={t('crit2.confirm')} checked={confirmed} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
            <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

export function ThresholdsTable() {
  const { t, i18n } = useTranslation();
  const thresholds = useThresholds();
  const settings = useRoadSettings();
  const [region, setRegion] = useState<string | null>(null);
  const [editing, setEditing] = useState<Threshold | null>(null);
  const shown = region ?? settings.data?.values.defaultRegion ?? null;
  return (
    <Paper withBorder p="md" mt="md">
      <Group justify="space-between" mb="xs" wrap="wrap">
        <Title order={2} fz="lg">{t('crit2.thresholds')}</Title>
        <Select aria-label={t('crit2.regionLabel')} value={shown} allowDeselect={false} w={280} onChange={setRegion}
          data={(thresholds.data?.regions ?? []).map((r) => ({ value: r.code, label: i18n.language.startsWith('en') ? r.en : r.vi }))} />
      </Group>
      <QueryState query={thresholds}>
        {(d) => (
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs">
              <Table.Tbody>
                {d.items.filter((x) => x.region === shown).map((x) => (
                  <Table.Tr key={x.indicator}>
                    <Table.Td fw={500}>{x.indicator}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>≥ {formatDecimal(x.minSharePercent, 2)} %</Table.Td>
                    <Table.Td><Text size="sm">{x.source}</Text></Table.Td>
                    <Table.Td>{x.confirmed ? <Badge color="teal" variant="light">{t('crit2.confirmed')}</Badge> : <Badge color="orange" variant="light">{t('crit2.unconfirmed')}</Badge>}</Table.Td>
                    <Table.Td>
                      {x.actions.includes('edit') && (
                        <ActionIcon variant="subtle" aria-label={t('crit2.editThreshold', { indicator: x.indicator })} onClick={() => setEditing(x)}><IconPencil size={16} /></ActionIcon>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </QueryState>
      {editing && <ThresholdModal th={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
