// The season plan's settings, for the office: the solver's time limit, the turnout expected of a
// group with no recorded Saturday yet, and whether the plan may only use the cement, sand and stone
// the communes have or have on order (otherwise it plans the pours and says what to buy by when).
import { Button, Group, NumberInput, Paper, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../lib/errors';
import { saveSettings, seasonKey, type SeasonSettings } from './api';

export function SeasonSettingsForm({ campaignId, settings, canEdit }: { campaignId: number; settings: SeasonSettings; canEdit: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [form, setForm] = useState(settings);
  const save = useMutation({
    mutationFn: () => saveSettings(campaignId, { timeLimitSeconds: form.timeLimitSeconds, defaultTurnoutPercent: form.defaultTurnoutPercent, materialsBind: form.materialsBind }, settings.version),
    onSuccess: () => { void qc.invalidateQueries({ queryKey: seasonKey(campaignId) }); notifications.show({ color: 'teal', message: t('season.settingsSaved') }); },
    onError: (e) => notifications.show({ color: 'red', message: errorText(e, t) }),
  });
  const changed = form.timeLimitSeconds !== settings.timeLimitSeconds || form.defaultTurnoutPercent !== settings.defaultTurnoutPercent || form.materialsBind !== settings.materialsBind;
  return (
    <Paper withBorder p="sm" data-testid="season-settings">
      <Title order={2} size="h5" mb={4}>{t('season.settingsTitle')}</Title>
      <Group gap="sm" align="flex-end" wrap="wrap">
        <NumberInput label={t('season.timeLimit')} description={t('season.timeLimitHint')} min={1} max={120} w={200} disabled={!canEdit}
          value={form.timeLimitSeconds} onChange={(v) => setForm({ ...form, timeLimitSeconds: Number(v) || 1 })} />
        <NumberInput label={t('season.defaultTurnout')} description={t('season.defaultTurnoutHint')} min={10} max={100} suffix=" %" w={220} disabled={!canEdit}
          value={form.defaultTurnoutPercent} onChange={(v) => setForm({ ...form, defaultTurnoutPercent: Number(v) || 10 })} />
      </Group>
      <Switch mt="sm" label={t('season.materialsBind')} description={t('season.materialsBindHint')} disabled={!canEdit}
        checked={form.materialsBind} onChange={(e) => setForm({ ...form, materialsBind: e.currentTarget.checked })} />
      {canEdit && (
        <Group mt="sm" gap="xs">
          <Button size="sm" disabled={!changed} loading={save.isPending} onClick={() => save.mutate()}>{t('season.saveSettings')}</Button>
          {changed && <Text size="xs" c="dimmed">{t('season.settingsThenSolve')}</Text>}
        </Group>
      )}
    </Paper>
  );
}
