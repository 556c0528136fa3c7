// Two read-only lists beside the stock: the mixers and other equipment (where each is, working or
// broken, the days it is booked) and the technical guidance documents with their versions.
import { Anchor, Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api, API_BASE } from '../../lib/api';
import { formatDate } from '../../lib/format';
import type { Items, Ref } from '../../lib/types';
import { Empty, QueryState } from '../../ui/QueryState';

interface Equipment {
  id: number; commune: Ref | null; kind: string; name: string; drumLitres: number | null; origin: string; lender: string | null;
  status: string; note: string | null; bookings: Array<{ day: string }>;
}
interface GuidanceVersion { id: number; versionNo: number; title: string; effectiveFrom: string; summary: string | null; files: Array<{ id: number; filename: string }>; createdBy: string }
interface Guidance { docKey: string; current: GuidanceVersion | null; upcoming: GuidanceVersion[]; versions: Array<{ id: number; versionNo: number; effectiveFrom: string }> }

export function EquipmentList({ unitId }: { unitId: number | null }) {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['equipment', { unitId }], queryFn: () => api.get<Items<Equipment>>('/equipment', { unitId }) });
  return (
    <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('stock.emptyEquipment')} />}>
      {(d) => (
        <Table.ScrollContainer minWidth={600}>
          <Table striped verticalSpacing="xs" aria-label={t('stock.tabEquipment')}>
            <Table.Thead><Table.Tr>
              <Table.Th>{t('stock.equipmentName')}</Table.Th><Table.Th>{t('stock.holder')}</Table.Th><Table.Th>{t('stock.origin')}</Table.Th>
              <Table.Th>{t('stock.status')}</Table.Th><Table.Th>{t('stock.bookings')}</Table.Th>
            </Table.Tr></Table.Thead>
            <Table.Tbody>
              {d.items.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td><Text size="sm" fw={500}>{e.name}</Text>{e.drumLitres && <Text size="xs" c="dimmed">{t('stock.drum', { l: e.drumLitres })}</Text>}</Table.Td>
                  <Table.Td>{e.commune?.name ?? '—'}</Table.Td>
                  <Table.Td>{t(`stock.originKind.${e.origin}`, { defaultValue: e.origin })}{e.lender && ` · ${e.lender}`}</Table.Td>
                  <Table.Td><Badge color={e.status === 'working' ? 'teal' : 'red'} variant="light">{t(`stock.equipmentStatus.${e.status}`, { defaultValue: e.status })}</Badge></Table.Td>
                  <Table.Td><Text size="xs">{e.bookings.map((b) => formatDate(b.day)).join(', ') || '—'}</Text></Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </QueryState>
  );
}

export function GuidanceList() {
  const { t } = useTranslation();
  const q = useQuery({ queryKey: ['guidance'], queryFn: () => api.get<Items<Guidance>>('/guidance') });
  return (
    <QueryState query={q} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('stock.emptyGuidance')} />}>
      {(d) => (
        <Stack p="sm">
          {d.items.map((g) => g.current && (
            <Stack key={g.docKey} gap={2}>
              <Text fw={500}>{g.current.title}</Text>
              <Text size="xs" c="dimmed">
                {t('stock.guidanceVersion', { n: g.current.versionNo, d: formatDate(g.current.effectiveFrom) })}
                {g.versions.length > 1 && ` · ${t('stock.guidanceVersions', { n: g.versions.length })}`}
                {g.upcoming.length > 0 && ` · ${t('stock.guidanceUpcoming', { d: formatDate(g.upcoming[0].effectiveFrom) })}`}
              </Text>
              {g.current.summary && <Text size="sm">{g.current.summary}</Text>}
              {g.current.files.map((f) => <Anchor key={f.id} href={`${API_BASE}/files/${f.id}/content`} target="_blank" size="sm">{f.filename}</Anchor>)}
            </Stack>
          ))}
        </Stack>
      )}
    </QueryState>
  );
}
