// The commune's rating of each group that worked there in the week: responsibility and
// effectiveness (Tốt / Khá / Trung bình / Yếu) and a comment. Only the groups the figures list
// may be rated (the server refuses any other); each is one block that stacks on a phone.
import { Fieldset, Radio, Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RATINGS, type Rating, type RatingOut } from './api';

export interface RatingState { responsibility: Rating | null; effectiveness: Rating | null; comment: string }

export function ratingStateOf(groups: Array<{ id: number }>, saved: RatingOut[]): Record<number, RatingState> {
  const out: Record<number, RatingState> = {};
  for (const g of groups) {
    const r = saved.find((x) => x.groupId === g.id);
    out[g.id] = { responsibility: r?.responsibility ?? null, effectiveness: r?.effectiveness ?? null, comment: r?.comment ?? '' };
  }
  return out;
}

function Scale({ label, value, onChange }: { label: string; value: Rating | null; onChange: (v: Rating) => void }) {
  const { t } = useTranslation();
  return (
    <Radio.Group label={label} value={value ?? ''} onChange={(v) => onChange(v as Rating)}>
      <Group gap="sm" mt={4}>
        {RATINGS.map((r) => <Radio key={r} value={r} label={t(`reports.rating.${r}`)} />)}
      </Group>
    </Radio.Group>
  );
}

export function RatingsEditor({ groups, value, onChange, error }: {
  groups: Array<{ id: number; name: string }>; value: Record<number, RatingState>; onChange: (v: Record<number, RatingState>) => void; error?: string;
}) {
  const { t } = useTranslation();
  if (!groups.length) return <Text size="sm" c="dimmed">{t('reports.noGroupsToRate')}</Text>;
  const set = (id: number, patch: Partial<RatingState>) => onChange({ ...value, [id]: { ...value[id], ...patch } });
  return (
    <Stack gap="xs">
      {groups.map((g) => {
        const v = value[g.id] ?? { responsibility: null, effectiveness: null, comment: '' };
        return (
          <Fieldset key={g.id} legend={g.name} variant="filled" p="xs">
            <Stack gap="xs">
              <Scale label={t('reports.responsibility')} value={v.responsibility} onChange={(r) => set(g.id, { responsibility: r })} />
              <Scale label={t('reports.effectiveness')} value={v.effectiveness} onChange={(r) => set(g.id, { effectiveness: r })} />
              <Textarea label={t('reports.ratingComment')} autosize minRows={1} value={v.comment} onChange={(e) => set(g.id, { comment: e.currentTarget.value })} />
            </Stack>
          </Fieldset>
        );
      })}
      {error && <Text size="sm" c="red" role="alert">{error}</Text>}
    </Stack>
  );
}

/** The ratings to send: only groups with both scores chosen. */
export function ratingsInput(value: Record<number, RatingState>) {
  return Object.entries(value)
    .filter(([, v]) => v.responsibility && v.effectiveness)
    .map(([groupId, v]) => ({ groupId: Number(groupId), responsibility: v.responsibility!, effectiveness: v.effectiveness!, comment: v.comment.trim() || null }));
}
