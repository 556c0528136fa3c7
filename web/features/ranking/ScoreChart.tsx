// The composite score as a bar chart drawn with plain elements (no chart library to download):
// one bar per group or agency out of 100, split into the weighted parts that make it up.
import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDecimal } from '../roads/shared';
import { WEIGHT_KEYS, type RankRow, type Weights } from './api';

export const PART_COLOURS: Record<(typeof WEIGHT_KEYS)[number], string> = {
  participation: '#228be6', labour: '#12b886', volume: '#fd7e14', rating: '#be4bdb',
};

export function ScoreChart({ rows, label, weights }: { rows: RankRow[]; label: string; weights: Weights }) {
  const { t } = useTranslation();
  // Parts are in weight points; the score is their sum scaled to 100.
  const total = WEIGHT_KEYS.reduce((s, k) => s + weights[k], 0) || 1;
  return (
    <Stack gap={6} data-testid="score-chart" role="img" aria-label={label}>
      <Group gap="md">
        {WEIGHT_KEYS.map((k) => (
          <Group key={k} gap={4} wrap="nowrap">
            <span style={{ width: 12, height: 12, background: PART_COLOURS[k], display: 'inline-block', borderRadius: 2 }} />
            <Text size="xs">{t(`ranking.weights.${k}`)}</Text>
          </Group>
        ))}
      </Group>
      {rows.map((r) => (
        <Group key={r.id} gap={6} wrap="nowrap">
          <Text size="xs" w={{ base: 96, sm: 200 }} truncate="end" style={{ flexShrink: 0 }} title={r.name}>{r.rank}. {r.name}</Text>
          <div style={{ flex: 1, display: 'flex', height: 18, background: '#f1f3f5', borderRadius: 3, overflow: 'hidden' }}>
            {WEIGHT_KEYS.map((k) => <div key={k} style={{ width: `${(r.parts[k] * 100) / total}%`, background: PART_COLOURS[k] }} />)}
          </div>
          <Text size="xs" w={44} ta="right" fw={600} style={{ flexShrink: 0 }}>{formatDecimal(r.score, 2)}</Text>
        </Group>
      ))}
    </Stack>
  );
}
