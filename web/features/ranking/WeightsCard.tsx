// The ranking weights (campaign settings): shown to everyone who sees the ranking; whoever may
// configure the reports (reports.configure) changes them in a dialog, saved with the other
// settings as read, audited by the server.
import { Alert, Button, Group, Modal, NumberInput, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAdjustments } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { useFormErrors } from '../../lib/errors';
import { QueryState } from '../../ui/QueryState';
import { saveWeights, useReportSettings, WEIGHT_KEYS, type ReportSettings, type Weights } from './api';
import { PART_COLOURS } from './ScoreChart';

const FIELDS = WEIGHT_KEYS.map((k) => `weights.${k}`).concat('weights');

function WeightsForm({ settings, onClose }: { settings: ReportSettings; onClose: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errors = useFormErrors(FIELDS);
  const [w, setW] = useState<Weights>(settings.weights);
  const save = useMutation({
    mutationFn: () => saveWeights(settings, w),
    onSuccess: (saved) => {
      client.setQueryData(['report-settings', settings.campaignId], saved);
      void client.invalidateQueries({ queryKey: ['ranking', settings.campaignId] });
      notifications.show({ color: 'teal', message: t('ranking.weights.saved') });
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
    <form onSubmit={submit}>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">{t('ranking.weights.hint')}</Text>
        {errors.general && <Alert color="red">{errors.general}</Alert>}
        <SimpleGrid cols={2} spacing="sm">
          {WEIGHT_KEYS.map((k) => (
            <NumberInput key={k} label={t(`ranking.weights.${k}`)} min={0} max={100} step={5} allowDecimal={false} value={w[k]}
              onChange={(v) => setW((x) => ({ ...x, [k]: typeof v === 'number' ? v : Number(v) || 0 }))} error={errors.field(`weights.${k}`)} />
          ))}
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="submit" loading={save.isPending}>{t('common.save')}</Button>
        </Group>
      </Stack>
    </form>
  );
}

export function WeightsCard({ campaignId, weights }: { campaignId: number; weights: Weights }) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(false);
  const mayEdit = can('reports.configure');
  const settings = useReportSettings(campaignId, open && mayEdit);
  const total = WEIGHT_KEYS.reduce((s, k) => s + weights[k], 0);
  return (
    <Paper withBorder p="sm" data-testid="ranking-weights">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="md" wrap="wrap">
          <Text size="sm" fw={600}>{t('ranking.weights.title')}</Text>
          {WEIGHT_KEYS.map((k) => (
            <Group key={k} gap={4} wrap="nowrap">
              <span style={{ width: 10, height: 10, background: PART_COLOURS[k], display: 'inline-block', borderRadius: 2 }} />
              <Text size="sm">{t(`ranking.weights.${k}`)}: <b>{Math.round((weights[k] * 100) / (total || 1))}%</b></Text>
            </Group>
          ))}
        </Group>
        {mayEdit && <Button size="xs" variant="light" leftSection={<IconAdjustments size={14} />} onClick={() => setOpen(true)}>{t('ranking.weights.edit')}</Button>}
      </Group>
      {mayEdit && (
        <Modal opened={open} onClose={() => setOpen(false)} title={t('ranking.weights.editTitle')}>
          <QueryState query={settings}>{(s) => <WeightsForm settings={s} onClose={() => setOpen(false)} />}</QueryState>
        </Modal>
      )}
    </Paper>
  );
}
