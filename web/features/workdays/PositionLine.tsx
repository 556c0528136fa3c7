// Where the phone was when the workday was recorded, with the GPS accuracy the phone reported.
import { Group, Text } from '@mantine/core';
import { IconMapPin } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatQuantity } from '../../../domain/labour';
import type { Position } from './api';

const coord = (v: number) => formatQuantity(v, 5);

export function PositionLine({ position }: { position: Position }) {
  const { t } = useTranslation();
  return (
    <Group gap={4} mb="sm" wrap="nowrap" data-testid="workday-position">
      <IconMapPin size={16} style={{ flexShrink: 0 }} />
      <Text size="sm">
        {t('field.gpsTitle')}: {position.accuracyM !== null
          ? t('field.gpsAt', { lat: coord(position.latitude), lng: coord(position.longitude), acc: Math.round(position.accuracyM) })
          : `${coord(position.latitude)}, ${coord(position.longitude)}`}
      </Text>
    </Group>
  );
}
