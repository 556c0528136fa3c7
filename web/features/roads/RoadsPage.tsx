// Roads of a commune: class, entered vs measured length (a large difference flagged), surface before,
// width × thickness, grade, progress; create and edit (from `actions`), geometry and .xlsx import.
import { ActionIcon, Anchor, Button, Group, Paper, Progress, Stack, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconPencil, IconPlus, IconRoute } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '../../app/auth';
import { DataTable } from '../../ui/DataTable';
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
            <DataTable label={t('roads.title')} rows={data.items} rowKey={(r) => r.id} minWidth={900} highlightOnHover columns={[
              { key: 'name', header: t('roads.name'), cell: (r) => (
                <>
                  <Anchor component={Link} to={`/roads/${r.id}`} fw={500}>{r.name}</Anchor>
                  {r.villages.length > 0 && <Text size="xs" c="dimmed">{r.villages.map((v) => v.name).join(', ')}</Text>}
                </>
              ) },
              { key: 'class', header: t('roads.class'), cell: (r) => <Text size="sm">{r.indicator} · {t(`roads.classes.${r.roadClass}`)}</Text> },
              { key: 'length', header: t('roads.length'), cell: (r) => <LengthCell road={r} /> },
              { key: 'surface', header: t('roads.surfaceBefore'), cell: (r) => t(`roads.surfaces.${r.surfaceBefore}`) },
              { key: 'dimensions', header: t('roads.dimensions'), nowrap: true, cell: (r) => `${formatDecimal(r.widthM)} m × ${formatDecimal(r.thicknessM, 3)} m` },
              { key: 'grade', header: t('roads.grade'), nowrap: true, cell: (r) => `${r.mix.grade} · ${r.mix.stone}` },
              { key: 'progress', header: t('roads.progress'), th: { miw: 160 }, cell: (r) => (
                <>
                  <Progress value={r.progress.hardenedPercent} color="teal" size="sm" aria-label={t('roads.progress')} />
                  <Text size="xs" c="dimmed">
                    {t('roads.progressLine', { p: formatDecimal(r.progress.hardenedPercent, 1), n: r.progress.segmentCount })}
                  </Text>
                </>
              ) },
              { key: 'actions', header: <VisuallyHidden>{t('common.actions')}</VisuallyHidden>, width: 80, cell: (r) => (
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
              ) },
            ]} />
          )}
        </QueryState>
      </Paper>
      {editing && communeId !== null && <RoadFormModal road={editing === 'new' ? undefined : editing} communeId={communeId} onClose={() => setEditing(null)} />}
      {geometryOf && <GeometryImportModal road={geometryOf} onClose={() => setGeometryOf(null)} />}
      {importing && <RoadImportModal onClose={() => setImporting(false)} />}
    </>
  );
}
