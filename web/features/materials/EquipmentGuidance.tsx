// Two lists beside the stock: the mixers and other equipment (where each is, working or broken, the
// days it is booked; "book" where the API allows it) and the technical guidance documents with their
// versions (the inspector publishes a new one or the next version).
import { Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/auth';
import { API_BASE } from '../../lib/api';
import { typedApi, type Schema } from '../../lib/typed-api';
import { formatDate } from '../../lib/format';
import { DataTable } from '../../ui/DataTable';
import { Empty, QueryState } from '../../ui/QueryState';
import { BookingModal, GuidanceModal } from './SetupForms';

type Equipment = Schema<'Equipment'>;

export function EquipmentList({ unitId }: { unitId: number | null }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['equipment', { unitId }], queryFn: () => typedApi.get('/equipment', { query: { unitId: unitId ?? undefined } }) });
  const [booking, setBooking] = useState<Equipment | null>(null);
  return (
    <>
    {booking && <BookingModal equipment={booking} onClose={() => setBooking(null)} />}
    <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('stock.emptyEquipment')} />}>
      {(d) => (
        <DataTable label={t('stock.tabEquipment')} rows={d.items} rowKey={(e) => e.id} minWidth={600} columns={[
          { key: 'name', header: t('stock.equipmentName'), cell: (e) => <><Text size="sm" fw={500}>{e.name}</Text>{e.drumLitres && <Text size="xs" c="dimmed">{t('stock.drum', { l: e.drumLitres })}</Text>}</> },
          { key: 'holder', header: t('stock.holder'), cell: (e) => e.commune?.name ?? '—' },
          { key: 'origin', header: t('stock.origin'), cell: (e) => <>{t(`stock.originKind.${e.origin}`, { defaultValue: e.origin })}{e.lender && ` · ${e.lender}`}</> },
          { key: 'status', header: t('stock.status'), cell: (e) => <Badge color={e.status === 'working' ? 'teal' : 'red'} variant="light">{t(`stock.equipmentStatus.${e.status}`, { defaultValue: e.status })}</Badge> },
          { key: 'bookings', header: t('stock.bookings'), cell: (e) => (
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="xs">{e.bookings.map((b) => formatDate(b.day) + (b.place ? ` (${b.place})` : '')).join(', ') || '—'}</Text>
              {e.actions?.includes('book') && e.status === 'working' && (
                <Button size="compact-xs" variant="light" onClick={() => setBooking(e)}>{t('stock.setup.book')}</Button>
              )}
            </Group>
          ) },
        ]} />
      )}
    </QueryState>
    </>
  );
}

export function GuidanceList() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['guidance'], queryFn: () => typedApi.get('/guidance') });
  const canPublish = useCan()('guidance.write');
  const [publishing, setPublishing] = useState<{ doc?: { docKey: string; title: string; summary: string | null } } | null>(null);
  return (
    <>
      {canPublish && (
        <Group justify="flex-end" p="sm" pb={0}>
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setPublishing({})}>{t('stock.setup.publishNew')}</Button>
        </Group>
      )}
      {publishing && <GuidanceModal doc={publishing.doc} onClose={() => setPublishing(null)} />}
      <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('stock.emptyGuidance')} />}>
        {(d) => (
          <Stack p="sm">
            {d.items.map((g) => {
              // A document whose first version takes effect later is shown by that version.
              const v = g.current ?? g.upcoming[0];
              if (!v) return null;
              return (
                <Stack key={g.docKey} gap={2} data-testid={`guidance-${g.docKey}`}>
                  <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                    <Text fw={500}>{v.title}</Text>
                    {canPublish && (
                      <Button size="compact-xs" variant="subtle" onClick={() => setPublishing({ doc: { docKey: g.docKey, title: v.title, summary: v.summary } })}>
                        {t('stock.setup.nextVersion')}
                      </Button>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {t(g.current ? 'stock.guidanceVersion' : 'stock.setup.versionFrom', { n: v.versionNo, d: formatDate(v.effectiveFrom) })}
                    {g.versions.length > 1 && ` · ${t('stock.guidanceVersions', { n: g.versions.length })}`}
                    {g.current && g.upcoming.length > 0 && ` · ${t('stock.guidanceUpcoming', { d: formatDate(g.upcoming[0].effectiveFrom) })}`}
                  </Text>
                  {v.summary && <Text size="sm">{v.summary}</Text>}
                  {v.files.map((f) => <Anchor key={f.id} href={`${API_BASE}/files/${f.id}/content`} target="_blank" size="sm">{f.filename}</Anchor>)}
                </Stack>
              );
            })}
          </Stack>
        )}
      </QueryState>
    </>
  );
}
