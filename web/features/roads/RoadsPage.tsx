// Roads of a commune: class, entered vs measured length (a large difference flagged), surface before,
// width × thickness, grade, progress; create and edit (from `actions`), geometry and .xlsx import.
import { ActionIcon, Anchor, Button, Group, Paper, Progress, Stack, Table, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconPencil, IconPlus, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { PageHeader } from '../../ui/PageHeader';
import { Empty, QueryState } from '../../ui/QueryState';
import { useRoads, type Road } from './api';
import { GeometryImportModal } from './GeometryImportModal';
import { RoadFormModal } from './RoadFormModal';
import { RoadImportModal } from './RoadImportModal';
import { CommunePicker, formatDecimal, useCommuneChoice, useCommuneParam } from './shared';

function LengthCell({ road }: { road: Road }) {
  const { t } = useTranslation();
  const check = road.lengthCheck;
  return (
    <Stack gap={0}>
      <Text size="sm">{formatDecimal(road.lengthM)} m</Text>
      {check ? (
        <Group gap={4} wrap="nowrap">
          {check.flagged && <IconAlertTriangle size={14} color="var(--mantine-color-orange-6)" aria-hidden />}
          <Text size="xs" c={check.flagged ? 'orange.8' : 'dimmed'} title={check.flagged ? t('roads.lengthFlagged', { p: check.thresholdPercent }) : undefined}>
            {t('roads.measured', { m: formatDecimal(check.measuredM, 0) })}{check.flagged && ` (${formatDecimal(check.percent, 1)} %)`}
          </Text>
        </Group>
      ) : <Text size="xs" c="dimmed">{t('roads.noGeometry')}</Text>}
    </Stack>
  );
}

export function RoadsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const [chosen, setChosen] = useCommuneParam();
  const { communeId, own } = useCommuneChoice(chosen, setChosen);
  const roads = useRoads(communeId);
  const [editing, setEditing] = useState<Road | 'new' | null>(null);
  const [geometryOf, setGeometryOf] = useState<Road | null>(null);
  const [importing, setImporting] = useState(false);
  const canWrite = can('roads.write');

  return (
    <>
      <PageHeader title={t('roads.title')} description={t('roads.description')}
        actions={canWrite && communeId !== null && (
          <>
            <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setImporting(true)}>{t('roads.import')}</Button>
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing('new')}>{t('roads.add')}</Button>
          </>
        )} />
      {!own && <Group mb="sm"><CommunePicker value={communeId} onChange={setChosen} /></Group>}
      <Paper withBorder>
        <QueryState query={roads} isEmpty={(d) => d.items.length === 0} empty={<Empty title={t('roads.empty')} />}>
          {(data) => (
            <Table.ScrollContainer minWidth={900}>
              <Table striped highlightOnHover verticalSpacing="xs" aria-label={t('roads.title')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('roads.name')}</Table.Th>
                    <Table.Th>{t('roads.class')}</Table.Th>
                    <Table.Th>{t('roads.length')}</Table.Th>
                    <Table.Th>{t('roads.surfaceBefore')}</Table.Th>
                    <Table.Th>{t('roads.dimensions')}</Table.Th>
                    <Table.Th>{t('roads.grade')}</Table.Th>
                    <Table.Th miw={160}>{t('roads.progress')}</Table.Th>
                    <Table.Th w={80}><VisuallyHidden>{t('common.actions')}</VisuallyHidden></Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {data.items.map((r) => (
                    <Table.Tr key={r.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/roads/${r.id}`} fw={500}>{r.name}</Anchor>
                        {r.villages.length > 0 && <Text size="xs" c="dimmed">{r.villages.map((v) => v.name).join(', ')}</Text>}
                      </Table.Td>
                      <Table.Td><Text size="sm">{r.indicator} · {t(`roads.classes.${r.roadClass}`)}</Text></Table.Td>
                      <Table.Td><LengthCell road={r} /></Table.Td>
                      <Table.Td>{t(`roads.surfaces.${r.surfaceBefore}`)}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDecimal(r.widthM)} m × {formatDecimal(r.thicknessM, 3)} m</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.mix.grade} · {r.mix.stone}</Table.Td>
                      <Table.Td>
                        <Progress value={r.progress.hardenedPercent} color="teal" size="sm" aria-label={t('roads.progress')} />
                        <Text size="xs" c="dimmed">
                          {t('roads.progressLine', { p: formatDecimal(r.progress.hardenedPercent, 1), n: r.progress.segmentCount })}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Group gap={2} wrap="nowrap">
                          {r.actions.includes('edit') && (
                            <>
                              <Tooltip label={t('common.edit')}>
                                <ActionIcon variant="subtle" aria-label={t('roads.editNamed', { name: r.name })} onClick={() => setEditing(r)}><IconPencil size={16} /></ActionIcon>
                              </Tooltip>
                              <Tooltip label={t('roads.geometryImport')}>
                                <ActionIcon variant="subtle" aria-label={t('roads.geometryImportNamed', { name: r.name })} onClick={() => setGeometryOf(r)}><IconRoute size={16} /></ActionIcon>
                              </Tooltip>
                            </>
                          )}
                        </Group>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </QueryState>
      </Paper>
      {editing && communeId !== null && <RoadFormModal road={editing === 'new' ? undefined : editing} communeId={communeId} onClose={() => setEditing(null)} />}
      {geometryOf && <GeometryImportModal road={geometryOf} onClose={() => setGeometryOf(null)} />}
      {importing && <RoadImportModal onClose={() => setImporting(false)} />}
    </>
  );
}
