// The phone's position on a form: asked once whether the app may use GPS (the answer is kept on
// the phone); when allowed, the position is taken as the form opens and shown with its accuracy.
import { Button, Group, Paper, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import { currentPosition, gpsChoice, setGpsChoice, type GpsChoice, type PhonePosition } from './geo';

const coord = (v: number) => formatQuantity(v, 5);

export function GpsCard({ position, onChange, disabled }: { position: PhonePosition | null; onChange: (p: PhonePosition | null) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<GpsChoice>(gpsChoice);
  const [locating, setLocating] = useState(false);
  const locate = useCallback(async () => {
    setLocating(true);
    const p = await currentPosition();
    setLocating(false);
    if (p) onChange(p);
  }, [onChange]);
  // Allowed, and no position yet (a restored draft keeps the one it had): take it now.
  useEffect(() => {
    if (choice === 'on' && !position && !disabled) void locate();
    // Once per choice, not again when the position changes.
  }, [choice]);

  const decide = (c: 'on' | 'off') => {
    setGpsChoice(c);
    setChoice(c);
  };
  return (
    <Paper withBorder p="xs" data-testid="gps-card">
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconMapPin size={18} style={{ flexShrink: 0, marginTop: 2 }} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <Text size="sm" fw={600}>{t('field.gpsTitle')}</Text>
          {choice === null && (
            <>
              <Text size="sm">{t('field.gpsAsk')}</Text>
              <Group gap="xs" mt={4}>
                <Button size="xs" onClick={() => decide('on')}>{t('field.gpsAllow')}</Button>
                <Button size="xs" variant="default" onClick={() => decide('off')}>{t('field.gpsDeny')}</Button>
              </Group>
            </>
          )}
          {choice === 'off' && (
            <Group gap="xs">
              <Text size="sm" c="dimmed">{t('field.gpsOff')}</Text>
              <Button size="compact-xs" variant="subtle" onClick={() => decide('on')}>{t('field.gpsTurnOn')}</Button>
            </Group>
          )}
          {choice === 'on' && (position ? (
            <Text size="sm" data-testid="gps-position">{t('field.gpsAt', { lat: coord(position.latitude), lng: coord(position.longitude), acc: position.accuracyM })}</Text>
          ) : (
            <Group gap="xs">
              <Text size="sm" c="dimmed">{locating ? t('field.gpsLocating') : t('field.gpsNone')}</Text>
              {!locating && !disabled && <Button size="compact-xs" variant="subtle" onClick={() => void locate()}>{t('field.gpsRetry')}</Button>}
            </Group>
          ))}
        </div>
      </Group>
    </Paper>
  );
}
